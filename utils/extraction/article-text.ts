import { sanitizeHtml } from './sanitize-html';
import { htmlToText } from './html-to-text';

/**
 * The article body as the app stores it: sanitized HTML and its block-aware plain text.
 * Shared by the content script, Re-extract, the benchmark and the command-line extractor.
 */
export function articleText(contentHtml: string, doc: Document): { contentHtml: string; textContent: string } {
  // A DOMParser document has no window: sanitize with the page's own (Re-extract runs in the reader).
  const win = (doc.defaultView ?? globalThis.window) as Window & typeof globalThis;
  const clean = sanitizeHtml(contentHtml, win);
  return { contentHtml: clean, textContent: htmlToText(clean, doc) };
}
