import type { ExtractedArticle } from './article';
import { extractArticle, type ExtractOptions } from './extract-article';
import { articleText } from './article-text';
import { gzip, toBase64 } from './gzip';

/** Largest original HTML kept for Re-extract (characters); bigger pages keep their article only. */
export const ORIGINAL_CAP = 5_000_000;

export type ExtractPageResult = { ok: true; article: ExtractedArticle } | { ok: false; error: 'not-article' | 'extract-failed'; message: string };

/**
 * Everything the content script does in the page: extract, sanitize (the service worker has no
 * DOM), and compress the original HTML. Returns plain JSON for the background.
 */
export async function extractPage(doc: Document, url: string, opts: ExtractOptions = {}): Promise<ExtractPageResult> {
  let core;
  try {
    core = extractArticle(doc, url, opts);
  } catch (e) {
    return { ok: false, error: 'extract-failed', message: `The article could not be extracted: ${(e as Error).message}` };
  }
  if (!core) return { ok: false, error: 'not-article', message: 'No article was found on this page.' };
  const body = articleText(core.contentHtml, doc);
  const original = doc.documentElement.outerHTML;
  const originalGzipBase64 = original.length <= ORIGINAL_CAP ? toBase64(await gzip(original)) : null;
  return {
    ok: true,
    article: { ...core, ...body, originalGzipBase64, originalLength: original.length },
  };
}
