import type { Article, Highlight } from '@/utils/article';
import { getDb, type OffprintDB } from '@/utils/storage/db';
import type { ImportItem } from './import-item';
import { normalizeUrl } from '@/utils/storage/normalize-url';
import { writeArticle, type ArticleInput } from '@/utils/storage/write-article';
import { sanitizeHtml } from '@/utils/extraction/sanitize-html';
import { htmlToText } from '@/utils/extraction/html-to-text';
import { throwIfAborted, type Progress } from '@/utils/data/backup/export-backup';
import {
  beatImport,
  commitImport,
  importTables,
  IMPORT_BATCH,
  newImportId,
  rollbackImport,
  stashForUndo,
} from '@/utils/data/import-batch';

/** Options of importItems. */
export interface ImportItemsOptions {
  db?: OffprintDB;
  signal?: AbortSignal;
  onProgress?: Progress;
  /** Untrusted HTML → safe HTML and its text; defaults to DOMPurify + block-aware text (needs a DOM). */
  prepareHtml?: (html: string) => { html: string; text: string };
  now?: number;
}

/** What an import did: new articles, items merged into ones already saved, and the ids of link-only items. */
export interface ImportResult {
  added: number;
  merged: number;
  linkOnlyIds: number[];
}

const defaultPrepare = (html: string) => {
  const safe = sanitizeHtml(html);
  return { html: safe, text: htmlToText(safe) };
};

function newRow(item: ImportItem, url: string, importId: string, now: number): ArticleInput {
  return {
    url,
    originalUrl: item.url,
    canonicalUrl: null,
    kind: item.html ? 'article' : 'link',
    title: item.title || url,
    byline: item.byline,
    siteName: null,
    lang: null,
    excerpt: item.excerpt,
    publishedTime: null,
    leadImageUrl: null,
    status: item.status,
    favorite: item.favorite ? 1 : 0,
    tags: item.tags,
    progress: item.progress ?? 0,
    savedAt: item.savedAt ?? now,
    updatedAt: now,
    importId,
  };
}

/**
 * Merges an item into an article already saved: tags joined, earliest save date, missing text filled
 * (then its counts and search terms with it); the user's state wins.
 */
async function mergeInto(
  db: OffprintDB,
  a: Article,
  item: ImportItem,
  body: { html: string; text: string } | null,
  importId: string,
  now: number,
) {
  await stashForUndo(db, importId, a.id);
  const fill = body && !(await db.contents.get(a.id));
  const row = {
    ...a,
    tags: [...new Set([...a.tags, ...item.tags])],
    savedAt: Math.min(a.savedAt, item.savedAt ?? a.savedAt),
    importId,
    updatedAt: now,
  };
  if (fill) await writeArticle(db, { ...row, kind: 'article' }, { ...body, updatedAt: now });
  else await db.articles.put(row); // no searched field or text changed: the terms stay
}

async function addHighlights(db: OffprintDB, id: number, list: ImportItem['highlights']) {
  if (!list.length) return;
  const have = new Set((await db.highlights.where('articleId').equals(id).toArray()).map((h) => h.quote));
  const fresh: Highlight[] = list
    .filter((h) => !have.has(h.quote))
    .map((h) => ({ articleId: id, quote: h.quote, note: h.note, createdAt: h.createdAt }));
  if (fresh.length) await db.highlights.bulkAdd(fresh);
}

/**
 * Writes imported items in batches, each row tagged with the import's id. A URL already in the
 * library (normalized) is merged, never doubled. Cancel or failure rolls the whole import back.
 */
export async function importItems(
  items: ImportItem[],
  opts: ImportItemsOptions = {},
): Promise<ImportResult & { importId: string }> {
  const db = opts.db ?? getDb();
  const now = opts.now ?? Date.now();
  const prepare = opts.prepareHtml ?? defaultPrepare;
  const importId = newImportId();
  const result: ImportResult = { added: 0, merged: 0, linkOnlyIds: [] };
  try {
    for (let i = 0; i < items.length; i += IMPORT_BATCH) {
      throwIfAborted(opts.signal);
      await beatImport(db, importId);
      const batch = items.slice(i, i + IMPORT_BATCH);
      const bodies = batch.map((it) => (it.html ? prepare(it.html) : null)); // DOM work before the transaction
      await db.transaction('rw', importTables(db), async () => {
        for (const [k, item] of batch.entries()) await importOne(db, item, bodies[k], importId, now, result);
      });
      opts.onProgress?.(Math.min(items.length, i + IMPORT_BATCH), items.length);
    }
  } catch (e) {
    await rollbackImport(db, importId);
    throw e;
  }
  await commitImport(db, importId);
  return { ...result, importId };
}

async function importOne(
  db: OffprintDB,
  item: ImportItem,
  body: { html: string; text: string } | null,
  importId: string,
  now: number,
  result: ImportResult,
) {
  const url = normalizeUrl(item.url);
  const existing = await db.articles.where('url').equals(url).first();
  let id: number;
  if (existing) {
    await mergeInto(db, existing, item, body, importId, now);
    id = existing.id;
    if (existing.importId !== importId) result.merged++;
  } else {
    id = (await writeArticle(db, newRow(item, url, importId, now), body && { ...body, updatedAt: now })).id;
    if (!body) result.linkOnlyIds.push(id);
    result.added++;
  }
  await addHighlights(db, id, item.highlights);
}
