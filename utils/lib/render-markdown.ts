import { marked } from 'marked';
import { sanitizeHtml } from '@/utils/extraction/sanitize-html';

/** Markdown (GitHub flavour, tables included) as sanitized HTML, for documents shipped with the extension. */
export function renderMarkdown(markdown: string, win: Window & typeof globalThis = window): string {
  return sanitizeHtml(marked.parse(markdown, { async: false, gfm: true }), win);
}
