import type { Article, ArticleImage, ArticleOriginal, Highlight } from '@/utils/article';
import type { OffprintDB } from './db';
import type { ArticleSnapshot } from './save-article';
import { readOwnedRows } from './read-owned-rows';
import { importedIds, importRows, recordImportRows } from './import-rows';
import { buildArticle, type ArticleInput } from './write-article';
import { siteOf } from './normalize-url';
import { indexTermsBulk } from '@/utils/search/search-index';
import { notesOf, termsInput, type TermsInput, type TermsOutput } from '@/utils/search/make-terms';
import type { KnownTerms } from '@/utils/search/known-terms';

/** One article with everything it owns, ready to be stored (validated and sanitized by the caller). */
export interface BulkArticle {
  /**
   * The list row without the fields the builder derives (site, counts); `id` is the id wished for (kept when
   * free: a restore into an empty library is exact).
   */
  article: Omit<ArticleInput, 'importId'>;
  content: { html: string; text: string; updatedAt: number } | null;
  original: Omit<ArticleOriginal, 'id'> | null;
  images: Omit<ArticleImage, 'articleId'>[];
  highlights: (Omit<Highlight, 'articleId' | 'id'> & { id?: number })[];
  /** Id of a stored article this one replaces: it keeps that id and URL, and its old state goes to importUndo. */
  replaces?: number;
}

/** A bulk record's list row and search terms, from the one builder (its highlights' notes included). */
export type BuiltArticle = ReturnType<typeof buildBulkArticle>;

/**
 * The pure work of writing one bulk record (the row's derived fields and the search terms: tokenizing its
 * text), done before the write's transaction. A caller may do it earlier (restore does it while the
 * previous batch is written) and hand the results to bulkWriteArticles.
 */
export function buildBulkArticle(r: BulkArticle, made?: TermsOutput) {
  return buildArticle(r.article, r.content, notesOf(r.highlights), made);
}

/** What makeTerms needs for a bulk record (termsOffThread makes it elsewhere; buildBulkArticle takes the result). */
export function bulkTermsInput(r: BulkArticle): TermsInput {
  return termsInput({ ...r.article, site: siteOf(r.article.url) }, r.content?.text ?? '', notesOf(r.highlights));
}

/** Tables bulkWriteArticles writes (its callers open their transaction over these, or over more). */
export function bulkWriteTables(db: OffprintDB) {
  return [db.articles, db.contents, db.originals, db.searchTerms, db.meta, db.images, db.highlights, db.importUndo];
}

/**
 * Stores many articles in one transaction with one bulk request per table, never a request per row
 * and no await between them that is not IndexedDB: the path of restores and of sync's first sync.
 * With an `importId` the articles added and replaced are recorded under it, in the same transaction
 * (utils/storage/import-rows.ts: not on the rows, so commitImport rewrites none of them; rollbackImport
 * undoes the lot); an article that `replaces` another is stashed in importUndo first. `importId: null`
 * writes final rows and replaces nothing (sync's arriving articles: the server's state, no undo).
 * Returns the ids, in order.
 * Opens its own transaction unless one over bulkWriteTables() is already open.
 */
export async function bulkWriteArticles(
  db: OffprintDB,
  records: BulkArticle[],
  {
    importId,
    built: given,
    known,
    timings,
    alongside,
  }: {
    importId: string | null;
    /**
     * More writes for the same transaction, sent with its first requests (a restore's heartbeat: until session 29
     * a transaction of its own before each write, whose answers waited on the page's thread like the write's).
     */
    alongside?: () => Promise<unknown>;
    built?: BuiltArticle[];
    /** Gathers the rows' search terms for their merge into the index (a restore's: utils/search/known-terms.ts). */
    known?: KnownTerms;
    /** Adds ms per step (`write: …`) to this object: when each step's requests were answered, from the start. */
    timings?: Record<string, number>;
  },
): Promise<number[]> {
  if (!records.length) return [];
  // Pure work first (rows and terms from the one builder, notes included), so the transaction only talks to
  // IndexedDB; `built` when the caller did it already (buildBulkArticle of each record, in order).
  const built = given ?? records.map((r) => buildBulkArticle(r));
  if (built.length !== records.length) throw new Error('bulkWriteArticles: one built entry per record.');
  const t0 = performance.now();
  const mark = <T>(name: string, p: T): T => {
    if (timings)
      void Promise.resolve(p).then(() => {
        timings[`write: ${name}`] = (timings[`write: ${name}`] ?? 0) + performance.now() - t0;
      });
    return p;
  };
  let body = 0;
  const result = await db.transaction('rw', bulkWriteTables(db), async () => {
    const beside = alongside?.();
    beside?.catch(() => undefined); // awaited at the end; a failure aborts the transaction meanwhile
    const replaced = records.filter((r) => r.replaces != null).map((r) => r.replaces!);
    if (importId != null) await stashMany(db, importId, replaced);
    else if (replaced.length) throw new Error('bulkWriteArticles: replacing articles needs an importId (for undo).');
    // An id wished twice in one batch (a damaged or hand-made backup) is kept for the first record only: the
    // second would overwrite it.
    const claimed = new Set(replaced);
    const wished = records.map((r) => {
      const id = r.replaces == null ? r.article.id : null;
      if (id == null || claimed.has(id)) return null;
      claimed.add(id);
      return id;
    });
    const taken = await db.articles.bulkGet(wished.map((id) => id ?? -1));
    const ids: (number | null)[] = records.map((r, i) =>
      r.replaces != null ? r.replaces : wished[i] != null && !taken[i] ? wished[i] : null,
    );
    const rowOf = (i: number, id: number | null): Article => {
      const { id: _wished, ...row } = built[i].row;
      return { ...row, ...(id != null && { id }) } as Article;
    };
    const withId = records.flatMap((_r, i) => (ids[i] != null ? [rowOf(i, ids[i])] : []));
    const without = records.flatMap((_r, i) => (ids[i] == null ? [rowOf(i, null)] : []));
    // A replaced article keeps its stored URL (the backup's may differ in tracking parameters only).
    const storedUrls = new Map(
      (await db.articles.bulkGet(replaced)).flatMap((a) => (a ? [[a.id, a.url] as const] : [])),
    );
    for (const row of withId) row.url = storedUrls.get(row.id) ?? row.url;
    mark('prep', null);
    const [, added] = await Promise.all([
      withId.length ? mark('articles', db.articles.bulkPut(withId)) : null,
      without.length ? (db.articles.bulkAdd(without, { allKeys: true }) as Promise<number[]>) : [],
    ]);
    let k = 0;
    const final = ids.map((id) => id ?? (added as number[])[k++]);
    const contents = records.flatMap((r, i) => (r.content ? [{ ...r.content, id: final[i] }] : []));
    const originals = records.flatMap((r, i) => (r.original ? [{ ...r.original, id: final[i] }] : []));
    const images = records.flatMap((r, i) => r.images.map((im) => ({ ...im, articleId: final[i] })));
    const highlights = await placeHighlights(
      db,
      records.flatMap((r, i) => r.highlights.map((h) => ({ ...h, articleId: final[i] }) as Highlight)),
    );
    await Promise.all([
      importId != null &&
        mark(
          'records',
          recordImportRows(db, importId, { added: final.filter((_id, i) => records[i].replaces == null), replaced }),
        ),
      contents.length && mark('contents', db.contents.bulkPut(contents)),
      originals.length && mark('originals', db.originals.bulkPut(originals)),
      images.length && mark('images', db.images.bulkPut(images)),
      highlights.length && mark('highlights', db.highlights.bulkPut(highlights as Highlight[])),
      mark(
        'terms',
        indexTermsBulk(
          db,
          final.map((id, i) => ({ id, terms: built[i].terms })),
          known,
        ),
      ),
    ]);
    await beside;
    body = performance.now();
    return final;
  });
  if (timings) timings['write: commit'] = (timings['write: commit'] ?? 0) + performance.now() - body;
  return result;
}

/**
 * Row ids for highlights about to be written (inside the transaction, after replaced articles lost
 * theirs). The global id is unique: a highlight already stored under the same gid is overwritten in
 * place, and of two in the batch with one gid the later wins. Otherwise the wished row id is kept when
 * free, or a new one is given.
 */
async function placeHighlights(db: OffprintDB, list: Highlight[]): Promise<Highlight[]> {
  if (!list.length) return [];
  const byGid = new Map<string, Highlight>();
  for (const h of list) byGid.set(h.gid, h);
  const unique = [...byGid.values()];
  // One request per gid, all sent at once: `anyOf` walked a cursor, one step (a round trip through the page's
  // thread, busy sanitizing in a restore) per gid, ~40 of them per 400-article write (until session 29).
  const gids = [...byGid.keys()];
  const [stored, taken] = await Promise.all([
    Promise.all(gids.map((gid) => db.highlights.where('gid').equals(gid).primaryKeys())),
    db.highlights.bulkGet(unique.map((h) => h.id ?? -1)),
  ]);
  const storedId = new Map(
    gids.flatMap((gid, i) => (stored[i].length ? [[gid, stored[i][0] as number] as const] : [])),
  );
  return unique.map((h, i) => {
    const same = storedId.get(h.gid);
    if (same != null) return { ...h, id: same };
    if (h.id != null && !taken[i]) return h;
    const { id: _drop, ...rest } = h;
    return rest;
  });
}

/** Keeps the current state of articles about to be replaced in importUndo (skipping ones this import already owns). */
async function stashMany(db: OffprintDB, importId: string, ids: number[]): Promise<void> {
  if (!ids.length) return;
  const [articles, { contents, originals, images, highlights }, mine] = await Promise.all([
    db.articles.bulkGet(ids),
    readOwnedRows(db, ids),
    importRows(db, importId).then(importedIds),
  ]);
  const undo = ids.flatMap((id, i) => {
    const article = articles[i];
    if (!article || article.importId === importId || mine.has(id)) return [];
    const snapshot: ArticleSnapshot = {
      article,
      content: contents[i],
      original: originals[i],
      images: images.filter((im) => im.articleId === id),
      highlights: highlights.filter((h) => h.articleId === id),
    };
    return [{ importId, articleId: id, snapshot }];
  });
  await Promise.all([
    undo.length && db.importUndo.bulkAdd(undo),
    db.contents.bulkDelete(ids),
    db.originals.bulkDelete(ids),
    db.images.where('articleId').anyOf(ids).delete(),
    db.highlights.where('articleId').anyOf(ids).delete(),
  ]);
}
