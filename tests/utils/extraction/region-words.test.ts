// @vitest-environment jsdom
// regionWordBound: at most the words a fresh region copy of the page holds, counted without the copy, so that
// extractArticle copies the region of a declared article only where it could continue the article.
// Fixture pages: tests/fixtures/pages/article-sections, article-faq-schema (and a news page written below).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';
import { regionWordBound } from '@/utils/extraction/region-words';
import { mayContinueArticle } from '@/utils/extraction/continues-article';
import { cleanRegion, mainRegion } from '@/utils/extraction/extract-region';
import { nodeToText } from '@/utils/extraction/html-to-text';
import { removeClutter } from '@/utils/extraction/remove-clutter';
import { unwrapNoscript } from '@/utils/extraction/unwrap-noscript';
import { placeStreamedSegments } from '@/utils/extraction/place-streamed-segments';
import { wordTotal } from '@/utils/extraction/word-overlap';

const URL_ = 'http://fakehost/test/page.html';
const load = (html: string) => new JSDOM(html, { url: URL_ }).window.document;

/** The words of the region copy extractArticle makes from a fresh copy of the page (its freshRegion). */
function regionWords(doc: Document): number {
  const work = doc.cloneNode(true) as Document;
  unwrapNoscript(work);
  placeStreamedSegments(work);
  removeClutter(work);
  return wordTotal(nodeToText(cleanRegion(mainRegion(work.body), work)));
}

/** The passes extractArticle ran on the page (its `step` hook). */
function passes(doc: Document): Set<string> {
  const names = new Set<string>();
  extractArticle(doc, URL_, { step: (name, run) => (names.add(name), run()) });
  return names;
}

const para = (topic: string) =>
  `<p>${`The council said the new ${topic} would open next spring after two years of delays. `.repeat(3)}</p>`;
const menu = (n: number) =>
  `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}">Section number ${i}</a></li>`).join('')}</ul>`;
/** A news page: a short declared article in a page whose menus, aside and footer hold most of its words. */
const NEWS =
  '<html><head><title>Bridge opens</title><script type="application/ld+json">' +
  '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge opens"}</script></head><body>' +
  `<header><nav>${menu(150)}</nav></header><article><h1>Bridge opens</h1>` +
  `${para('bridge')}${para('road')}${para('station')}</article>` +
  `<aside><h2>Most read</h2>${menu(80)}</aside>` +
  `<footer><p>${'About us, contact, careers, advertising, terms of use. '.repeat(40)}</p>${menu(40)}</footer>` +
  '<script>window.state = {"words": "many words a script holds and no reader sees"}</script></body></html>';

describe('regionWordBound', () => {
  it('is at least the words of the region copy, on pages where it continues the article or not', () => {
    const pages = [
      fs.readFileSync('tests/fixtures/pages/article-sections/source.html', 'utf8'),
      fs.readFileSync('tests/fixtures/pages/article-faq-schema/source.html', 'utf8'),
      NEWS,
    ];
    for (const html of pages) {
      const doc = load(html);
      expect(regionWordBound(doc.body)).toBeGreaterThanOrEqual(regionWords(doc));
    }
  });
  it('leaves out navigation, asides, page headers and footers and scripts', () => {
    const doc = load(NEWS);
    const all = wordTotal(doc.body.textContent ?? '');
    const article = wordTotal(nodeToText(doc.querySelector('article')!));
    expect(all).toBeGreaterThan(article * 5);
    expect(regionWordBound(doc.body)).toBe(article);
  });
  it('keeps a main landmark whatever its tag, and counts what may come out of a <noscript>', () => {
    const doc = load(
      '<body><nav role="main"><p>Seven words of the main region here.</p></nav>' +
        '<noscript><div><p>Four words inside noscript.</p></div></noscript></body>',
    );
    expect(regionWordBound(doc.body)).toBe(11);
  });
  it('bounds nothing on a page streamed in parts (they move, possibly out of a menu)', () => {
    const doc = load('<body><nav><div hidden id="S:0"><p>Moved</p></div></nav><template id="B:0"></template></body>');
    expect(regionWordBound(doc.body)).toBe(Infinity);
  });
});

describe('a declared article whose page is mostly menus, an aside and a footer', () => {
  it('is not copied again for its main region: that region cannot hold 2.5 times the article', () => {
    const doc = load(NEWS);
    expect(mayContinueArticle(regionWordBound(doc.body), doc.querySelector('article')!.textContent ?? '')).toBe(false);
    const ran = passes(doc);
    expect(ran.has('readability')).toBe(true);
    expect(ran.has('region-bound')).toBe(true);
    expect(ran.has('fresh-region')).toBe(false);
  });
  it('is copied where the region may continue it (the picks of article-sections in boxes of their own)', () => {
    const doc = load(fs.readFileSync('tests/fixtures/pages/article-sections/source.html', 'utf8'));
    expect(passes(doc).has('fresh-region')).toBe(true);
  });
});
