// @vitest-environment jsdom
// A shop's product page scrolls other products in carousels below its own ("Products related to this item",
// Amazon's sponsored rows, "Vous aimerez aussi"): cards with a link and a price each. They are not the product,
// and WCXB's truth leaves them out. Fixture page: tests/fixtures/pages/product-cross-sells.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { measureText } from '@/utils/extraction/clutter-guard';
import { cleanRegion, mainRegion } from '@/utils/extraction/extract-region';
import { removeCrossSells } from '@/utils/extraction/remove-cross-sells';

const URL_ = 'http://fakehost/test/page.html';
const parse = (html: string) => new JSDOM(html, { url: URL_ }).window.document;
const load = () => parse(fs.readFileSync('tests/fixtures/pages/product-cross-sells/source.html', 'utf8'));
const card = (i: number, price: string, cls = 'slide') =>
  `<li class="${cls}"><a href="/p/item-${i}">Other product number ${i}</a> <span>${price}</span></li>`;
const removed = (html: string, url = URL_) => {
  const doc = new JSDOM(html, { url }).window.document;
  measureText(doc.body);
  removeCrossSells(doc.body);
  return doc.body.textContent ?? '';
};
const DESCRIPTION =
  '<h1>The product</h1><p>' + 'What the product is and what it does, in a sentence. '.repeat(12) + '</p>';

describe('carousels of other products on a product page (product-cross-sells)', () => {
  it('are in the main region’s copy; Offprint keeps the product without them', () => {
    const doc = load();
    measureText(doc.body);
    const region = cleanRegion(mainRegion(doc.body), doc, false, { chrome: [], cards: [] });
    expect(region.textContent).toContain('Clamp lamp for drawing tables');
    expect(region.textContent).toContain('Fjord floor lamp');
    const text = articleText(extractArticle(load(), URL_)!.contentHtml, load()).textContent;
    expect(text).toContain('Solid oak base turned by hand');
    expect(text).toContain('Each base is cut from offcuts');
    expect(text).not.toMatch(/Clamp lamp|Sponsored|EUR 64\.99|Products related|Fjord floor lamp|Vous aimerez/);
  });

  it('takes a carousel with three priced links elsewhere, in any currency, with its heading', () => {
    const html = (cards: string) =>
      `<body>${DESCRIPTION}<section><h2>Customers also bought</h2>` +
      `<ul class="swiper-wrapper">${cards}</ul></section></body>`;
    const text = removed(html(card(1, '$19.99') + card(2, '24,90 €') + card(3, '1 299 Kč')));
    expect(text).toContain('What the product is');
    expect(text).not.toMatch(/Other product|Customers also bought/);
  });

  it('leaves a gallery, two cards, cards without prices, a slider that is the page and a home page’s offers', () => {
    const gallery = '<div class="product-gallery slick"><img src="/a.jpg"><img src="/b.jpg"><img src="/c.jpg"></div>';
    expect(removed(`<body>${DESCRIPTION}${gallery}</body>`)).toContain('What the product is');
    const two = `<body>${DESCRIPTION}<ul class="carousel">${card(1, '$5') + card(2, '$6')}</ul></body>`;
    expect(removed(two)).toContain('Other product number 2');
    const articles = [1, 2, 3].map((i) => `<li><a href="/blog/${i}">A story about lamps, part ${i}</a></li>`).join('');
    expect(removed(`<body>${DESCRIPTION}<ul class="carousel">${articles}</ul></body>`)).toContain('part 3');
    const shelf = [1, 2, 3, 4, 5, 6].map((i) => card(i, `$${i}9.00`)).join('');
    expect(removed(`<body><h2>Lamps</h2><ul class="slider">${shelf}</ul></body>`)).toContain('Other product number 6');
    const three = card(1, '$5') + card(2, '$6') + card(3, '$7');
    const offers = `<body>${DESCRIPTION}<ul class="swiper">${three}</ul></body>`;
    expect(removed(offers, 'http://fakehost/?ref=ad')).toContain('Other product number 3');
  });
});
