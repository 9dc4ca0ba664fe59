// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extraction/extract-article';

const PARAGRAPH = '<p>Plenty of words in a paragraph of this story, so Readability keeps it.</p>';
const BODY = `<article><h1>A story</h1>${PARAGRAPH.repeat(12)}</article>`;
const page = (head: string) =>
  new DOMParser().parseFromString(
    `<html><head><title>A story</title>${head}</head><body>${BODY}</body></html>`,
    'text/html',
  );

describe('extractArticle lead image and canonical URLs', () => {
  it.each([
    ['javascript:alert(document.domain)'],
    ['data:image/svg+xml,<svg onload=alert(1)>'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
  ])('drops a lead image whose URL is not http(s): %s', (src) => {
    const a = extractArticle(page(`<meta property="og:image" content="${src}">`), 'https://news.example/story')!;
    expect(a.kind).toBe('article');
    expect(a.leadImageUrl).toBeNull();
  });

  it('keeps an http(s) lead image, made absolute against the page', () => {
    const a = extractArticle(page('<meta property="og:image" content="/img/lead.jpg">'), 'https://news.example/story')!;
    expect(a.leadImageUrl).toBe('https://news.example/img/lead.jpg');
  });

  it('drops a canonical link that is not http(s)', () => {
    const a = extractArticle(page('<link rel="canonical" href="javascript:alert(1)">'), 'https://news.example/story')!;
    expect(a.canonicalUrl).toBeNull();
  });
});
