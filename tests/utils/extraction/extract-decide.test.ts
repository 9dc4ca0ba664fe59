// @vitest-environment jsdom
// extractArticle's `decide` hook: the tests of the choice of source name themselves as they settle it (bench:choice
// reports them). Fixture page: tests/fixtures/pages/listing-price-labels (a region of cards, see preferCards).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';

const URL_ = 'http://fakehost/test/page.html';
const decided = (html: string) => {
  const tests: string[] = [];
  extractArticle(new JSDOM(html, { url: URL_ }).window.document, URL_, { decide: (t) => tests.push(t) });
  return tests;
};

const prose = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>The harbour committee met for the ${i + 1}th time this spring to weigh the ferry timetable, the new pier and ` +
    `the cost of dredging the channel before the summer boats return to the island.</p>`,
).join('');

describe('extractArticle’s decide hook', () => {
  it('names the declared article that keeps Readability’s block', () => {
    const ld = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour committee"}';
    const page =
      `<html><head><title>Harbour</title><script type="application/ld+json">${ld}</script></head>` +
      `<body><nav><a href="/">Home</a></nav><article><h1>Harbour committee</h1>${prose}</article></body></html>`;
    expect(decided(page)).toEqual(['declared-article']);
  });

  it('names preferRegion, then preferCards, on a shop’s grid of cards', () => {
    const page = fs.readFileSync('tests/fixtures/pages/listing-price-labels/source.html', 'utf8');
    expect(decided(page)).toEqual(['prefer-region', 'prefer-cards']);
  });

  it('is not needed: without it the extraction runs as before', () => {
    const doc = new JSDOM(`<body><article><h1>Harbour</h1>${prose}</article></body>`, { url: URL_ }).window.document;
    expect(extractArticle(doc, URL_)?.textContent).toContain('harbour committee met');
  });
});
