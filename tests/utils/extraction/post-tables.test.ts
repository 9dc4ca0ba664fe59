// Posts printed as tables of two rows, their time beside glyph links (found on real Something Awful threads kept by
// an iPhone forum app's tests): each post is a `table.post`, the member's pane and the text in one row, the time in
// the next beside a "seen" icon, "#" (the post's address), "?" (the member's posts in the thread) and the profile
// links. Fixture page: tests/fixtures/pages/forum-post-tables-glyph-date.
import { describe, expect, it } from 'vitest';
import { loadPage, parsePage } from '../../helpers/extraction-pages';
import { threadKept as kept } from '../../helpers/forum-thread';
import { findPosts } from '@/utils/extraction/find-posts';
import { postParts } from '@/utils/extraction/extract-thread';
import { findTime } from '@/utils/extraction/post-time';

const SLUG = 'forum-post-tables-glyph-date';

describe('posts printed as two-row tables, the time beside glyph links (forum-post-tables-glyph-date)', () => {
  it('keeps every post with its author and its time, not the member panes or the links', () => {
    const { kind, heads, text } = kept(loadPage(SLUG));
    expect(kind).toBe('thread');
    expect(heads).toEqual([
      'gravelgrinder · Apr 2, 2004 21:12',
      'spokewise · Apr 2, 2004 21:40',
      'gravelgrinder · Apr 3, 2004 08:05',
      'hubnut · Apr 3, 2004 10:31',
    ]);
    expect(text).toContain('Ordered a new cassette');
    for (const chrome of ['Ride slow, fix fast.', 'Oct 14, 2003', 'Post History', 'Profile'])
      expect(text).not.toContain(chrome);
  });

  it('finds the tables as the posts: not their rows, not the boxes around the whole page and the thread', () => {
    const posts = findPosts(loadPage(SLUG).body);
    expect(posts?.map((p) => p.tagName)).toEqual(['TABLE', 'TABLE', 'TABLE', 'TABLE']);
  });

  it('reads a time printed as a box’s own text beside glyph links, and keeps a line whose links are words', () => {
    const box = (html: string) => parsePage(`<div><p>Some words of the post.</p>${html}</div>`).querySelector('div')!;
    const glyphs = box(
      '<span class="postdate"><a href="#post12"><img src="/seen.gif" alt=""></a> <a href="#post12">#</a> ' +
        '<a href="/t?userid=5">?</a> Sep 20, 2012 11:16</span>',
    );
    expect(findTime(glyphs, () => true)?.text).toBe('Sep 20, 2012 11:16');
    const words = box('<span class="postdate">Posted by <a href="/member.php?u=5">hubnut</a> on Sep 20, 2012</span>');
    expect(findTime(words, () => true)?.text).toBe('Posted by hubnut on Sep 20, 2012');
  });

  it('takes no glyph link for the writer’s name', () => {
    const post = parsePage(
      '<div class="post"><div class="info"><a href="/showthread.php?threadid=7&amp;userid=5">?</a> Sep 20, 2012 ' +
        '11:16 <a href="/member.php?action=getinfo&amp;userid=5">hubnut</a></div>' +
        '<div class="postbody">Worth checking the small chainring too while you are at it.</div></div>',
    ).querySelector('div.post')!;
    expect(postParts(post, new Set(), () => false).author).toBe('hubnut');
  });
});

describe('a writer named by an account-name class, the time in parts, a slogan (forum-account-name-slogan)', () => {
  it('keeps every post with its author and its time, not the members’ slogans', () => {
    const { kind, heads, text } = kept(loadPage('forum-account-name-slogan'));
    expect(kind).toBe('thread');
    expect(heads).toEqual([
      'gravelgrinder · 02.04.04 21:12',
      'spokewise · 02.04.04 21:40',
      'gravelgrinder · 03.04.04 08:05',
      'hubnut · 03.04.04 10:31',
    ]);
    expect(text).toContain('Ordered a new cassette');
    expect(text).not.toContain('Bremsbeläge');
    expect(text).not.toContain('nur gerade fahrbar');
  });
});
