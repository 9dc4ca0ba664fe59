import { extractArticle, type ExtractedCore, type ExtractOptions } from './extract-article';
import { copyPageBase } from './page-base';
import { pageCopy } from './page-copy';
import { resolveLazyImages } from './resolve-lazy-images';

/**
 * The working copy of a page as shown: the copy the extractor would make itself (`pageCopy`: without the scripts no
 * pass reads, over half of a news page's body text), its lazy images given their real URL (Readability and the
 * sanitizer drop data-* and srcset). The page is left as it is.
 */
export function preparedCopy(doc: Document, url: string, live: Document = doc): Document {
  const copy = pageCopy(doc);
  if (copy !== doc) copyPageBase(doc, copy);
  resolveLazyImages(copy, live, url);
  return copy;
}

/**
 * The extraction every path shares (save, Re-extract): lazy images get their real URL on a copy
 * first (see preparedCopy). `live` is the page as shown (for measured image sizes), or null when `doc` is itself a
 * throwaway parse (a stored original), which is then prepared in place instead of copied.
 */
export function extractPrepared(
  doc: Document,
  url: string,
  opts: ExtractOptions = {},
  live: Document | null = doc,
): ExtractedCore | null {
  const prepared = live ? preparedCopy(doc, url, live) : doc;
  if (!live) resolveLazyImages(doc, null, url);
  // The prepared copy is ours either way: extract in it rather than copying the page a second time.
  return extractArticle(prepared, url, { ...opts, inPlace: true });
}
