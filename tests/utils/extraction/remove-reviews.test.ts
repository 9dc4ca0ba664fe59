// @vitest-environment jsdom
// A shop's product page holds its customers' reviews under the description: paragraphs of prose with names,
// towns, dates and "found this review helpful". They are not the product, and WCXB's truth leaves them out.
// Fixture page: tests/fixtures/pages/product-reviews.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { removeReviews } from '@/utils/extraction/remove-reviews';

const URL_ = 'http://fakehost/test/page.html';
const parse = (html: string) => new JSDOM(html, { url: URL_ }).window.document;
const source = () => fs.readFileSync('tests/fixtures/pages/product-reviews/source.html', 'utf8');
const offprint = (doc: Document) => {
  const core = extractArticle(doc, URL_);
  return core ? articleText(core.contentHtml, doc).textContent : null;
};

const REVIEW = 'I took this pack on three long day hikes';

describe('customers’ reviews on a product page', () => {
  it('are in Readability’s article; Offprint keeps the description without them', () => {
    expect(new Readability(parse(source())).parse()?.textContent).toContain(REVIEW);
    const text = offprint(parse(source()))!;
    expect(text).toContain('The Trail 28 carries a full day');
    expect(text).toContain('Capacity: 28 liters');
    expect(text).not.toMatch(/I took this pack|found this review helpful|Write a review|Rated 5\.0 out of 5/);
  });

  it('keep an article’s blocks named like reviews (a page that declares an article)', () => {
    const html = source().replace('"@type":"Product"', '"@type":"Article"');
    expect(offprint(parse(html))).toContain(REVIEW);
  });

  it('stay on a page that labels itself a website and declares no product (a service’s testimonials)', () => {
    const html = source().replace('"@type":"Product"', '"@type":"Organization"').replace('"product"', '"website"');
    expect(offprint(parse(html))).toContain(REVIEW);
    expect(offprint(parse(source().replace('"product"', '"website"')))).not.toContain(REVIEW);
  });
});

describe('removeReviews', () => {
  const body = (inner: string) => parse(`<body>${inner}</body>`).body;
  const prose =
    'The fabric feels thinner than the one I bought five years ago, and the zipper pulls already fray. '.repeat(3);

  it('removes blocks whose class or id words name reviews, camelCase split, and review widgets', () => {
    const b = body(
      `<p>Product</p><div id="customerReviews"><p>${prose}</p></div><div class="yotpo-main"><p>${prose}</p></div>` +
        `<div class="jdgm-widget"><p>${prose}</p></div>`,
    );
    removeReviews(b);
    expect(b.textContent).toBe('Product');
  });

  it('keeps a rating line next to the title (under 200 visible characters)', () => {
    const b = body('<h1>Pack</h1><div class="product-reviews-summary"><a href="#r">4.6 (128 reviews)</a></div>');
    removeReviews(b);
    expect(b.textContent).toContain('128 reviews');
  });

  it('keeps a block that holds the page’s title or its main landmark (a site of reviews)', () => {
    const b = body(
      `<div id="page_app_reviews"><h1>Mobile app reviews</h1><p>${prose}</p></div>` +
        `<div class="reviews-layout"><main><p>${prose}</p></main></div>`,
    );
    removeReviews(b);
    expect(b.textContent).toContain('Mobile app reviews');
    expect(b.querySelector('main')).not.toBeNull();
  });

  it('does not read words that only contain "review" (preview, reviewer-card of a team page)', () => {
    const b = body(`<div class="image-preview"><p>${prose}</p></div><div class="reviewer"><p>${prose}</p></div>`);
    removeReviews(b);
    expect(b.textContent).toContain('thinner');
    expect(b.children.length).toBe(2);
  });
});
