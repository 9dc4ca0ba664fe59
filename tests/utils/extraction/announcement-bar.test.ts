// @vitest-environment jsdom
// A shop's announcement bar (Shopify's `announcement-bar`, `promo-bar`) rotates one notice per country above the
// site's header: fifteen short paragraphs that Readability took over a category's four products, and that the region
// kept. Fixture page: tests/fixtures/pages/collection-announcement-bar.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { isAnnouncementBar } from '@/utils/extraction/announcement-bar';
import { measureText } from '@/utils/extraction/clutter-guard';

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
