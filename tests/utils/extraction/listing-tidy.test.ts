// @vitest-environment jsdom
// Listings (a news section, a shop category, a blog index): their cards' linked titles, dates and comment
// counts are the content, so the tidy pass keeps them when Readability's block is cards; and a block
// Readability takes from what the region copy leaves out as chrome (a subscribe box, the site footer) is not
// the page's content. Fixture pages: tests/fixtures/pages/{listing-news-section,listing-shop-grid,
// listing-subscribe-box,listing-search-results,listing-picture-cards,collection-facet-counts}.
// A filter's options keep a space before their counts ("Adhesives 704", not "Adhesives704").
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { Readability } from '@mozilla/readability';
import { tidyArticle } from '@/utils/extraction/tidy-article';

const parse = (html: string) => parsePage(html);
const load = (slug: string) => loadPage(slug);
const offprint = (doc: Document) => offprintPage(doc);

describe('tidyArticle on a listing', () => {
  const cards = [1, 2, 3, 4, 5]
    .map(
      (i) =>
        `<div><h2><a href="/s/${i}">Story ${i}: the council delays the harbour bridge vote again</a></h2>` +
        `<p><a href="/a/x">Ana Lopes</a> <time datetime="2026-03-0${i}">Mar ${i}</time></p>` +
        `<a href="/s/${i}#c">1${i}</a></div>`,
    )
    .join('');
  it('drops linked titles, dates and counts as an article’s link lines and datelines', () => {
    const doc = parse(`<body><div id="x">${cards}</div></body>`);
    const text = tidyArticle(doc.getElementById('x')!, doc).text;
    expect(text).not.toContain('harbour bridge vote');
  });
  it('keeps them as the cards of a listing; calls to action and web-address lines still go', () => {
    const doc = parse(
      `<body><div id="x">${cards}<p><a href="/all">View all news</a></p><p>www.example.com/news</p></div></body>`,
    );
    const text = tidyArticle(doc.getElementById('x')!, doc, { listing: true }).text;
    for (const i of [1, 2, 3, 4, 5]) expect(text).toContain(`Story ${i}: the council delays the harbour bridge vote`);
    expect(text).toContain('Mar 3');
    expect(text).toContain('13');
    expect(text).not.toContain('www.example.com');
  });
});

describe('a news section page (cards of linked titles, og:type=article)', () => {
  it('loses the titles when tidied as an article, and is kept whole as a listing by Offprint', () => {
    const got = offprint(load('listing-news-section'))!;
    expect(got.pageKind).toBe('listing');
    expect(got.text).toContain('Regional rail operators agree on a shared ticket for cross-border trips');
    expect(got.text).toContain('What the heat-pump subsidy change means for renters');
    expect(got.text).toContain('Lena Hofmann');
    expect(got.text).not.toMatch(/Most read|Privacy|Older stories/);
  });
});

describe('a shop category (a WooCommerce product grid)', () => {
  it('keeps every product with its price, without cart buttons, counters and sorting', () => {
    const got = offprint(load('listing-shop-grid'))!;
    expect(got.pageKind).toBe('listing');
    for (const name of ['Stoneware pour-over coffee dripper', 'Ceramic butter dish with lid'])
      expect(got.text).toContain(name);
    expect(got.text).toContain('58.00');
    expect(got.text).not.toMatch(/Add to cart|Showing 1|Default sorting|Shipping/);
  });
});

describe('a store category under og:type=article whose footer links pass through a redirector', () => {
  // The footer's "linkfilter/?u=https%3A…" links read as two profile links (marks of comments), which made
  // og:type=article declare an article and kept Readability's block: the grid without its featured game.
  it('is the featured game and the whole grid for Offprint', () => {
    const got = offprint(load('collection-redirect-links'))!;
    expect(got.text).toContain('You are the last keeper of the lanterns on a drowned coast.');
    for (const name of ['Moss and Mortar', 'Lumen Drift']) expect(got.text).toContain(name);
    expect(got.text).not.toMatch(/Facebook|Bluesky|All rights reserved/);
  });
});

describe('a filter panel whose options and counts are laid out side by side (collection-facet-counts)', () => {
  it('glues each option to its count with Readability; Offprint keeps two words', () => {
    const text = new Readability(load('collection-facet-counts')).parse()?.textContent ?? '';
    expect(text).toContain('Accessories1385');
    const got = offprint(load('collection-facet-counts'))!;
    for (const line of ['Accessories 1385', 'Adhesive Pads 158', 'Switches 412', 'Phone 13 Battery', '$39.99'])
      expect(got.text.split('\n')).toContain(line);
    expect(got.text).not.toMatch(/[a-z]\d{3}/);
  });
});

describe('a page where Readability takes the subscribe box', () => {
  it('is the newsletter pitch for vanilla Readability', () => {
    const text = new Readability(load('listing-subscribe-box')).parse()?.textContent ?? '';
    expect(text).toContain('A monthly overview of things you need to know');
    expect(text).not.toContain('Cloud database previews cross-region SQL queries');
  });
  it('is the page’s cards for Offprint, without the pitch', () => {
    const got = offprint(load('listing-subscribe-box'))!;
    expect(got.text).toContain('Cloud database previews cross-region SQL queries for distributed data');
    expect(got.text).toContain('Frontier platform signs a multi-cloud distribution deal');
    expect(got.text).not.toContain('A monthly overview');
  });
  it('has no content when all Readability finds is the site footer’s pitch (products drawn by a script)', () => {
    const html =
      '<html><head><title>Down jackets</title></head><body><header><a href="/">Worn Goods</a></header>' +
      '<main><h1>Down jackets</h1><div id="grid"></div></main><footer><h2>Subscribe</h2>' +
      '<p>Trade-in offers, repair tips, events, original stories and more, once a month, from our workshop.</p>' +
      '<p>By opting in, you agree to receive our newsletter, and you can unsubscribe at any time from any issue.</p>' +
      '</footer></body></html>';
    expect(new Readability(parse(html)).parse()?.textContent ?? '').toContain('Trade-in offers');
    expect(offprint(parse(html))?.text ?? '').not.toContain('Trade-in offers');
  });
});

describe('a shop’s results in a box named "search" (listing-search-results)', () => {
  it('is the product grid for vanilla Readability', () => {
    const text = new Readability(load('listing-search-results')).parse()?.textContent ?? '';
    expect(text).toContain('Halden HD-40 Studio Headphones');
  });
  it('keeps every product for Offprint, without its buttons, the pager and the footer’s payment notice', () => {
    const got = offprint(load('listing-search-results'))!;
    for (const name of ['Halden HD-40 Studio Headphones', 'Brightwater BW-900 Mixing Headphones', 'Ferro FR-80'])
      expect(got.text).toContain(name);
    expect(got.text).toContain('£349.00');
    expect(got.text).not.toMatch(/Add to cart|Add to wish list|Next page|Payment can be made|Privacy/);
  });
  it('is a listing: its cards are a linked photo and a title that is not a heading', () => {
    expect(offprint(load('listing-search-results'))!.pageKind).toBe('listing');
  });
});

describe('a list of picked products, each a linked photo and its name (listing-picture-cards)', () => {
  // The tidy pass reads Readability's block as an article (its titles are not linked headings) and drops two cards
  // as short lines; the main region, cards that hold the rest of that block, is kept instead (preferCards).
  it('keeps the names in the text: the cards are not captioned pictures', () => {
    const got = offprint(load('listing-picture-cards'))!;
    for (const name of [
      'Harbour Kitchen Fish Fingers',
      'Golden Crust Veggie Pizza Stars',
      'Green Valley Garden Peas',
      'Nonna Rosa Spinach Ravioli',
      'Sunrise Sweet Potato Fries',
    ])
      expect(got.text).toContain(name);
    expect(got.pageKind).toBe('listing');
    expect(got.text).not.toMatch(/Prices and stock vary|Privacy/);
  });
});
