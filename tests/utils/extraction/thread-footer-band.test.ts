// @vitest-environment jsdom
// Forum threads (session 68): a forum's footer band is no article beside a short thread (sideBox's second reading,
// blockOutsideColumn in prefer-thread.ts). With class words hashed, Readability no longer weighs XenForo 2's
// `div.pre-footer` down, and its "About the site" paragraph outscores a question and its one reply; beside posts under
// ten times its size session 65's side box did not apply, and the region (breadcrumbs, member cards, the footer band's
// statistics) was kept. Real pages: RaGEZONE threads of two posts (github.com/Dytomic/top-forums-archive), hashed.
// The box must stand outside the smallest box that holds the page's title and the first post (an opening article
// stands in it), and the posts must hold a quarter of its words. Fixture tests/fixtures/pages/forum-hashed-footer-band
// (invented text, XenForo 2's shape, class words hashed). Without the rule the fixture's case and the preferThread case
// fail (checked by reverting it in the worktree).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { blockOutsideColumn, preferThread } from '@/utils/extraction/prefer-thread';

// 56 words, one paragraph: a forum's "About" box in its footer band.
const about =
  'Harbourlight is the oldest board for lantern and lighthouse modding. We share scripts, maps, client patches and ' +
  'guides for every version of the game, and keep them online for anyone who wants to build, learn or simply play ' +
  'on a server of their own, with friends. Every guide here was written by members, tested on a live server.';
const question = 'My lantern keeper script shows the first page and then stops. Anyone seen this before?';
const reply = 'Page two needs a jump line of its own, under the first talk line.';
const thread = `quillfen · May 2, 2013\n${question}\nbrisk_otter · May 3, 2013\n${reply}`;

/** A page: a header, a column with the title and the posts (`opening` between them), then a footer band. */
const page = (opening = '') =>
  new DOMParser().parseFromString(
    `<body><div><a href="/">Harbourlight</a></div><div><div><h1>Lantern script stops at page two</h1></div>${opening}` +
      `<div><article><div>${question}</div></article><article><div>${reply}</div></article></div></div>` +
      `<div><div><h3>About Harbourlight</h3><div>${about}</div></div></div></body>`,
    'text/html',
  );

describe('a footer band beside a short thread is no article (blockOutsideColumn)', () => {
  it('keeps the two posts, not the footer band, with class words hashed', () => {
    const text = offprintPage(loadPage('forum-hashed-footer-band'))!.text;
    expect(text).not.toContain('Harbourlight is the oldest board');
    expect(text).not.toContain('Forum Statistics');
    expect(text).not.toContain('Reaction score');
    expect(text).toContain('My lantern keeper script shows the first page');
    expect(text).toContain('Page two needs a jump line of its own');
    expect(text.match(/· May \d, 2013/g)).toHaveLength(2);
  });

  it('prefers posts under ten times a one-paragraph box that stands outside the column', () => {
    expect(
      preferThread(
        thread,
        about,
        false,
        '',
        1,
        () => false,
        () => true,
      ),
    ).toBe(true);
    expect(
      preferThread(
        thread,
        about,
        false,
        '',
        1,
        () => true,
        () => false,
      ),
    ).toBe(false);
    expect(preferThread(thread, about, false, '', 1)).toBe(false);
  });

  it('keeps the box where it has prose of several paragraphs, or the posts hold under a quarter of its words', () => {
    expect(
      preferThread(
        thread,
        about,
        false,
        '',
        2,
        () => false,
        () => true,
      ),
    ).toBe(false);
    expect(
      preferThread(
        'quillfen · May 2, 2013\nThanks.',
        about,
        false,
        '',
        1,
        () => false,
        () => true,
      ),
    ).toBe(false);
  });

  it('tells a box after the column from a paragraph between the title and the posts', () => {
    const doc = page(`<div><p>${about.replace('Harbourlight is', 'Our board is')}</p></div>`);
    const post = doc.querySelector('article')!;
    const [opening, band] = [doc.querySelector('p')!, doc.querySelector('h3')!.nextElementSibling!];
    expect(blockOutsideColumn(doc, band.cloneNode(true) as Element, post)).toBe(true);
    expect(blockOutsideColumn(doc, opening.cloneNode(true) as Element, post)).toBe(false);
  });

  it('reads no column without a title before the posts, or where the column is the page body', () => {
    const untitled = page();
    untitled.querySelector('h1')!.remove();
    const band = untitled.querySelector('h3')!.nextElementSibling!;
    expect(blockOutsideColumn(untitled, band, untitled.querySelector('article')!)).toBe(false);
    const flat = new DOMParser().parseFromString(
      `<body><h1>Lantern script stops at page two</h1><article><div>${question}</div></article>` +
        `<div><h3>About Harbourlight</h3><div>${about}</div></div></body>`,
      'text/html',
    );
    const box = flat.querySelector('h3')!.nextElementSibling!;
    expect(blockOutsideColumn(flat, box, flat.querySelector('article')!)).toBe(false);
  });
});
