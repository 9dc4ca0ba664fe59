// @vitest-environment jsdom
// Threads of session 41 (issue 15): shapes of engines nobody tuned for, and of pages that lost their landmarks.
// Fixture pages: tests/fixtures/pages/forum-utility-columns.
import { describe, expect, it } from 'vitest';
import { QUESTION, REPLIES, postHeads } from '../../helpers/forum-thread';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { findPosts } from '@/utils/extraction/find-posts';
import { removeClutter } from '@/utils/extraction/remove-clutter';

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
