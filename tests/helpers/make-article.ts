import type { Article, ExtractedArticle } from '@/utils/article';

/** An extracted article for store tests: real-looking fields, the given text and overrides. */
export function makeArticle(url: string, text: string, over: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    url,
    canonicalUrl: null,
    readerable: true,
    kind: 'article',
    title: `Title of ${url}`,
    byline: null,
    siteName: null,
    lang: 'en',
    excerpt: null,
    publishedTime: null,
    leadImageUrl: null,
    contentHtml: `<p>${text}</p>`,
    textContent: text,
    originalGzipBase64: null,
    originalLength: text.length,
    ...over,
  };
}

/** A stored article row (the list's shape) with id `id`, for tests of what the list keeps. */
export function makeRow(id: number, extra: Partial<Article> = {}): Article {
  return {
    id,
    url: `https://example.com/${id}`,
    originalUrl: `https://example.com/${id}`,
    canonicalUrl: null,
    kind: 'article',
    title: `Title ${id}`,
    byline: null,
    siteName: null,
    site: 'example.com',
    lang: 'en',
    excerpt: null,
    publishedTime: null,
    leadImageUrl: null,
    wordCount: 100,
    readingMinutes: 1,
    status: 'unread',
    favorite: 0,
    tags: [],
    progress: 0,
    savedAt: 1000 + id,
    updatedAt: 1000 + id,
    ...extra,
  };
}
