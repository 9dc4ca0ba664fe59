// @vitest-environment jsdom
// Threads of session 41 (issue 15): shapes of engines nobody tuned for, and of pages that lost their landmarks.
// Fixture pages: tests/fixtures/pages/forum-{utility-columns,tildes}.
import { describe, expect, it } from 'vitest';
import { QUESTION, REPLIES, postHeads } from '../../helpers/forum-thread';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { findPosts } from '@/utils/extraction/find-posts';
import { removeClutter } from '@/utils/extraction/remove-clutter';
import { memberShape } from '@/utils/extraction/member-shape';

describe('a thread whose columns and boxes are named only by sized utilities (forum-utility-columns)', () => {
  // Lemmy's markup with every landmark and <article> a <div>: the page's column, each comment's inner box and the
  // community's side card are `div.col-12 …`, `div.ms-2`, `div.mb-3`, one signature (the tag alone).
  it('finds the comments as the posts, not the boxes of sized utilities around them', () => {
    const doc = loadPage('forum-utility-columns');
    removeClutter(doc);
    const posts = findPosts(doc.body)!;
    expect(posts.map((p) => p.className)).toEqual([
      'post-listing mt-2',
      'details comment-node py-2 ',
      'details comment-node py-2 ms-1',
      'details comment-node py-2 ms-1',
    ]);
  });

  it('keeps every post under its author and time, and the community’s side card out', () => {
    const a = offprintPage(loadPage('forum-utility-columns'))!;
    expect(a.pageKind).toBe('thread');
    for (const t of [QUESTION, ...REPLIES]) expect(a.text.split(t).length).toBe(2);
    expect(postHeads('forum-utility-columns')).toEqual([
      'rjones · 2 years ago',
      'PlumbPro_Dave · 2 years ago',
      'rjones · 2 years ago',
      'mhollis · 2 years ago',
    ]);
    expect(a.text).not.toMatch(/community for plumbing|smells of gas|Moderators|modbob|subscribers/);
  });
});

describe('a topic that holds its comment tree (forum-tildes)', () => {
  // Tildes prints the topic as `article.topic-full` (its <h1>, byline, text, tags) around `section.topic-comments`:
  // the comments stand inside the topic, as replies inside an answer do, but the topic is an <article> holding the
  // page's <h1>, the shape of a blog post around its comments.
  it('keeps the topic and every comment under author · time, without votes, tags or the sidebar', () => {
    const a = offprintPage(loadPage('forum-tildes'))!;
    expect(a.pageKind).toBe('thread');
    for (const t of [QUESTION, ...REPLIES]) expect(a.text.split(t).length).toBe(2);
    expect(postHeads('forum-tildes').map((h) => h.split(' · ')[0])).toEqual([
      'rjones',
      'PlumbPro_Dave',
      'rjones',
      'mhollis',
    ]);
    expect(a.text).not.toMatch(/Vote \(|Reply|Bookmark|Tags:|ask\.help|Topic log|Last activity|Code of Conduct/);
  });

  it('is a post of the thread because its author links to a member page of the replies’ shape', () => {
    expect(memberShape('/user/rjones')).toBe(memberShape('/user/PlumbPro_Dave'));
    expect(memberShape('/author/jane/')).not.toBe(memberShape('/user/PlumbPro_Dave'));
    expect(memberShape('member.php?u=41')).toBe(memberShape('member.php?u=7'));
  });

  it('leaves a blog post around its comments an article: its author page is no member page of the commenters', () => {
    const comment = (name: string, site: string, day: number) =>
      `<li><article class="comment"><footer class="comment-meta"><span class="comment-author vcard">` +
      `<a class="url" rel="external nofollow ugc" href="https://${site}/">${name}</a></span>` +
      `<time datetime="2023-03-${day}T10:00:00Z">March ${day}, 2023</time></footer>` +
      `<div class="comment-content"><p>${name} thinks the screen under the tank is the first thing to look at when a ` +
      `pilot light dies after ten minutes, and says so at some length in this comment.</p></div></article></li>`;
    const prose = (n: number) =>
      `<p>Paragraph ${n} of the post: a water heater's pilot light needs air as much as gas, and a laundry room ` +
      `fills the flame arrestor with lint faster than any other room of the house, so the heater starves.</p>`;
    const html =
      `<html><head><title>Why pilot lights die</title></head><body><main><article class="post">` +
      `<h1>Why pilot lights die</h1><p class="byline"><a href="/author/jane/" rel="author">Jane Doe</a> ` +
      `<time datetime="2023-03-13T08:00:00Z">March 13, 2023</time></p>` +
      `<div class="entry-content">${[1, 2, 3, 4, 5].map(prose).join('')}</div>` +
      `<section id="comments"><ol class="comment-list">${comment('Bob', 'bob.example', 14)}` +
      `${comment('Ann', 'ann.example', 15)}${comment('Cy', 'cy.example', 16)}</ol></section>` +
      `</article></main></body></html>`;
    const a = offprintPage(parsePage(html))!;
    expect(a.pageKind).not.toBe('thread');
    expect(a.text).toContain('Paragraph 5 of the post');
  });
});
