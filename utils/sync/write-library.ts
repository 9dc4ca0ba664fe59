import type { Article, ArticleImage, Highlight } from '@/utils/article';
import type { OffprintDB, SyncDocRow } from '@/utils/storage/db';
import { markRemoteTransaction, type OutboxRow } from '@/utils/storage/outbox-middleware';
import { indexTermsBulk } from '@/utils/search/search-index';
import { buildArticle } from '@/utils/storage/write-article';
import { notesOf } from '@/utils/search/make-terms';
import { bulkWriteArticles, bulkWriteTables, type BulkArticle } from '@/utils/storage/bulk-write-articles';
import { removeArticleRows } from '@/utils/storage/remove-article-rows';
import { articleRowOf, highlightRowsOf } from './local-record';
import { isTombstone, type LiveRecord } from './sync-record';
import type { ArticlePlan } from './article-plan';

/** Meta row: the mirror's change sequence up to which this library has taken the mirror's changes. */
export const MIRROR_CHECKPOINT = 'sync:mirror-seq';

/** Tables the write transaction covers. */
const tables = (db: OffprintDB) => [...bulkWriteTables(db), db.queue, db.outbox, db.syncDocs];
/**
 * Tables enough when no plan writes the library (a flush of changes made here: only the outbox and the
 * revisions in step change). Leaving out `meta` and the search tables matters: a search index compaction's
 * chunk holds them, and a save's flush would wait for it before its push could start.
 */
const bookkeepingTables = (db: OffprintDB) => [db.articles, db.outbox, db.syncDocs];

/**
 * The mirror checkpoint of each library, once read: only sync (this module's writes and the engine's resets,
 * in the background) changes it, so a round reads it from memory, not from `meta` (which a search index
 * compaction's chunk holds: every round would wait for it).
 */
const checkpoints = new WeakMap<OffprintDB, number | string | undefined>();

/** Where this library is in the mirror's changes (0: nothing taken yet). */
export async function mirrorCheckpoint(db: OffprintDB): Promise<number | string> {
  if (!checkpoints.has(db))
    checkpoints.set(db, (await db.meta.get(MIRROR_CHECKPOINT))?.value as number | string | undefined);
  return checkpoints.get(db) ?? 0;
}

/** Forgets the mirror checkpoint (sync turned off, or the library's sync started afresh). */
export async function clearMirrorCheckpoint(db: OffprintDB): Promise<void> {
  await db.meta.delete(MIRROR_CHECKPOINT);
  checkpoints.set(db, undefined);
}

/** An arriving article as the bulk write path (the one restore uses) takes it. */
function bulkArticleOf(plan: ArticlePlan, row: Article): BulkArticle {
  const rec = plan.merged as LiveRecord;
  const { id: _id, site: _s, wordCount: _w, readingMinutes: _r, ...article } = row;
  return {
    article,
    content: plan.body ? { html: plan.body.html, text: plan.body.text, updatedAt: rec.contentAt } : null,
    original:
      plan.original && rec.original
        ? { gzip: plan.original, length: rec.original.length, savedAt: rec.original.savedAt }
        : null,
    images: plan.images?.rows ?? [],
    highlights: highlightRowsOf(rec, 0, []).map(({ articleId: _a, id: _i, ...h }) => h),
  };
}

/**
 * Writes merged records into the library in one transaction, as the server's state (no outbox rows, no
 * new clocks): rows put in bulk, no WebCrypto or network inside. A plan whose article changed here since
 * it was read is left for the next round. Removes the outbox rows the plans answered, records the revision
 * each document is now in step with and, when given, the mirror checkpoint. Returns how many articles it
 * wrote and whether any plan had to be left (then the checkpoint is not moved).
 */
export async function writeLibrary(
  db: OffprintDB,
  plans: ArticlePlan[],
  checkpoint?: number | string,
): Promise<{ applied: number; left: number }> {
  // Nothing to write here (the changes were this library's own, or are in step already): the checkpoint moves
  // in memory only and is stored with the next write that has `meta` open (after a restart, those changes
  // are read again and found in step: nothing is written twice).
  const local = plans.some((p) => p.writeLocal || p.images?.rows?.length || p.keepEntry);
  let moved: number | string | undefined;
  const result = await db.transaction('rw', local ? tables(db) : bookkeepingTables(db), async (tx) => {
    markRemoteTransaction(tx);
    const idOf = (p: ArticlePlan) => p.local?.article.id ?? p.entry?.articleId;
    const ids = plans.map(idOf).filter((id): id is number => id != null);
    const [outbox, current] = await Promise.all([db.outbox.bulkGet(ids), db.articles.bulkGet(ids)]);
    const outboxOf = new Map(ids.map((id, i) => [id, outbox[i]]));
    const currentOf = new Map(ids.map((id, i) => [id, current[i]]));
    const newUrls = plans
      .filter((p) => !p.local && p.writeLocal && !isTombstone(p.merged))
      .map((p) => (p.merged as LiveRecord).url);
    const taken = new Set(
      newUrls.length ? (await db.articles.where('url').anyOf(newUrls).toArray()).map((a) => a.url) : [],
    );

    const syncDocs: SyncDocRow[] = [];
    const dropOutbox: number[] = [];
    const putOutbox: OutboxRow[] = [];
    const gone: number[] = [];
    const puts: { plan: ArticlePlan; row: Article }[] = [];
    const adds: { plan: ArticlePlan; row: Article }[] = [];
    const imageOnly: ArticleImage[] = [];
    let left = 0;

    for (const p of plans) {
      if (p.failed) {
        left++;
        continue;
      }
      const id = idOf(p);
      const row = id != null ? outboxOf.get(id) : undefined;
      const here = id != null ? currentOf.get(id) : undefined;
      // Changed here since the plan was made (or deleted, or saved again): the next round merges again.
      const moved = id != null && (row?.stamp !== p.entry?.stamp || (!!p.local && !here) || (!p.local && !!here));
      if (moved) left++;
      else if (p.writeLocal) {
        if (isTombstone(p.merged)) {
          if (here) gone.push(id!);
        } else if (here) puts.push({ plan: p, row: articleRowOf(p.merged, id, here) });
        else if (taken.has(p.merged.url)) {
          left++; // saved here meanwhile under the same URL: matched on the next round
          continue;
        } else adds.push({ plan: p, row: articleRowOf(p.merged, undefined) });
      } else if (here && p.images?.rows?.length)
        imageOnly.push(...p.images.rows.map((im) => ({ ...im, articleId: here.id })));
      const rev = p.newRev ?? p.state?.winnerRev;
      if (rev && !p.broken) syncDocs.push({ id: p.docId, rev });
      const im = p.images;
      const imRev = im && !im.remove ? (im.newRev ?? im.state?.winnerRev) : undefined;
      if (imRev && !moved) syncDocs.push({ id: im!.docId, rev: imRev });
      if (id != null && !moved) {
        if (p.keepEntry)
          putOutbox.push({ ...row, articleId: id, gid: p.merged.gid, stamp: crypto.randomUUID(), at: Date.now() });
        else if (p.entry) dropOutbox.push(id);
      }
    }

    await removeArticleRows(db, gone);
    // Articles new here (all of a first sync): the bulk write path of restore, one request per table.
    if (adds.length)
      await bulkWriteArticles(
        db,
        adds.map((x) => bulkArticleOf(x.plan, x.row)),
        { importId: null },
      );
    // Articles changed elsewhere: their rows, and only the parts that changed.
    const written = puts;
    const needText = written.filter((x) => !x.plan.body);
    const texts = needText.length ? await db.contents.bulkGet(needText.map((x) => x.row.id)) : [];
    const textOf = new Map(needText.map((x, i) => [x.row.id, texts[i]?.text ?? '']));
    const localHighlights = written.length
      ? await db.highlights
          .where('articleId')
          .anyOf(written.map((x) => x.row.id))
          .toArray()
      : [];
    const highlightsOf = new Map(
      written.map(({ plan, row }) => [
        row.id,
        highlightRowsOf(
          plan.merged as LiveRecord,
          row.id,
          localHighlights.filter((h) => h.articleId === row.id),
        ),
      ]),
    );
    const highlights: Highlight[] = [...highlightsOf.values()].flat();
    // The one article builder, with the merged highlights' notes in the search terms.
    const built = written.map(({ plan, row }) => {
      const text = plan.body?.text ?? textOf.get(row.id) ?? '';
      const { row: full, terms } = buildArticle(
        row,
        { html: '', text, updatedAt: 0 },
        notesOf(highlightsOf.get(row.id) ?? []),
      );
      return { row: full as Article, terms };
    });
    if (written.length) await db.articles.bulkPut(built.map((b) => b.row));
    const contents = written.filter((x) => x.plan.body);
    const images: ArticleImage[] = [
      ...imageOnly,
      ...written.flatMap(({ plan, row }) => (plan.images?.rows ?? []).map((im) => ({ ...im, articleId: row.id }))),
    ];
    await Promise.all([
      contents.length &&
        db.contents.bulkPut(
          contents.map(({ plan, row }) => ({
            id: row.id,
            html: plan.body!.html,
            text: plan.body!.text,
            updatedAt: (plan.merged as LiveRecord).contentAt,
          })),
        ),
      written.some((x) => x.plan.original) &&
        db.originals.bulkPut(
          written
            .filter((x) => x.plan.original)
            .map(({ plan, row }) => {
              const o = (plan.merged as LiveRecord).original!;
              return { id: row.id, gzip: plan.original!, length: o.length, savedAt: o.savedAt };
            }),
        ),
      highlights.length && db.highlights.bulkPut(highlights),
      images.length && db.images.bulkPut(images),
      indexTermsBulk(
        db,
        built.map((b) => ({ id: b.row.id, terms: b.terms })),
      ),
      syncDocs.length && db.syncDocs.bulkPut(syncDocs),
      dropOutbox.length && db.outbox.bulkDelete(dropOutbox),
      putOutbox.length && db.outbox.bulkPut(putOutbox),
    ]);
    if (checkpoint != null && !left) {
      if (local) await db.meta.put({ key: MIRROR_CHECKPOINT, value: checkpoint });
      moved = checkpoint;
    }
    return { applied: gone.length + written.length + adds.length, left };
  });
  if (moved != null) checkpoints.set(db, moved);
  return result;
}
