import { getDb, type OffprintDB } from './db';
import { gunzip } from '@/utils/lib/gzip';
import { extractPrepared } from '@/utils/extraction/extract-prepared';
import { articleText } from '@/utils/extraction/article-text';
import { writeArticle, writeArticleTables } from './write-article';
import { boundTo } from './bound-to';

export type ReextractResult =
  | { ok: true; wordCount: number; previousWordCount: number }
  | { ok: false; error: 'not-found' | 'no-original' | 'not-article'; message: string };

/** Parses HTML in an extension page (DOMParser runs no script and loads nothing). */
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/**
 * Runs the current extractor on an article's stored original page and replaces its body, text,
 * word count and search terms under the same id; tags, state, progress and highlights are kept.
 * Runs in an extension page (it needs DOMParser and DOMPurify).
 */
export async function reextractArticle(
  id: number,
  db: OffprintDB = getDb(),
  now = Date.now(),
  parse = parseHtml,
): Promise<ReextractResult> {
  const [article, original] = await Promise.all([db.articles.get(id), db.originals.get(id)]);
  if (!article) return { ok: false, error: 'not-found', message: 'This article is no longer in your library.' };
  if (!original)
    return {
      ok: false,
      error: 'no-original',
      message:
        'The original page was not kept for this article (it was too large or saved as a link), ' +
        'so it cannot be re-extracted.',
    };
  const doc = parse(await gunzip(original.gzip));
  // The same preparation as the save path (lazy images resolved), so a re-extracted body keeps its images.
  const core = extractPrepared(doc, article.originalUrl, { force: article.kind === 'page' }, null);
  if (!core)
    return {
      ok: false,
      error: 'not-article',
      message: 'The extractor found no article in the saved page. The current text was kept.',
    };
  const body = articleText(core.contentHtml, doc);
  // All writes in one transaction, after every non-IndexedDB await (a transaction commits at the first other await).
  const wordCount = await db.transaction('rw', writeArticleTables(db), async (tx) => {
    const t = boundTo(db, tx); // several awaits: see boundTo
    const current = await t.articles.get(id); // the list may have changed it (tags, state) while the page was parsed
    if (!current) return null;
    const text = { html: body.contentHtml, text: body.textContent, updatedAt: now };
    return (await writeArticle(t, { ...current, pageKind: core.pageKind, updatedAt: now }, text)).wordCount;
  });
  if (wordCount == null)
    return { ok: false, error: 'not-found', message: 'This article is no longer in your library.' };
  return { ok: true, wordCount, previousWordCount: article.wordCount };
}
