import { cleanTagList } from '@/utils/storage/tags';
import type { Article, Highlight } from '@/utils/article';
import { getDb, type OffprintDB } from '@/utils/storage/db';
import type { ImportItem } from './import-item';
import { normalizeUrl } from '@/utils/storage/normalize-url';
import { reindexArticle, writeArticle, type ArticleInput } from '@/utils/storage/write-article';
import { notesOf } from '@/utils/search/make-terms';
import { completeHighlight } from '@/utils/highlights/complete-highlight';
import { anchorQuotes, type QuoteAnchor } from '@/utils/highlights/anchor-quotes';
import { sanitizeHtml } from '@/utils/extraction/sanitize-html';
import { htmlToText } from '@/utils/extraction/html-to-text';
import { throwIfAborted, type Progress } from '@/utils/data/backup/export-backup';
import { beatImport, importTables, IMPORT_BATCH, stashForUndo, undoableImport } from '@/utils/data/import-batch';

/** Options of importItems. */
export interface ImportItemsOptions {
  db?: OffprintDB;
  signal?: AbortSignal;
  onProgress?: Progress;
  /** Untrusted HTML → safe HTML and its text; defaults to DOMPurify + block-aware text (needs a DOM). */
  prepareHtml?: (html: string) => { html: string; text: string };
  /** Finds imported quotes in a prepared body (their selectors); defaults to anchorQuotes (needs DOMParser). */
  anchorQuotes?: (html: string, quotes: string[]) => (QuoteAnchor | null)[];
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
 * (then its counts and search terms with it); the user's state wins. True when the item's text became
 * the article's body.
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
    tags: cleanTagList([...a.tags, ...item.tags]),
    savedAt: Math.min(a.savedAt, item.savedAt ?? a.savedAt),
    importId,
    updatedAt: now,
  };
  if (fill) await writeArticle(db, { ...row, kind: 'article' }, { ...body, updatedAt: now });
  else await db.articles.put(row); // no searched field or text changed: the terms stay
  return !!fill;
}

/**
 * Adds an item's highlights (those whose quote is not there yet) as real highlights. When the body they
 * were anchored in is the one stored (`contentAt`), they keep their selectors and count as anchored there;
 * otherwise the reader anchors them when the article is opened.
 */
async function addHighlights(
  db: OffprintDB,
  id: number,
  list: ImportItem['highlights'],
  anchors: (QuoteAnchor | null)[] | null,
  contentAt: number | null,
): Promise<Highlight[]> {
  if (!list.length) return [];
  const have = new Set((await db.highlights.where('articleId').equals(id).toArray()).map((h) => h.quote));
  const fresh: Highlight[] = list.flatMap((h, i) => {
    if (have.has(h.quote)) return [];
    have.add(h.quote);
    const a = contentAt !== null && anchors ? anchors[i] : undefined;
    return [
      completeHighlight({
        articleId: id,
        quote: h.quote,
        note: h.note,
        createdAt: h.createdAt,
        ...(a && { prefix: a.prefix, suffix: a.suffix, position: a.position }),
        ...(a !== undefined && { anchor: { contentAt: contentAt!, found: !!a } }),
      }),
    ];
  });
  if (fresh.length) await db.highlights.bulkAdd(fresh);
  return fresh;
}

const defaultAnchor = (html: string, quotes: string[]) =>
  typeof DOMParser === 'undefined' ? quotes.map(() => null) : anchorQuotes(html, quotes);

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
  const anchor = opts.anchorQuotes ?? defaultAnchor;
  const result: ImportResult = { added: 0, merged: 0, linkOnlyIds: [] };
  const { importId } = await undoableImport(db, async (importId) => {
    for (let i = 0; i < items.length; i += IMPORT_BATCH) {
      throwIfAborted(opts.signal);
      await beatImport(db, importId);
      const batch = items.slice(i, i + IMPORT_BATCH);
      // DOM work before the transaction: sanitizing, and finding the imported quotes in the text.
      const bodies = batch.map((it) => (it.html ? prepare(it.html) : null));
      const anchors = batch.map((it, k) =>
        bodies[k] && it.highlights.length
          ? anchor(
              bodies[k].html,
              it.highlights.map((h) => h.quote),
            )
          : null,
      );
      await db.transaction('rw', importTables(db), async () => {
        for (const [k, item] of batch.entries())
          await importOne(db, item, bodies[k], anchors[k], importId, now, result);
      });
      opts.onProgress?.(Math.min(items.length, i + IMPORT_BATCH), items.length);
    }
  });
  return { ...result, importId };
}

async function importOne(
  db: OffprintDB,
  item: ImportItem,
  body: { html: string; text: string } | null,
  anchors: (QuoteAnchor | null)[] | null,
  importId: string,
  now: number,
  result: ImportResult,
) {
  const url = normalizeUrl(item.url);
  const existing = await db.articles.where('url').equals(url).first();
  let id: number;
  let wrote: boolean;
  if (existing) {
    wrote = await mergeInto(db, existing, item, body, importId, now);
    id = existing.id;
    if (existing.importId !== importId) result.merged++;
  } else {
    // The new article's terms cover its imported notes (the highlights are added just below).
    const notes = notesOf(item.highlights.map((h) => ({ note: h.note ?? null, deleted: 0 as const })));
    id = (await writeArticle(db, newRow(item, url, importId, now), body && { ...body, updatedAt: now }, notes)).id;
    wrote = !!body;
    if (!body) result.linkOnlyIds.push(id);
    result.added++;
  }
  const added = await addHighlights(db, id, item.highlights, anchors, wrote ? now : null);
  // Notes added to an article already saved: its terms are built again with them.
  if (existing && added.some((h) => h.note)) await reindexArticle(db, id);
}
