import type { ExtractPageResult } from './extract-page';
import { extractArticle } from './extract-article';
import { sanitizeHtml } from './sanitize-html';
import { htmlToText } from './html-to-text';
import { gzip, toBase64 } from '@/utils/lib/gzip';
import { errorWords } from '@/utils/lib/error-words';
import { ORIGINAL_CAP } from './extract-page';

/**
 * Extracts an article from fetched HTML (a page that was never opened). Needs a DOM: runs in the
 * offscreen document (Chrome) or the background page (Firefox). Parsed with DOMParser, so no page
 * script runs and nothing loads; a `<base>` makes relative links resolve against the page's URL.
 */
export async function extractHtml(
  html: string,
  url: string,
  win: Window & typeof globalThis = window,
): Promise<ExtractPageResult> {
  const doc = new win.DOMParser().parseFromString(html, 'text/html');
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.href = url;
    doc.head.prepend(base);
  }
  let core;
  try {
    core = extractArticle(doc, url, { force: true });
  } catch (e) {
    return {
      ok: false,
      error: 'extract-failed',
      message: errorWords(e, 'Offprint could not make out the article on this page. Reload it and try again.'),
    };
  }
  if (!core) return { ok: false, error: 'not-article', message: 'No article was found on this page.' };
  const contentHtml = sanitizeHtml(core.contentHtml, win);
  const originalGzipBase64 = html.length <= ORIGINAL_CAP ? toBase64(await gzip(html)) : null;
  return {
    ok: true,
    article: {
      ...core,
      contentHtml,
      textContent: htmlToText(contentHtml, win.document),
      originalGzipBase64,
      originalLength: html.length,
    },
  };
}
