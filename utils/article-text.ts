import { sanitizeHtml } from './sanitize-html';
import { htmlToText } from './html-to-text';

/**
 * The article body as the app stores it: sanitized HTML and its block-aware plain text.
 * Shared by the content script, Re-extract, the benchmark and the command-line extractor.
 */
export function articleText(contentHtml: string, doc: Document): { contentHtml: string; textContent: string } {
  const clean = sanitizeHtml(contentHtml, doc.defaultView as Window & typeof globalThis);
  return { contentHtml: clean, textContent: htmlToText(clean, doc) };
}
