// @vitest-environment jsdom
// Threads of session 43 (issue 15): a declared article whose replies are declared `Comment`s is a thread when the
// page's opening post is the declared `articleBody` (vBulletin 5's Warrior Forum theme).
// Fixture page: tests/fixtures/pages/forum-declared-comments.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUESTION, REPLIES, postHeads } from '../../helpers/forum-thread';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { declaredOpening } from '@/utils/extraction/declared-opening';
import { findPosts } from '@/utils/extraction/find-posts';

const SOURCE = fs.readFileSync('tests/fixtures/pages/forum-declared-comments/source.html', 'utf8');

/** A paragraph of a story (invented), repeated to a blog post's length. */
const STORY =
  'The old mill on the river was rebuilt twice in the last century, first after the flood and then after the fire ' +
  'that took the roof and the upper floor. ';

/** The fixture page as a blog post with three typed comments: the same markup, the article a long story. */
function blogPost(): string {
  const long = STORY.repeat(14).trim();
  const opening = /I replaced the thermocouple[^"<]*?what should I check next\?/;
  return SOURCE.replace(opening, long).replace(
    /(<div id="main-post"[^>]*>)[\s\S]*?(<\/div>)/,
    (_, open: string, close: string) => `${open}<p>${long}</p>${close}`,
  );
}

describe('a declared article above declared comments (declaredOpening)', () => {
  it('keeps the opening post above the replies, under its declared author and date', () => {
    const a = offprintPage(loadPage('forum-declared-comments'))!;
    expect(a.pageKind).toBe('thread');
    expect(a.text.indexOf(QUESTION)).toBeGreaterThanOrEqual(0);
    for (const reply of REPLIES) expect(a.text.indexOf(reply)).toBeGreaterThan(a.text.indexOf(QUESTION));
    expect(postHeads('forum-declared-comments').map((h) => h.split(' · ')[0])).toEqual([
      'rjones',
      'PlumbPro_Dave',
      'rjones',
      'mhollis',
    ]);
    expect(postHeads('forum-declared-comments')[0]).toBe('rjones · March 14, 2023');
    expect(a.text).not.toMatch(/Trending Topics|Subscribe|Licensed gas fitter|#water heater/);
  });

  it('finds the box whose text the page declares, before the first post and outside every post', () => {
    const doc = loadPage('forum-declared-comments');
    const posts = findPosts(doc.body)!;
    const objects = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) =>
      JSON.parse(s.textContent ?? ''),
    );
    expect(declaredOpening(objects, doc.body, posts)?.id).toBe('main-post');
    // A reply that quotes the opening post whole is no opening post: the box before the posts still is.
    const quoted = loadPage('forum-declared-comments');
    const reply = quoted.querySelectorAll('[itemprop="text"]')[1];
    reply.insertAdjacentHTML('afterbegin', `<blockquote>${quoted.getElementById('main-post')!.innerHTML}</blockquote>`);
    expect(declaredOpening(objects, quoted.body, findPosts(quoted.body)!)?.id).toBe('main-post');
  });

  it('leaves a blog post with typed comments the declared article (its declared body runs to a story’s length)', () => {
    const a = offprintPage(parsePage(blogPost()))!;
    expect(a.pageKind).not.toBe('thread');
    expect(a.text).toContain('The old mill on the river');
    expect(parsePage(`<div>${a.contentHtml}</div>`).querySelectorAll('article > header')).toHaveLength(0);
  });

  it('takes no box when the page declares no body, or a body no box prints', () => {
    const doc = loadPage('forum-declared-comments');
    const posts = findPosts(doc.body)!;
    expect(declaredOpening([{ '@type': 'Article', headline: 'x' }], doc.body, posts)).toBeNull();
    const other = { '@type': 'Article', articleBody: STORY.repeat(3) };
    expect(declaredOpening([other], doc.body, posts)).toBeNull();
  });
});
