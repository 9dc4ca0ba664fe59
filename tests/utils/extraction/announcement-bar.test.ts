// @vitest-environment jsdom
// A shop's announcement bar (Shopify's `announcement-bar`, `promo-bar`) rotates one notice per country above the
// site's header: fifteen short paragraphs that Readability took over a category's four products, and that the region
// kept. Fixture page: tests/fixtures/pages/collection-announcement-bar; the same page with every class word and id
// hashed (`bench:extract --perturb classes`): collection-hashed-bar, where the bar is found by its place alone.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { isAnnouncementBar, removeBarsBeforeHeader } from '@/utils/extraction/announcement-bar';
import { measureText } from '@/utils/extraction/clutter-guard';
import { takeCensus } from '@/utils/extraction/page-census';

const parse = (html: string) => parsePage(html);
const load = (slug: string) => loadPage(slug);
const offprint = (doc: Document) => offprintPage(doc)?.text ?? null;
const readability = readabilityText;

/** The first element of `html`'s body, measured as the clutter pass measures it. */
const first = (html: string) => {
  const doc = parse(`<body>${html}<main><p>${'The page itself. '.repeat(40)}</p></main></body>`);
  measureText(doc.body);
  const el = doc.body.firstElementChild!;
  return { el, words: `${el.className} ${el.id}` };
};

describe('a shop category under an announcement bar', () => {
  it('is the bar’s notices for Readability; Offprint keeps the products', () => {
    expect(readability(load('collection-announcement-bar'))).toContain('Free express shipping on orders');
    const text = offprint(load('collection-announcement-bar'))!;
    expect(text).toContain('Balm Dotcom Trio');
    expect(text).toContain('Sale price: €35,95');
    expect(text).not.toMatch(/shipping|Livraison|international page/);
  });
  it('is the same with its class words hashed: the bar stands before the site’s header', () => {
    expect(readability(load('collection-hashed-bar'))).toContain('Free express shipping on orders');
    const text = offprint(load('collection-hashed-bar'))!;
    expect(text).toContain('Balm Dotcom Trio');
    expect(text).toContain('Sale price: €35,95');
    expect(text).not.toMatch(/shipping|Livraison|international page/);
  });
});

/** The body's text after removeBarsBeforeHeader ran on `html`, spaces collapsed. */
const withoutBars = (html: string) => {
  const doc = parse(`<body>${html}</body>`);
  removeBarsBeforeHeader(takeCensus(doc.body));
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
};
const SITE_HEADER = '<header><a href="/">Shop</a><nav><a href="/a">A</a><a href="/b">B</a></nav></header>';
const PAGE = `<main><h1>Our sets</h1><p>${'The page itself. '.repeat(40)}</p></main>`;

describe('removeBarsBeforeHeader', () => {
  it('drops short notices before the site’s header, however they are wrapped', () => {
    const bar = '<div><div><p>Free shipping on orders over $50</p><p>New: gift sets</p></div></div>';
    expect(withoutBars(`${bar}${SITE_HEADER}${PAGE}`)).not.toContain('shipping');
    // The header inside the page's wrapper: the bar before the wrapper goes too.
    expect(withoutBars(`${bar}<div>${SITE_HEADER}${PAGE}</div>`)).not.toContain('shipping');
    // Notices on one line each slide: the slides go.
    const notice = '<span>Free express shipping on orders over 65€, for more information see our page. </span>';
    const slides = `<div>${notice.repeat(8)}</div>`;
    expect(withoutBars(`<div>${slides}${slides}</div>${SITE_HEADER}${PAGE}`)).not.toContain('shipping');
  });
  it('keeps what has a heading or prose, and anything when no site header stands before the headline', () => {
    const box = `<div><h2>Our story</h2><p>Founded in 2010.</p></div>`;
    expect(withoutBars(`${box}${SITE_HEADER}${PAGE}`)).toContain('Founded in 2010.');
    const opening = `<p>${'A paragraph of the page that runs on. '.repeat(6)}</p>`;
    const prose = `<div>${opening}<p>${'More of it. '.repeat(20)}</p></div>`;
    expect(withoutBars(`${prose}${SITE_HEADER}${PAGE}`)).toContain('A paragraph of the page');
    const note = '<p>Published in the spring issue</p>';
    expect(withoutBars(`<h1>Our sets</h1>${note}${SITE_HEADER}<p>The page.</p>`)).toContain('spring issue');
    // An article's own header (two links at most, or inside the article) is no site header.
    expect(withoutBars(`${note}<header><a href="/">Shop</a></header>${PAGE}`)).toContain('spring issue');
    expect(withoutBars(`<article>${note}${SITE_HEADER}${PAGE}</article>`)).toContain('spring issue');
  });
});

describe('isAnnouncementBar', () => {
  it('takes a bar of short notices named as one', () => {
    for (const cls of ['announcement-bar', 'promo-bar hide', 'shopify-section announcement-bar__wrapper']) {
      const { el, words } = first(
        `<div class="${cls}"><p>Free shipping on orders over $50</p><p>New: gift sets</p></div>`,
      );
      expect(isAnnouncementBar(el, words)).toBe(true);
    }
    const { el, words } = first('<div id="promoBar"><p>Free shipping on orders over $50</p></div>');
    expect(isAnnouncementBar(el, words)).toBe(true);
  });
  it('leaves a forum’s announcements, a promo banner and other class words', () => {
    for (const cls of ['announcement', 'promobanner', 'promo', 'announcement-list', 'topbar']) {
      const { el, words } = first(`<div class="${cls}"><p>Free shipping on orders over $50</p></div>`);
      expect(isAnnouncementBar(el, words)).toBe(false);
    }
  });
  it('leaves a bar that holds a paragraph of prose, a headline or most of the page', () => {
    const prose = 'A long paragraph of the article that runs on. '.repeat(8);
    expect(isAnnouncementBar(first(`<div class="promo-bar"><p>${prose}</p></div>`).el, 'promo-bar')).toBe(false);
    expect(isAnnouncementBar(first('<div class="promo-bar"><h1>Our sale</h1></div>').el, 'promo-bar')).toBe(false);
    const big = parse(`<body><div class="promo-bar"><p>Short notice.</p><p>Another one.</p></div></body>`);
    measureText(big.body);
    expect(isAnnouncementBar(big.body.firstElementChild!, 'promo-bar')).toBe(false);
  });
});
