// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extraction/extract-article';
import { extractPrepared, preparedCopy } from '@/utils/extraction/extract-prepared';
import { baseOf } from '@/utils/extraction/page-base';

const URL = 'https://example.com/news/story';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('preparedCopy', () => {
  it("is the extractor's own working copy, lazy images resolved, the page left as it is", () => {
    const html =
      '<html><head><title>T</title><script>var head = 1;</script>' +
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><article>' +
      '<p>Text</p><script>window.ads = "x".repeat(9)</script>' +
      '<img src="data:image/gif;base64,R0lGOD" data-src="/one.jpg" alt="one"></article></body></html>';
    const doc = parse(html);
    const copy = preparedCopy(doc, URL);
    expect(copy).not.toBe(doc);
    expect([...copy.querySelectorAll('script')].map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(copy.querySelector('img')?.getAttribute('src')).toBe('https://example.com/one.jpg');
    expect(baseOf(copy)).toBe(doc.baseURI);
    // The page is untouched.
    expect(doc.querySelectorAll('script')).toHaveLength(3);
    expect(doc.querySelector('img')?.getAttribute('data-src')).toBe('/one.jpg');
  });
});

describe('extractPrepared', () => {
  it('extracts what extractArticle extracts from its own copy (the benchmarks measure what the extension runs)', () => {
    // Boxes that hold scripts: weighed with the scripts' code (a full clone of the page), the page's text came from
    // another source than on the extractor's own copy, which leaves those scripts out.
    const code = `<script>window.__STATE__ = {"a": "${'word '.repeat(300)}"}</script>`;
    const html =
      `<html><head><title>A page</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a>${code}</nav>` +
      `<div>${code}<p>Just a line.</p></div></body></html>`;
    const viaCopy = extractArticle(parse(html), URL, { force: true });
    expect(viaCopy?.contentHtml).toContain('Just a line.');
    expect(extractPrepared(parse(html), URL, { force: true })).toEqual(viaCopy);
  });

  it('prepares a throwaway parse in place (Re-extract of a stored original)', () => {
    const doc = parse(
      '<html><head><title>T</title></head><body><article><h1>T</h1><p>One two three four five six seven.</p>' +
        '<img src="data:image/gif;base64,R0lGOD" data-src="/two.jpg" alt="two"></article></body></html>',
    );
    const out = extractPrepared(doc, URL, { force: true }, null);
    expect(out?.contentHtml).toContain('https://example.com/two.jpg');
    expect(doc.querySelector('img')?.getAttribute('src')).toBe('https://example.com/two.jpg');
  });
});
