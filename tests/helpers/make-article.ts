import type { ExtractedArticle } from '@/utils/article';

/** An extracted article for store tests: real-looking fields, the given text and overrides. */
export function makeArticle(url: string, text: string, over: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    url, canonicalUrl: null, readerable: true, kind: 'article', title: `Title of ${url}`, byline: null, siteName: null, lang: 'en',
    excerpt: null, publishedTime: null, leadImageUrl: null, contentHtml: `<p>${text}</p>`, textContent: text,
    originalGzipBase64: null, originalLength: text.length, ...over,
  };
}
