// @vitest-environment jsdom
// Forum threads (session 64's rule, dropped, taken up again in session 65 with a position signal): a side column's
// one-paragraph box is no article beside the posts (sideBox, blockOutsideOpening in prefer-thread.ts). With class
// words hashed, Readability no longer weighs a forum's advertising box down by its `sidebar` and `ad` words: its one
// paragraph of commas outscored posts printed as lines between `<br>`s, and the thread lost to it (a XenForo thread
// of folds 0–2 under `--perturb classes`: 0.984 → 0.039). Fixture tests/fixtures/pages/forum-hashed-side-box (invented
// text, XenForo 2's shape, class words hashed). Size and overlap alone took a blog's short "open thread" post above
// its comments for a side box (a Scrapinghub page): the box must stand outside an opening post's place, before the
// page's title or after the first post (blockOutsideOpening). The XenForo thread's box stood before the title
// (session 65: 0.039 → 0.985).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { blockOutsideOpening, preferThread } from '@/utils/extraction/prefer-thread';

const sentence = (i: number) =>
  `Member ${i} wrote that the layout at the yard ${i} needs new point motors before the open day in spring.`;
const posts = (n: number) => Array.from({ length: n }, (_, i) => sentence(i)).join('\n');
// 52 words, one paragraph: a side column's advertising box.
const sideBox =
  'Place your listing on every page of the board, with banner spots, weekly mailing slots, and text links beside ' +
  'the threads. You choose the sections, the regions, and the hours it runs, and you pay only for what members ' +
  'see. Listings start at two pounds a week, with no contract, and you can stop at any time.';

describe('a side box beside posts ten times its size is no article (sideBox)', () => {
  it('keeps the thread, not the advertising box, with class words hashed', () => {
    const text = offprintPage(loadPage('forum-hashed-side-box'))!.text;
    expect(text).not.toContain('Place your listing');
    expect(text).toContain('I run a small board for model railway builders');
    expect(text).toContain('pin a short guide to the best build logs');
    expect(text.match(/· Mar \d, 2026/g)).toHaveLength(16);
  });

  it('prefers the posts over a short box of one paragraph their sentences do not hold, printed after them', () => {
    expect(preferThread(posts(30), sideBox, false, '', 1, () => true)).toBe(true);
  });

  it('keeps a short post printed above its comments (the post the comments answer)', () => {
    expect(preferThread(posts(30), sideBox, false, '', 1, () => false)).toBe(false);
    expect(preferThread(posts(30), sideBox, false, '', 1)).toBe(false);
  });

  it('tells where the block stood from the page as printed: before the posts or after them', () => {
    const doc = new DOMParser().parseFromString(
      `<body><div><p>${sideBox}</p></div><div><div>${sentence(1)}</div><div>${sentence(2)}</div></div>` +
        `<aside><p>Another box of the side column, with its own short offer.</p></aside></body>`,
      'text/html',
    );
    const [post] = doc.querySelectorAll('body > div:nth-of-type(2) > div');
    const before = doc.querySelector('p')!.cloneNode(true) as Element;
    const after = doc.querySelector('aside')!.cloneNode(true) as Element;
    expect(blockOutsideOpening(doc, before, post)).toBe(false);
    expect(blockOutsideOpening(doc, after, post)).toBe(true);
  });

  it('reads a box printed before the page title as a side box, and the text under the title as the opening', () => {
    const doc = new DOMParser().parseFromString(
      `<body><div><p>${sideBox}</p></div><h1>Do boards still have a job to do?</h1>` +
        `<p>The opening question of the thread, under its title.</p>` +
        `<div><div>${sentence(1)}</div><div>${sentence(2)}</div></div></body>`,
      'text/html',
    );
    const post = doc.querySelector('body > div:last-of-type > div')!;
    const box = doc.querySelector('p')!.cloneNode(true) as Element;
    const opening = doc.querySelectorAll('p')[1].cloneNode(true) as Element;
    expect(blockOutsideOpening(doc, box, post)).toBe(true);
    expect(blockOutsideOpening(doc, opening, post)).toBe(false);
  });

  it('keeps the block where it is an article: several paragraphs, 100 words or more, posts under ten times', () => {
    expect(preferThread(posts(30), sideBox, false, '', 2, () => true)).toBe(false);
    expect(preferThread(posts(60), `${sideBox} ${sideBox}`, false, '', 1, () => true)).toBe(false);
    expect(preferThread(posts(20), sideBox, false, '', 1, () => true)).toBe(false);
  });
});
