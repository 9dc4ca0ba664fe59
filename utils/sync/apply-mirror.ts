import type { Article } from '@/utils/article';
import { mergeArticleRecords } from './merge-records';
import {
  articleRefs,
  fetchParts,
  localRecord,
  localSuppliers,
  mergeArticle,
  planImages,
  writeMirror,
  type ArticlePlan,
} from './article-plan';
import { docNamesOf, imageNamesOf, type DocNames } from './doc-names';
import { LIBRARY_DOC_ID } from './library-keys';
import { copiesOf, openAttachment, readDocs, removals, revHolding, sealDoc, type DocState } from './mirror-docs';
import type { PouchDoc } from './pouch-types';
import { readLocal } from './read-local';
import { APPLY_BATCH, emptyReport, type StepReport, type SyncContext } from './sync-context';
import { isTombstone, samePlaintext, type ArticleRecord, type ImagesRecord, type LiveRecord } from './sync-record';
import { mirrorCheckpoint, writeLibrary } from './write-library';
import { count, timed } from '@/utils/lib/phase-timings';

type AState = DocState<ArticleRecord>;
type IState = DocState<ImagesRecord>;

/** A tombstone for a duplicate document, dated after every copy of it so it wins. */
async function tombstoneDoc(ctx: SyncContext, state: AState | undefined, id: string, gid: string): Promise<PouchDoc[]> {
  const copies = copiesOf(state);
  const at = Math.max(ctx.now(), ...copies.map((c) => c.life + 1));
  const merged = mergeArticleRecords([...copies, { v: 1, gid, life: 0, deletedAt: at, deleted: true }]);
  return [await sealDoc(ctx.keys, id, 'a', merged, state?.winnerRev, {}), ...removals(id, state?.loserRevs ?? [])];
}

/**
 * Takes up to `limit` changes of the mirror (pulled from the server) into this library, from its own
 * checkpoint: conflicting revisions merged (a new revision written only when the merged plaintext differs
 * from the winner's, else the losers just removed), new and changed articles written with their bodies,
 * originals and images, deletions applied. An article with a change of its own waiting here is left to
 * the outbox flush, which merges it. The first time an article arrives it is matched to one saved here
 * under the same URL (or canonical URL): the two become one, under the smaller global id.
 */
export async function applyMirror(ctx: SyncContext, limit = APPLY_BATCH): Promise<StepReport> {
  const report = emptyReport();
  const { db } = ctx;
  const since = await mirrorCheckpoint(db);
  const feed = await timed('apply.changes', () => ctx.mirror.changes({ since, limit, style: 'main_only' }));
  if (!feed.results.length) return report;
  report.more = feed.results.length === limit;
  const ids = feed.results.map((r) => r.id).filter((id) => id !== LIBRARY_DOC_ID && !id.startsWith('_'));
  const bases = await db.syncDocs.bulkGet(ids);
  const inStep = new Map(bases.flatMap((b) => (b ? [[b.id, b.rev] as const] : [])));
  // Documents never synced here (all of a first sync): their parts are read with them, in one request.
  const newHere = new Set(ids.filter((_, i) => !bases[i]));
  const states = await timed(
    'apply.read-mirror',
    () => readDocs<ArticleRecord | ImagesRecord>(ctx.mirror, ctx.keys, ids, inStep, newHere),
    ids.length,
  );
  const matchStart = performance.now();

  // Decrypted copies, by kind; documents that do not decrypt are left alone (and reported).
  const articles: { state: AState; remote: ArticleRecord }[] = [];
  const images: { state: IState; gid: string }[] = [];
  for (const s of states.values()) {
    if (s.undecryptable || s.newer) {
      report.bad.push(s.id);
      continue;
    }
    const copies = copiesOf(s);
    if (!copies.length) continue;
    if ('images' in copies[0]) images.push({ state: s as IState, gid: copies[0].gid });
    else articles.push({ state: s as AState, remote: mergeArticleRecords(copies as ArticleRecord[]) });
  }
  const names = await docNamesOf(ctx.keys, [...articles.map((a) => a.remote.gid), ...images.map((i) => i.gid)]);
  // A document must sit where its gid says: one moved by the server is refused.
  for (const list of [articles, images] as { state: DocState<unknown>; remote?: ArticleRecord; gid?: string }[][])
    for (let i = list.length - 1; i >= 0; i--) {
      const x = list[i];
      const n = names.get(x.remote?.gid ?? x.gid!)!;
      if (x.state.id !== (x.remote ? n.article : n.images)) {
        report.bad.push(x.state.id);
        list.splice(i, 1);
      }
    }

  // What is here: by gid, else (first arrival) by URL or canonical URL.
  const gids = [...names.keys()];
  const byGid = new Map((await db.articles.where('gid').anyOf(gids).toArray()).map((a) => [a.gid!, a]));
  // Deleted here, the delete not sent yet: the flush merges it (a delete wins over edits from elsewhere).
  const deletedHere = new Set(
    (await db.outbox.where('gid').anyOf(gids).toArray()).filter((r) => !byGid.has(r.gid!)).map((r) => r.gid!),
  );
  const urls = articles.flatMap(({ remote: r }) =>
    !isTombstone(r) && !byGid.has(r.gid) ? [r.url, ...(r.canonicalUrl ? [r.canonicalUrl] : [])] : [],
  );
  const byUrl = new Map<string, Article>();
  if (urls.length) {
    const [u, c] = await Promise.all([
      db.articles.where('url').anyOf(urls).toArray(),
      db.articles.where('canonicalUrl').anyOf(urls).toArray(),
    ]);
    for (const a of [...c, ...u]) {
      byUrl.set(a.url, a);
      if (a.canonicalUrl) byUrl.set(a.canonicalUrl, a);
    }
  }
  const matchOf = (r: LiveRecord) => byUrl.get(r.url) ?? (r.canonicalUrl ? byUrl.get(r.canonicalUrl) : undefined);
  const localIds = [
    ...[...byGid.values()].map((a) => a.id),
    ...articles.flatMap(({ remote: r }) => (!isTombstone(r) && !byGid.has(r.gid) ? [matchOf(r)?.id ?? -1] : [])),
  ].filter((id) => id >= 0);
  const [outboxRows, locals] = await Promise.all([
    db.outbox.bulkGet(localIds),
    readLocal(db, [...new Set(localIds)], ctx.syncImages),
  ]);
  const pending = new Map(localIds.map((id, i) => [id, outboxRows[i]]));
  // Matched articles: their own documents (to merge into or to retire) and whether they were ever synced.
  const matchedGids = [
    ...new Set(articles.flatMap(({ remote: r }) => (!isTombstone(r) && !byGid.has(r.gid) ? [matchOf(r)?.gid] : []))),
  ].filter((g): g is string => !!g && !names.has(g));
  const matchedNames = await docNamesOf(ctx.keys, matchedGids);
  const matchedStates = await readDocs<ArticleRecord>(
    ctx.mirror,
    ctx.keys,
    [...matchedNames.values()].map((n) => n.article),
  );
  const allNames = new Map([...names, ...matchedNames]);
  const imageIds = articles.map(({ remote: r }) => names.get(r.gid)!.images);
  const imageBases = await db.syncDocs.bulkGet(imageIds);
  const imageStates = await readDocs<ImagesRecord>(
    ctx.mirror,
    ctx.keys,
    imageIds,
    undefined,
    ctx.syncImages ? new Set(imageIds.filter((_, i) => !imageBases[i])) : undefined,
  );

  count('apply.match', performance.now() - matchStart, ids.length);
  const planStart = performance.now();
  const plans: ArticlePlan[] = [];
  const planned = new Set<number>();
  const imagesOf = async (n: DocNames, local: ArticlePlan['local'], merged: ArticleRecord, state?: IState) =>
    ctx.syncImages || isTombstone(merged)
      ? planImages(
          ctx,
          n.images,
          n.gid,
          state ?? (imageStates.get(n.images) as IState | undefined),
          local?.images,
          local && ctx.syncImages
            ? await imageNamesOf(
                ctx.keys,
                n.gid,
                local.images.map((i) => i.url),
              )
            : new Map(),
          isTombstone(merged),
        )
      : undefined;

  for (const { state, remote } of articles) {
    const n = names.get(remote.gid)!;
    const here = byGid.get(remote.gid);
    if (here) {
      if (pending.get(here.id) || planned.has(here.id)) continue; // a change here waits: the flush merges both
      planned.add(here.id);
      const local = locals.get(here.id);
      const { merged, writeMirror: write } = mergeArticle(state, undefined, false);
      const mine = localRecord(local, n.gid, n, copiesOf(state));
      plans.push({
        docId: n.article,
        state,
        merged,
        writeMirror: write,
        fresh: new Map(),
        local,
        writeLocal: !mine || !samePlaintext(merged, mine),
        extra: [],
        images: await imagesOf(n, local, merged),
      });
      continue;
    }
    if (deletedHere.has(remote.gid)) continue;
    const match = isTombstone(remote) ? undefined : matchOf(remote);
    if (match && !planned.has(match.id) && match.gid) {
      // The same article saved in both libraries: one article from now on, under the smaller gid.
      planned.add(match.id);
      const local = locals.get(match.id)!;
      const mn = allNames.get(match.gid)!;
      const ownState = matchedStates.get(mn.article) as AState | undefined;
      const everSynced = !!(await db.syncDocs.get(mn.article)) || !!ownState?.winnerRev;
      const keep = !everSynced || remote.gid < match.gid ? remote.gid : match.gid;
      const target = keep === remote.gid ? n : mn;
      const targetState = keep === remote.gid ? state : ownState;
      const known = copiesOf(targetState);
      const entry = pending.get(match.id);
      const mine = localRecord(local, keep, target, known, entry)!;
      // The other side's copies are merged in; their attachments are sealed anew for the kept document.
      const other = keep === remote.gid ? copiesOf(ownState) : [{ ...remote, gid: keep }];
      const { merged } = mergeArticle(targetState, mine, false);
      const all = mergeArticleRecords([merged, ...other.map((o) => ({ ...o, gid: keep }))]);
      const fresh = localSuppliers(local, mine as LiveRecord, known);
      // The other document's parts are sealed anew for the kept one (attachments are bound to their document).
      const source = keep === remote.gid ? { s: ownState, id: mn.article } : { s: state, id: n.article };
      for (const ref of other.flatMap(articleRefs)) {
        const rev = revHolding(source.s, articleRefs, ref);
        if (rev && !fresh.has(ref.n)) fresh.set(ref.n, () => openAttachment(ctx.mirror, ctx.keys, source.id, ref, rev));
      }
      const retire = everSynced ? (keep === remote.gid ? { s: ownState, n: mn } : { s: state, n }) : undefined;
      plans.push({
        docId: target.article,
        state: targetState,
        merged: all,
        writeMirror: !targetState?.winner || !samePlaintext(all, targetState.winner.record),
        fresh,
        local,
        writeLocal: true,
        ...(entry && { entry: { articleId: match.id, stamp: entry.stamp } }),
        extra: retire ? await tombstoneDoc(ctx, retire.s, retire.n.article, retire.n.gid) : [],
        images: await imagesOf(
          target,
          local,
          all,
          keep === remote.gid
            ? undefined
            : (await readDocs<ImagesRecord>(ctx.mirror, ctx.keys, [mn.images])).get(mn.images),
        ),
      });
      continue;
    }
    // New here (or deleted before it ever arrived).
    plans.push({
      docId: n.article,
      state,
      merged: remote,
      writeMirror: !state.winner || !samePlaintext(remote, state.winner.record),
      fresh: new Map(),
      writeLocal: !isTombstone(remote),
      extra: [],
      images: isTombstone(remote) ? undefined : await imagesOf(n, undefined, remote),
    });
  }

  // Images documents that changed on their own: taken for articles here (a union, so no waiting change matters).
  for (const { state, gid } of images) {
    const here = byGid.get(gid);
    if (!here || planned.has(here.id) || !ctx.syncImages) continue;
    planned.add(here.id);
    const n = names.get(gid)!;
    const local = locals.get(here.id) ?? (await readLocal(db, [here.id], true)).get(here.id);
    if (!local) continue;
    const mine = localRecord(local, gid, n, [])!;
    plans.push({
      docId: n.article,
      merged: mine,
      writeMirror: false,
      fresh: new Map(),
      local,
      writeLocal: false,
      extra: [],
      images: await imagesOf(n, local, mine, state),
    });
  }

  count('apply.plan', performance.now() - planStart, plans.length);
  report.written = await writeMirror(ctx, plans);
  report.bad.push(...(await fetchParts(ctx, plans)));
  const bad = new Set(report.bad);
  report.good = [...states.keys()].filter((id) => !bad.has(id));
  const { applied, left } = await timed(
    'apply.write-library',
    () => writeLibrary(db, plans, feed.last_seq),
    plans.length,
  );
  report.applied = applied;
  if (left) report.more = true;
  return report;
}

/** The mirror's latest change sequence (the checkpoint's goal). */
export async function mirrorSeq(ctx: SyncContext): Promise<number | string> {
  return (await ctx.mirror.info()).update_seq;
}

/** How many changes of the mirror this library has yet to take (an estimate for progress). */
export async function mirrorBacklog(ctx: SyncContext): Promise<number> {
  const [seq, at] = await Promise.all([mirrorSeq(ctx), mirrorCheckpoint(ctx.db)]);
  return typeof seq === 'number' ? Math.max(0, seq - (typeof at === 'number' ? at : 0)) : 0;
}
