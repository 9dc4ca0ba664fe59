import { extractArticle, type ExtractedCore, type ExtractOptions } from './extract-article';
import { resolveLazyImages } from './resolve-lazy-images';

/**
 * The extraction every path shares (save, Re-extract): lazy images get their real URL on a copy
 * first, because Readability and the sanitizer drop data-* and srcset. `live` is the page as shown
 * (for measured image sizes), or null when `doc` is itself a throwaway parse (a stored original),
 * which is then prepared in place instead of copied.
 */
export function extractPrepared(
  doc: Document,
  url: string,
  opts: ExtractOptions = {},
  live: Document | null = doc,
): ExtractedCore | null {
  const prepared = live ? (doc.cloneNode(true) as Document) : doc;
  resolveLazyImages(prepared, live, url);
  // The prepared copy is ours either way: extract in it rather than copying the page a second time.
  return extractArticle(prepared, url, { ...opts, inPlace: true });
}
