// A thread of several short posts against Readability's block that holds them with the board's chrome (each member's
// pane, "Post subject:", "You cannot post new topics in this forum", "Who is online"): phpBB 2's subSilver and phpBB
// 3.0's subsilver2 print a topic as one table, and where the posts are a line or two each the block (or the region
// beside it) outweighed the thread (seen on two real topics of a fan forum's Wayback captures, session 71). The thread
// is kept on its structure: three posts or more under their writers and dates, all held by the block, and no line of
// an article's length in the block outside them. Fixture pages: tests/fixtures/pages/forum-phpbb2-short-posts and
// forum-phpbb-subsilver2-short-posts.
import { describe, expect, it } from 'vitest';
import { PAGE_URL, loadPage } from '../../helpers/extraction-pages';
import { extractArticle } from '@/utils/extraction/extract-article';
import { blockHoldsPosts } from '@/utils/extraction/block-holds-posts';

/** A thread as threadElement prints it: one `<article>` per post, a header with the writer and the date. */
function thread(posts: [string, string | null, string][]): Element {
  const out = document.createElement('div');
  out.innerHTML = posts
    .map(([who, when, text]) => {
      const time = when ? ` · <time>${when}</time>` : '';
      return `<article><header><cite>${who}</cite>${time}</header><div>${text}</div></article>`;
    })
    .join('');
  return out;
}

const POSTS: [string, string, string][] = [
  ['ballastbob', 'Sat Apr 12, 2003 9:14 pm', 'Does a flat coat lift factory lettering?'],
  ['Myra Quinlan', 'Sat Apr 12, 2003 10:02 pm', 'Not if it cures a full day.'],
  ['cinderpath', 'Sun Apr 13, 2003 11:47 am', 'Chip after the flat coat.'],
];
const THREAD_TEXT = POSTS.flatMap(([who, when, text]) => [`${who} · ${when}`, text]).join('\n');
const BLOCK = [
  'Author Message',
  ...POSTS.flatMap(([who, when, text]) => [who, 'Joined: 14 Mar 2002', `Posted: ${when}`, text]),
  'You cannot post new topics in this forum',
  'You cannot reply to topics in this forum',
].join('\n');

describe('a thread of short posts held by Readability’s block (forum-phpbb2-short-posts)', () => {
  it('keeps the phpBB 2 topic’s five short posts under their writers, without the panes and permission lines', () => {
    const doc = loadPage('forum-phpbb2-short-posts');
    const got = extractArticle(doc, PAGE_URL);
    expect(got?.pageKind).toBe('thread');
    const out = doc.createElement('div');
    out.innerHTML = got?.contentHtml ?? '';
    const posts = [...out.querySelectorAll('article')];
    expect(posts.map((p) => p.querySelector('header cite')?.textContent)).toEqual([
      'ballastbob',
      'Myra Quinlan',
      'ballastbob',
      'cinderpath',
      'Myra Quinlan',
    ]);
    expect(posts[1].querySelector('div')?.textContent?.trim()).toBe('Not if it cures a full day.');
    expect(out.textContent).not.toContain('You cannot post new topics');
    expect(out.textContent).not.toContain('Joined:');
  });

  it('keeps the subsilver2 topic’s short posts, not the region with "Who is online"', () => {
    const doc = loadPage('forum-phpbb-subsilver2-short-posts');
    const got = extractArticle(doc, PAGE_URL);
    expect(got?.pageKind).toBe('thread');
    const out = doc.createElement('div');
    out.innerHTML = got?.contentHtml ?? '';
    expect(out.textContent).toContain('Replace the cassette too.');
    expect(out.textContent).not.toContain('Who is online');
    expect(out.textContent).not.toContain('You cannot post new topics');
  });

  it('reads the thread’s structure and what the block holds beside it', () => {
    expect(blockHoldsPosts(thread(POSTS), THREAD_TEXT, BLOCK, '')).toBe(true);
    // Two posts are no thread to stand on its structure; nor are posts of one writer.
    expect(blockHoldsPosts(thread(POSTS.slice(0, 2)), THREAD_TEXT, BLOCK, '')).toBe(false);
    const one = POSTS.map(([, when, text]): [string, string, string] => ['ballastbob', when, text]);
    expect(blockHoldsPosts(thread(one), THREAD_TEXT, BLOCK, '')).toBe(false);
    // A post without a date: under three dated posts the structure is not there.
    const undated = POSTS.map(([who, , text], i): [string, string | null, string] => [who, i ? null : 'x', text]);
    expect(blockHoldsPosts(thread(undated), THREAD_TEXT, BLOCK, '')).toBe(false);
    // A block that misses a post's text is not the thread's block.
    const missing = BLOCK.replace('Chip after the flat coat.', 'Something else entirely.');
    expect(blockHoldsPosts(thread(POSTS), THREAD_TEXT, missing, '')).toBe(false);
    // A paragraph of an article's length outside the posts: a blog post with its comments stays the page.
    const line = 'The lettering on a brass tender is gold leaf over paint, and it lifts under most washes. '.repeat(2);
    const article = `${line}\n${BLOCK}`;
    expect(blockHoldsPosts(thread(POSTS), THREAD_TEXT, article, '')).toBe(false);
    // Unless that line is the posts' own (a header row of the posts' whole text).
    expect(blockHoldsPosts(thread(POSTS), THREAD_TEXT, article, article.split('\n')[0])).toBe(true);
  });
});
