// @vitest-environment jsdom
// Product pages whose own content is lists and short lines Readability scores low, so that it takes a
// block that is the page's machinery: a newsletter band outside the page's <main>, or a shop's cart form
// (a quick-order table of every variant) inside it. Both count as chrome, so the main region is kept.
// A page drawn by scripts left only its hidden skip list, which the region copy kept (hidden links now go).
// Fixture pages: tests/fixtures/pages/{product-footer-band,product-cart-form}.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { chromeShare, chromeText, cleanRegion, mainRegion, outsideRegion } from '@/utils/extraction/extract-region';
import { measureText } from '@/utils/extraction/clutter-guard';

const parse = (html: string) => parsePage(html);
const load = (slug: string) => loadPage(slug);
const offprint = (doc: Document) => offprintPage(doc)?.text ?? null;
const readability = readabilityText;

describe('a product page whose Readability block is the footer’s newsletter band', () => {
  it('is the band for Readability; Offprint keeps the product from <main>', () => {
    expect(readability(load('product-footer-band'))).toContain('We roast in small batches');
    const text = offprint(load('product-footer-band'))!;
    expect(text).toContain('Meet the yin to your yang');
    expect(text).toContain('French press');
    expect(text).not.toMatch(/We roast in small batches|in your inbox|throw things/);
  });
  it('counts what stands outside <main> (not scripts) as chrome', () => {
    const doc = load('product-footer-band');
    measureText(doc.body);
    const main = mainRegion(doc.body);
    expect(main.tagName).toBe('MAIN');
    const outside = outsideRegion(main, doc.body);
    expect(outside.map((el) => el.tagName)).toEqual(expect.arrayContaining(['HEADER', 'SECTION', 'FOOTER']));
    expect(outside.some((el) => el.contains(main))).toBe(false);
    const band = doc.querySelector('.newsletter')!;
    expect(chromeShare(band, chromeText(outside))).toBeGreaterThanOrEqual(0.8);
    expect(chromeShare(main, chromeText(outside))).toBeLessThan(0.2);
  });
  it('has nothing outside when the region is the body', () => {
    const doc = parse('<body><div><p>Only text.</p></div></body>');
    expect(outsideRegion(doc.body, doc.body)).toEqual([]);
  });
});

describe('a product page whose Readability block is the cart form', () => {
  it('is the cart table for Readability; Offprint keeps the product', () => {
    expect(readability(load('product-cart-form'))).toContain('Variant total');
    const text = offprint(load('product-cart-form'))!;
    expect(text).toContain('Trail 40L Hiking Backpack');
    expect(text).toContain('Seen at night');
    expect(text).not.toMatch(/Your cart|Variant total|TR40-BLU|calculated at checkout/);
  });
  it('puts a form that posts to the cart among the chrome, not a page-wide form', () => {
    const doc = load('product-cart-form');
    measureText(doc.body);
    const parts = { chrome: [] as Element[], cards: [] as Element[] };
    cleanRegion(mainRegion(doc.body), doc, false, parts);
    expect(parts.chrome.some((el) => el.tagName === 'FORM')).toBe(true);
    const page = parse('<body><form action="/Default.aspx" method="post"><div><p>Short.</p></div></form></body>');
    measureText(page.body);
    const pageParts = { chrome: [] as Element[], cards: [] as Element[] };
    cleanRegion(page.body, page, false, pageParts);
    expect(pageParts.chrome.some((el) => el.tagName === 'FORM')).toBe(false);
  });
});

describe('a product page whose scripts draw the product (a stored copy: only the shell is left)', () => {
  const shell =
    '<body><div style="display:none;"><h1>Marketplace</h1><ul><li><a href="#search-key" accesskey="h">' +
    'I\'m shopping for...</a></li></ul></div><div id="_global_header_" style="height: 72px;"></div>' +
    '<div class="site-footer-links"><div><h4>Help</h4><p>' +
    ['Help Center', 'Disputes & Reports', 'Return & refund policy', 'Report IPR infringement', 'Recalls']
      .map((t) => `<a href="/help/${t.length}">${t}</a>`)
      .join(', ') +
    '</p></div><div><h4>Browse by Category</h4><p>' +
    ['All Popular', 'Promotion', 'Low Price', 'Great Value', 'Reviews', 'Blog']
      .map((t) => `<a href="/c/${t.length}">${t}</a>`)
      .join(', ') +
    '</p></div><p>Intellectual Property Protection - Privacy Policy - Sitemap - Terms of Use</p></div></body>';
  it('has no main content: the hidden skip list is not the page', () => {
    expect(offprint(parse(shell))).toBeNull();
  });
  it('leaves out of the region the links an inline style hides, not hidden text', () => {
    const doc = parse(
      '<body><main><ul style="opacity:0; display: none"><li><a href="/m">Men</a></li><li><a href="/w">Women</a>' +
        '</li></ul><div class="accordion-body" style="display:none"><p>Machine wash cold, tumble dry low.</p></div>' +
        '<h3>Can I return it?</h3><div class="sc-6491 kAHMfN" style="visibility:hidden"><p>Within 30 days, ' +
        '<a href="/returns">see returns</a>.</p></div>' +
        '<h1>Linen shirt</h1><p>A relaxed shirt in washed linen.</p></main></body>',
    );
    measureText(doc.body);
    const text = cleanRegion(mainRegion(doc.body), doc).textContent ?? '';
    expect(text).not.toMatch(/Men|Women/);
    expect(text).toContain('Machine wash cold');
    expect(text).toContain('Within 30 days');
    expect(text).toContain('washed linen');
    const page = parse(
      '<body><div id="app" style="visibility: hidden"><h1><a href="/p">Linen shirt</a></h1><p>' +
        '<a href="/p">A relaxed shirt</a> in linen.</p></div><p>©</p></body>',
    );
    measureText(page.body);
    expect(cleanRegion(mainRegion(page.body), page).textContent).toContain('A relaxed shirt');
  });
});
