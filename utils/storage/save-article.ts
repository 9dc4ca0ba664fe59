import Dexie from 'dexie';
import type {
  Article,
  ArticleContent,
  ArticleImage,
  ArticleOriginal,
  ExtractedArticle,
  Highlight,
} from '@/utils/article';
import { getDb, type OffprintDB } from './db';
import { normalizeUrl } from './normalize-url';
import { removeArticleRows } from './remove-article-rows';
import { fromBase64 } from '@/utils/lib/gzip';
import { changeArticle, writeArticle, writeArticleTables, type ArticleChanges } from './write-article';
import { notesOf } from '@/utils/search/make-terms';
import { sameSite } from '@/utils/lib/same-site';
import { boundTo } from './bound-to';

/** Outcome of an upsert: the row id, whether the URL was already in the library, and the list row written. */
export interface UpsertResult {
  id: number;
  existed: boolean;
  row: Article;
}

/** Thrown when the browser refuses to store more (QuotaExceededError); nothing of the save is kept. */
export class StorageFullError extends Error {
  constructor() {
    super('Your browser is out of storage space for Offprint. Free some space or delete old articles, then try again.');
    this.name = 'StorageFullError';
  }
}

/** True for the errors IndexedDB raises when the disk or quota is full, however they are wrapped. */
export function isQuotaError(e: unknown): boolean {
  for (let err = e as { name?: string; inner?: unknown } | undefined; err; err = err.inner as typeof err) {
    if (err.name === 'QuotaExceededError' || err.name === 'QuotaExceeded') return true;
  }
  return false;
}

/**
 * Stores an extracted article in one transaction (row, body, original, search terms). A URL that is
 * already saved (after normalizing) keeps its id, tags, state and progress, gets the new content and
 * moves to the top. On a full disk the whole transaction rolls back and StorageFullError is thrown.
 */
export async function saveArticle(
  ex: ExtractedArticle,
  db: OffprintDB = getDb(),
  now = Date.now(),
): Promise<UpsertResult> {
  const url = normalizeUrl(ex.url);
  // A page names its own canonical URL: trusted only on the page's own site,
  // or any page could take over another's entry.
  const canonical = ex.canonicalUrl && sameSite(ex.url, ex.canonicalUrl) ? normalizeUrl(ex.canonicalUrl) : null;
  const gz = ex.originalGzipBase64 ? fromBase64(ex.originalGzipBase64) : null;
  const fields = {
    url,
    originalUrl: ex.url,
    canonicalUrl: canonical,
    kind: ex.kind,
    pageKind: ex.pageKind,
    title: ex.title.trim() || url,
    byline: ex.byline,
    siteName: ex.siteName,
    lang: ex.lang,
    excerpt: ex.excerpt,
    publishedTime: ex.publishedTime,
    leadImageUrl: ex.leadImageUrl,
    savedAt: now,
    updatedAt: now,
  };
  const body = { html: ex.contentHtml, text: ex.textContent, updatedAt: now };
  try {
    return await db.transaction('rw', [...writeArticleTables(db), db.originals], async (tx) => {
      // Every step through tables bound to this transaction: see boundTo (a page's start-up reads running
      // at the same time made the last write land outside it).
      const t = boundTo(db, tx);
      const existing =
        (await t.articles.where('url').equals(url).first()) ??
        (canonical && canonical !== url ? await t.articles.where('url').equals(canonical).first() : undefined);
      const row = await writeArticle(
        t,
        existing
          ? { ...existing, ...fields, url: existing.url }
          : { ...fields, status: 'unread', favorite: 0, tags: [], progress: 0 },
        body,
      );
      if (gz) await t.originals.put({ id: row.id, gzip: gz, length: ex.originalLength, savedAt: now });
      return { id: row.id, existed: !!existing, row };
    });
  } catch (e) {
    if (isQuotaError(e)) throw new StorageFullError();
    throw e;
  }
}

/** Everything stored for one article, enough to put it back exactly (undo of delete). */
export interface ArticleSnapshot {
  article: Article;
  content?: ArticleContent;
  original?: ArticleOriginal;
  images: ArticleImage[];
  highlights: Highlight[];
}

/** Deletes an article and all it owns, in one transaction; returns what was removed, for undo. */
export async function deleteArticle(id: number, db: OffprintDB = getDb()): Promise<ArticleSnapshot | null> {
  return db.transaction(
    'rw',
    [db.articles, db.contents, db.originals, db.searchTerms, db.images, db.highlights, db.queue],
    async (tx) => {
      const t = boundTo(db, tx);
      const snap = await readSnapshot(t, id);
      if (!snap) return null;
      await removeArticleRows(t, [id]);
      return snap;
    },
  );
}

/** Puts back what deleteArticle removed (same id). */
export async function restoreArticle(snap: ArticleSnapshot, db: OffprintDB = getDb()): Promise<void> {
  await db.transaction(
    'rw',
    [db.articles, db.contents, db.originals, db.searchTerms, db.meta, db.images, db.highlights],
    async (tx) => {
      await writeSnapshot(boundTo(db, tx), snap);
    },
  );
}

/** Everything stored for one article, read inside the caller's transaction; null when it is not there. */
export async function readSnapshot(db: OffprintDB, id: number): Promise<ArticleSnapshot | null> {
  const article = await db.articles.get(id);
  if (!article) return null;
  return {
    article,
    content: await db.contents.get(id),
    original: await db.originals.get(id),
    images: await db.images.where('articleId').equals(id).toArray(),
    highlights: await db.highlights.where('articleId').equals(id).toArray(),
  };
}

/** Puts a snapshot back inside the caller's transaction; its terms are built again (searchable again). */
export async function writeSnapshot(db: OffprintDB, snap: ArticleSnapshot): Promise<void> {
  const c = snap.content;
  const body = c ? { html: c.html, text: c.text, updatedAt: c.updatedAt } : null;
  await writeArticle(db, snap.article, body, notesOf(snap.highlights));
  if (snap.original) await db.originals.put(snap.original);
  if (snap.images.length) await db.images.bulkPut(snap.images);
  if (snap.highlights.length) await db.highlights.bulkPut(snap.highlights);
}

/** Changes list fields of one article (status, favourite, tags, progress, title) and stamps updatedAt. */
export async function updateArticle(id: number, changes: ArticleChanges, db: OffprintDB = getDb()): Promise<void> {
  await changeArticle(db, id, changes, Date.now());
}

/** The list rows, newest first (bodies are never loaded). */
export function listArticles(db: OffprintDB = getDb(), status?: Article['status']): Promise<Article[]> {
  if (status)
    return db.articles
      .where('[status+savedAt]')
      .between([status, Dexie.minKey], [status, Dexie.maxKey])
      .reverse()
      .toArray();
  return db.articles.orderBy('savedAt').reverse().toArray();
}

/** The stored row of a URL (normalized), if any. */
export function findByUrl(url: string, db: OffprintDB = getDb()): Promise<Article | undefined> {
  return db.articles.where('url').equals(normalizeUrl(url)).first();
}
