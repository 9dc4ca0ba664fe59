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

describe('a site’s page of one review', () => {
  // Fixture page: tests/fixtures/pages/single-review-page (no <h1>: the review's <h2> titles the page).
  const page = () => fs.readFileSync('tests/fixtures/pages/single-review-page/source.html', 'utf8');

  it('is the page’s content, not a block of reviews beside it: Offprint keeps it', () => {
    const text = offprint(parse(page()));
    expect(text).toContain('Every box has arrived on time for eight months');
    expect(text).not.toMatch(/Plans and pricing|For businesses|All rights reserved/);
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

  it('keeps a block that holds the page’s top heading where it has no <h1> (a site’s page of one review)', () => {
    const b = body(
      `<nav><a href="/">Home</a></nav><div class="single-review-page"><h2>Fresh fish</h2><p>${prose}</p></div>` +
        `<footer><h3>About</h3></footer>`,
    );
    removeReviews(b);
    expect(b.textContent).toContain('Fresh fish');
    // Under a page's own title (its <h1>, or a first heading of a higher rank) the block is reviews beside it.
    for (const title of ['<h1>Trail 28</h1>', '<h2>Trail 28</h2>']) {
      const c = body(`${title}<div class="reviews"><h3>Great pack</h3><p>${prose}</p></div>`);
      removeReviews(c);
      expect(c.textContent).toBe('Trail 28');
    }
  });

  it('does not read words that only contain "review" (preview, reviewer-card of a team page)', () => {
    const b = body(`<div class="image-preview"><p>${prose}</p></div><div class="reviewer"><p>${prose}</p></div>`);
    removeReviews(b);
    expect(b.textContent).toContain('thinner');
    expect(b.children.length).toBe(2);
  });
});
