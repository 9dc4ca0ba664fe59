import type { ExtractedArticle } from '@/utils/article';
import type { ExtractedCore, ExtractOptions } from './extract-article';
import { extractPrepared } from './extract-prepared';
import { articleText } from './article-text';
import { gzip, toBase64 } from '@/utils/lib/gzip';
import { errorWords } from '@/utils/lib/error-words';
import { listImageUrls } from './resolve-lazy-images';

/** Largest original HTML kept for Re-extract (characters); bigger pages keep their article only. */
export const ORIGINAL_CAP = 5_000_000;

export type ExtractPageFailure = { ok: false; error: 'not-article' | 'extract-failed' | 'restricted'; message: string };
/**
 * `ms`: how long the extraction took in the page; `at`: when it started and ended (ms since the epoch,
 * `performance.timeOrigin + performance.now()`, comparable across the page, the service worker and the
 * popup). Both are shown by bench:save next to the rest of a save.
 */
export type ExtractPageResult =
  { ok: true; article: ExtractedArticle; ms?: number; at?: [number, number] } | ExtractPageFailure;

/** Now, in ms since the epoch at sub-millisecond resolution (the same clock in every context of the browser). */
export const epochNow = () => performance.timeOrigin + performance.now();

/** Runs an extraction; a throw or a page without an article become the failure the user reads. */
export function extractOrFail(extract: () => ExtractedCore | null): ExtractedCore | ExtractPageFailure {
  let core;
  try {
    core = extract();
  } catch (e) {
    return {
      ok: false,
      error: 'extract-failed',
      message: errorWords(e, 'Offprint could not make out the article on this page. Reload it and try again.'),
    };
  }
  return core ?? { ok: false, error: 'not-article', message: 'No article was found on this page.' };
}

/** What the user reads when the tab shows a PDF in the browser's viewer (whatever its URL). */
export const PDF_MESSAGE =
  'PDF files open in the browser’s own viewer, which extensions cannot read. Saving PDFs is not supported yet.';

/**
 * Everything the content script does in the page: extract, sanitize (the service worker has no
 * DOM), and compress the original HTML. Returns plain JSON for the background.
 */
export async function extractPage(doc: Document, url: string, opts: ExtractOptions = {}): Promise<ExtractPageResult> {
  if (doc.contentType === 'application/pdf') return { ok: false, error: 'restricted', message: PDF_MESSAGE };
  const t0 = performance.now();
  const start = epochNow();
  const core = extractOrFail(() => extractPrepared(doc, url, opts));
  if ('ok' in core) return core;
  const body = articleText(core.contentHtml, doc);
  const original = doc.documentElement.outerHTML;
  const originalGzipBase64 = original.length <= ORIGINAL_CAP ? toBase64(await gzip(original)) : null;
  return {
    ok: true,
    article: {
      ...core,
      ...body,
      originalGzipBase64,
      originalLength: original.length,
      imageUrls: listImageUrls(body.contentHtml, doc, core.leadImageUrl),
    },
    ms: performance.now() - t0,
    at: [start, epochNow()],
  };
}
