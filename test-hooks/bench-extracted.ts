// The extracted article the benchmark hooks save: what the content script would send for a plain English article.
import type { ExtractedArticle } from '@/utils/article';

/** The fields a benchmark article gives; the rest take the values of a plain article (readerable, English). */
export type BenchExtractedFields = Pick<ExtractedArticle, 'url' | 'title' | 'contentHtml' | 'textContent'> &
  Partial<ExtractedArticle>;

/** An extracted article with no byline, site, date, lead image or kept original unless `fields` gives them. */
export function benchExtracted(fields: BenchExtractedFields): ExtractedArticle {
  const none = { canonicalUrl: null, byline: null, siteName: null, excerpt: null, publishedTime: null };
  return {
    ...none,
    readerable: true,
    kind: 'article',
    lang: 'en',
    leadImageUrl: null,
    originalGzipBase64: null,
    originalLength: fields.textContent.length,
    ...fields,
  };
}
