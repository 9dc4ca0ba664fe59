import type { OutboxRow } from '@/utils/storage/outbox-middleware';
import * as plan from './article-plan';
import { docNamesOf, imageNamesOf } from './doc-names';
import { copiesOf, readDocs } from './mirror-docs';
import { readLocal } from './read-local';
import { emptyReport, SYNC_BATCH, type StepReport, type SyncContext } from './sync-context';
import { isTombstone, samePlaintext, type ArticleRecord, type ImagesRecord } from './sync-record';
import { writeLibrary } from './write-library';
import { count, timed } from '@/utils/lib/phase-timings';
import { importedIds, importRows } from '@/utils/storage/import-rows';

/** Outbox rows read per look (rows of an import still in progress are passed over). */
const SCAN = 200;

/** The next outbox rows whose articles are not being written by an import or restore in progress. */
async function nextEntries(ctx: SyncContext, limit: number): Promise<OutboxRow[]> {
  const { db } = ctx;
  const out: OutboxRow[] = [];
  let after = -Infinity;
  // Articles written by a restore not made final yet (recorded beside the rows), and rows an import tags.
  const importing = importedIds(await importRows(db));
  while (out.length < limit) {
    const rows = await db.outbox.where('articleId').above(after).limit(SCAN).toArray();
    if (!rows.length) break;
    const articles = await db.articles.bulkGet(rows.map((r) => r.articleId));
    rows.forEach((r, i) => {
      if (out.length < limit && !articles[i]?.importId && !importing.has(r.articleId)) out.push(r);
    });
    after = rows[rows.length - 1].articleId;
  }
  return out;
}

/**
 * Sends up to `limit` changed articles from the outbox to the mirror: each merged with the mirror's
 * copies (which may hold changes from elsewhere not taken here yet), written as a new encrypted revision
 * when its plaintext differs, its losing revisions removed; what the merge took from elsewhere is written
 * here too. Rows of an import or restore in progress wait until it commits.
 */
export async function flushOutbox(ctx: SyncContext, limit = SYNC_BATCH): Promise<StepReport> {
  const report = emptyReport();
  const entries = await timed('flush.outbox', () => nextEntries(ctx, limit));
  if (!entries.length) return report;
  report.more = entries.length === limit;
  const locals = await timed('flush.read-local', () =>
    readLocal(
      ctx.db,
      entries.map((e) => e.articleId),
      ctx.syncImages,
    ),
  );
  // Rows whose article never got a gid (deleted before the backfill reached it) have nothing to send.
  const drop = entries.filter((e) => !locals.get(e.articleId)?.article.gid && !e.gid);
  const work = entries.filter((e) => !drop.includes(e));
  const gidOf = (e: OutboxRow) => locals.get(e.articleId)?.article.gid ?? e.gid!;
  const names = await timed('flush.names', () => docNamesOf(ctx.keys, work.map(gidOf)));
  const ids = [...names.values()].flatMap((n) => [n.article, n.images]);
  const states = await timed('flush.read-mirror', () =>
    readDocs<ArticleRecord | ImagesRecord>(ctx.mirror, ctx.keys, ids),
  );
  const bases = new Map(
    (await ctx.db.syncDocs.bulkGet([...names.values()].map((n) => n.article))).flatMap((r) =>
      r ? [[r.id, r.rev] as const] : [],
    ),
  );
  const planStart = performance.now();

  const plans: plan.ArticlePlan[] = [];
  for (const e of work) {
    const local = locals.get(e.articleId);
    const n = names.get(gidOf(e))!;
    const state = states.get(n.article) as Parameters<typeof plan.mergeArticle>[0];
    if (state && (state.undecryptable || state.newer)) {
      report.bad.push(state.id); // left alone; the change waits here
      continue;
    }
    const known = copiesOf(state);
    const mine = plan.localRecord(local, n.gid, n, known, e);
    if (!mine || (isTombstone(mine) && !state?.winnerRev)) {
      drop.push(e); // deleted here before it was ever sent: nothing to tell the server
      continue;
    }
    const linear = !!state?.winnerRev && bases.get(n.article) === state.winnerRev && !state.loserRevs.length;
    const { merged, writeMirror: write } = plan.mergeArticle(state, mine, linear);
    const imagesState = states.get(n.images) as Parameters<typeof plan.planImages>[3];
    const wantImages = ctx.syncImages || isTombstone(merged);
    const imageNames =
      local && ctx.syncImages
        ? await imageNamesOf(
            ctx.keys,
            n.gid,
            local.images.map((i) => i.url),
          )
        : new Map();
    plans.push({
      docId: n.article,
      state,
      merged,
      writeMirror: write,
      fresh: local && !isTombstone(mine) ? plan.localSuppliers(local, mine, known) : new Map(),
      local,
      writeLocal: !samePlaintext(merged, mine),
      entry: { articleId: e.articleId, stamp: e.stamp },
      extra: [],
      images: wantImages
        ? await plan.planImages(ctx, n.images, n.gid, imagesState, local?.images, imageNames, isTombstone(merged))
        : undefined,
    });
  }
  count('flush.plan', performance.now() - planStart, plans.length);
  report.written = await plan.writeMirror(ctx, plans);
  report.bad.push(...(await plan.fetchParts(ctx, plans)));
  report.good = plans.filter((p) => !p.broken && !p.failed).map((p) => p.docId);
  report.applied = (await timed('flush.write-library', () => writeLibrary(ctx.db, plans), plans.length)).applied;
  if (drop.length)
    await ctx.db.transaction('rw', ctx.db.outbox, async () => {
      const now = await ctx.db.outbox.bulkGet(drop.map((d) => d.articleId));
      await ctx.db.outbox.bulkDelete(drop.filter((d, i) => now[i]?.stamp === d.stamp).map((d) => d.articleId));
    });
  return report;
}
