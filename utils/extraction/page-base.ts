/** The page each working copy was cloned from (see copyPageBase). */
const PAGES = new WeakMap<Document, Document>();

/**
 * Records that `copy` (a clone of `page`) resolves links as `page` does: a clone has the page's address and `<base>`.
 * In jsdom a document's base URL is found by a selector walk of the whole document, once per document: the page's is
 * found once (and kept for every extraction of it), a copy's would be found again, on the copy at its largest.
 * Readability still reads its copy's own, after it has taken the article out.
 */
export function copyPageBase(page: Document, copy: Document): void {
  PAGES.set(copy, page);
}

/** A document's base URL (`baseURI`); for a working copy, its page's (see copyPageBase). */
export function baseOf(doc: Document): string {
  return (PAGES.get(doc) ?? doc).baseURI;
}
