import type { ArticleImage } from '@/utils/article';
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import { mergeArticleRecords, mergeImagesRecords } from './merge-records';
import { attachmentsFor, copiesOf, openAttachment, removals, sealDoc, type DocState } from './mirror-docs';
import type { PouchDoc } from './pouch-types';
import { contentAtOf, imagesRecordOf, recordOfLocal, tombstoneOf, type LocalArticle } from './local-record';
import {
  isTombstone,
  samePlaintext,
  type ArticleRecord,
  type AttachmentRef,
  type ImageRecord,
  type ImagesRecord,
  type LiveRecord,
} from './sync-record';
import { MAX_ATTACHMENT_BYTES, type SyncContext } from './sync-context';
import { UndecryptableError } from './seal';
import { mapLimit } from '@/utils/lib/map-limit';
import { timed } from '@/utils/lib/phase-timings';

/** Articles whose parts are read and decrypted at once (bounded: their bodies and images are in memory). */
const DECRYPT_PARALLEL = 6;

export const articleRefs = (r: ArticleRecord): AttachmentRef[] =>
  isTombstone(r) ? [] : [...(r.body ? [r.body] : []), ...(r.original ? [r.original] : [])];
export const imageRefs = (r: ImagesRecord): AttachmentRef[] => Object.values(r.images ?? {});

/** The images document of one article, merged. */
export interface ImagesPlan {
  docId: string;
  state?: DocState<ImagesRecord>;
  merged?: ImagesRecord;
  writeMirror: boolean;
  /** Remove the images document (its article was deleted). */
  remove: boolean;
  fresh: Map<string, () => Promise<Uint8Array>>;
  /** Images to take into this library (not here yet). */
  take: ImageRecord[];
  newRev?: string;
  rows?: Omit<ArticleImage, 'articleId'>[];
}

/** What to do for one article: the merged record, what to write to the mirror and to this library. */
export interface ArticlePlan {
  docId: string;
  state?: DocState<ArticleRecord>;
  merged: ArticleRecord;
  writeMirror: boolean;
  fresh: Map<string, () => Promise<Uint8Array>>;
  /** The article's rows here, if it is here. */
  local?: LocalArticle;
  /** Write the merged record into this library (it differs from what is here). */
  writeLocal: boolean;
  /** The outbox row this plan answers: removed when unchanged since it was read. */
  entry?: { articleId: number; stamp: string };
  /** Keep (rewrite) the outbox row with the merged gid: the flush still has to send local content. */
  keepEntry?: boolean;
  /** Other documents to write with this one (the tombstone of a duplicate). */
  extra: PouchDoc[];
  images?: ImagesPlan;
  /** Filled by commitPlans. */
  newRev?: string;
  /** The mirror write failed (it moved on meanwhile): the next round merges again. */
  failed?: boolean;
  /** A part did not decrypt: nothing is written here for it (reported, not retried until it changes). */
  broken?: boolean;
  body?: { html: string; text: string };
  original?: Uint8Array;
}

/**
 * The bytes of a body attachment: `{html, text}` as gzip-compressed JSON (fflate, in one step: an article's
 * body is small, and a stream per body costs more in hops through a busy event loop than the compression).
 */
export const bodyBytes = async (html: string, text: string) => gzipSync(strToU8(JSON.stringify({ html, text })));

/** The `{html, text}` of a body attachment's bytes (anything else, or bytes that are not gzip: undecryptable). */
function bodyOf(bytes: Uint8Array): { html: string; text: string } {
  let json: { html?: unknown; text?: unknown };
  try {
    json = JSON.parse(strFromU8(gunzipSync(bytes))) as typeof json;
  } catch {
    throw new UndecryptableError('body');
  }
  if (typeof json?.html !== 'string' || typeof json.text !== 'string') throw new UndecryptableError('body');
  return { html: json.html, text: json.text };
}

/** Fresh-content suppliers for a local article's new refs. */
export function localSuppliers(
  l: LocalArticle,
  rec: LiveRecord,
  known: ArticleRecord[],
): Map<string, () => Promise<Uint8Array>> {
  const fresh = new Map<string, () => Promise<Uint8Array>>();
  const knownRefs = new Set(known.flatMap(articleRefs).map((r) => r.n));
  if (rec.body && !knownRefs.has(rec.body.n) && l.content) {
    const { html, text } = l.content;
    fresh.set(rec.body.n, () => bodyBytes(html, text));
  }
  if (rec.original && !knownRefs.has(rec.original.n) && l.original) {
    const gz = l.original.gzip;
    fresh.set(rec.original.n, async () => gz);
  }
  return fresh;
}

/**
 * Merges an article's copies (the mirror's revisions and, when given, this library's pending change).
 * `linear`: this library's change follows the last revision it synced with no concurrent edit.
 */
export function mergeArticle(
  state: DocState<ArticleRecord> | undefined,
  local: ArticleRecord | undefined,
  linear: boolean,
): { merged: ArticleRecord; writeMirror: boolean } {
  const copies = copiesOf(state);
  const all = [...(local ? [local] : []), ...copies];
  const merged = mergeArticleRecords(all, linear && local && !isTombstone(local) ? { progress: local.progress } : {});
  const writeMirror = !state?.winner || !samePlaintext(merged, state.winner.record);
  return { merged, writeMirror };
}

/** Builds the local record of an article here, or its tombstone when deleted here. */
export function localRecord(
  l: LocalArticle | undefined,
  gid: string,
  names: { body: string; original: string },
  known: ArticleRecord[],
  entry?: { bornAt?: number; goneHighlights?: Record<string, number>; deletedAt?: number },
): ArticleRecord | undefined {
  if (l) return recordOfLocal({ ...l, article: { ...l.article, gid } }, names, known, entry);
  if (entry?.deletedAt) return tombstoneOf(gid, entry.deletedAt);
  return undefined;
}

/** Plans the images document of an article: local images (when image sync is on) merged with the mirror's. */
export async function planImages(
  ctx: SyncContext,
  docId: string,
  gid: string,
  state: DocState<ImagesRecord> | undefined,
  local: ArticleImage[] | undefined,
  names: Map<string, string>,
  articleGone: boolean,
): Promise<ImagesPlan> {
  const live = state?.winnerRev && !state.winnerDeleted;
  if (articleGone) return { docId, state, writeMirror: false, remove: !!live, fresh: new Map(), take: [] };
  const copies = copiesOf(state);
  // An article without images has no images document (most articles: a first sync sends half the documents).
  const mine = local?.length && ctx.syncImages ? imagesRecordOf(gid, local, names, copies) : undefined;
  const all = [...(mine ? [mine] : []), ...copies];
  if (!all.length) return { docId, state, writeMirror: false, remove: false, fresh: new Map(), take: [] };
  const merged = mergeImagesRecords(all);
  const knownRefs = new Set(copies.flatMap(imageRefs).map((r) => r.n));
  const fresh = new Map<string, () => Promise<Uint8Array>>();
  for (const im of local ?? []) {
    const ref = mine?.images[im.url];
    if (ref && !knownRefs.has(ref.n) && merged.images[im.url]?.n === ref.n)
      fresh.set(ref.n, async () => new Uint8Array(await im.blob.arrayBuffer()));
  }
  const have = new Map((local ?? []).map((im) => [im.url, im]));
  const take = ctx.syncImages
    ? Object.values(merged.images).filter((im) => {
        const h = have.get(im.url);
        return !h || (h.savedAt !== im.savedAt && im.savedAt > h.savedAt);
      })
    : [];
  return {
    docId,
    state,
    merged,
    writeMirror: !state?.winner || !samePlaintext(merged, state.winner.record),
    remove: false,
    fresh,
    take,
  };
}

type Owned = { doc: PouchDoc; plan: ArticlePlan; main: boolean; images?: boolean };

/** Writes the plans' documents to the mirror in one bulk request; marks plans whose write failed. */
export async function writeMirror(ctx: SyncContext, plans: ArticlePlan[]): Promise<number> {
  // Each plan's documents are sealed (encrypted) with a few plans at once; the bulk write keeps their order.
  const owned = (
    await timed('mirror.seal', () => mapLimit(plans, DECRYPT_PARALLEL, (p) => sealPlan(ctx, p)), plans.length)
  ).flat();
  if (!owned.length) return 0;
  const results = await timed('mirror.write', () => ctx.mirror.bulkDocs(owned.map((o) => o.doc)), owned.length);
  let written = 0;
  results.forEach((r, i) => {
    const { plan, main, images } = owned[i];
    if ('ok' in r && r.ok) {
      if (main && images) plan.images!.newRev = r.rev;
      else if (main) plan.newRev = r.rev;
      if (main) written++;
    } else plan.failed = true; // e.g. 409: the mirror moved on meanwhile; the next round merges again
  });
  return written;
}

/** One plan's documents for the mirror: its article (sealed anew when it changed), images, removals. */
async function sealPlan(ctx: SyncContext, p: ArticlePlan): Promise<Owned[]> {
  const out: Owned[] = [];
  const push = (doc: PouchDoc, main: boolean, images?: boolean) => out.push({ doc, plan: p, main, images });
  const s = p.state;
  if (s && (s.undecryptable || s.newer)) return out;
  if (p.writeMirror) {
    const refs = articleRefs(p.merged);
    const atts = await attachmentsFor(ctx.mirror, ctx.keys, s, p.docId, refs, articleRefs, p.fresh);
    push(await sealDoc(ctx.keys, p.docId, 'a', p.merged, s?.winnerRev, atts), true);
  }
  for (const d of removals(p.docId, s?.loserRevs ?? [])) push(d, false);
  for (const d of p.extra) push(d, false);
  const im = p.images;
  if (!im || (im.state && (im.state.undecryptable || im.state.newer))) return out;
  if (im.remove && im.state?.winnerRev)
    for (const d of removals(im.docId, [im.state.winnerRev, ...im.state.loserRevs])) push(d, false, true);
  else if (im.merged) {
    if (im.writeMirror) {
      const refs = imageRefs(im.merged);
      const atts = await attachmentsFor(ctx.mirror, ctx.keys, im.state, im.docId, refs, imageRefs, im.fresh);
      push(await sealDoc(ctx.keys, im.docId, 'i', im.merged, im.state?.winnerRev, atts), true, true);
    }
    for (const d of removals(im.docId, im.state?.loserRevs ?? [])) push(d, false, true);
  }
  return out;
}

const tooBig = (ref: AttachmentRef) => !(ref.len >= 0 && ref.len <= MAX_ATTACHMENT_BYTES);

/** The revision that now holds a plan's attachment. */
const holder = (p: { newRev?: string; state?: DocState<unknown> }) => p.newRev ?? p.state?.winnerRev;

/**
 * Downloads and decrypts what this library lacks of the merged records (bodies, originals, images), before
 * the write transaction opens. A part that does not decrypt marks its plan failed (nothing written for it).
 */
export function fetchParts(ctx: SyncContext, plans: ArticlePlan[]): Promise<string[]> {
  return timed('mirror.open-parts', () => openParts(ctx, plans), plans.length);
}

async function openParts(ctx: SyncContext, plans: ArticlePlan[]): Promise<string[]> {
  const bad: string[] = [];
  // Several articles at once (reads from IndexedDB and WebCrypto overlap), a bounded number in flight.
  await mapLimit(plans, DECRYPT_PARALLEL, async (p) => {
    if (p.failed) return;
    const m = p.merged;
    const rev = holder(p);
    const l = p.local;
    if (p.writeLocal && !isTombstone(m))
      try {
        if (m.body && (!l?.content || contentAtOf(l) !== m.contentAt)) {
          if (tooBig(m.body)) throw new UndecryptableError('body');
          p.body = bodyOf(await openAttachment(ctx.mirror, ctx.keys, p.docId, m.body, rev!, p.state));
        }
        const o = m.original;
        if (o && (!l?.original || l.original.savedAt !== o.savedAt || l.original.length !== o.length)) {
          if (tooBig(o)) throw new UndecryptableError('original');
          p.original = await openAttachment(ctx.mirror, ctx.keys, p.docId, o, rev!, p.state);
        }
      } catch (e) {
        if (!(e instanceof UndecryptableError) && !(e instanceof SyntaxError)) throw e;
        p.broken = true;
        p.writeLocal = false;
        bad.push(p.docId);
        return;
      }
    const im = p.images;
    if (!im?.take.length) return;
    const rows = await Promise.all(
      im.take.map(async (ref) => {
        try {
          if (tooBig(ref)) throw new UndecryptableError('image');
          const bytes = await openAttachment(ctx.mirror, ctx.keys, im.docId, ref, holder(im)!, im.state);
          return {
            url: ref.url,
            blob: new Blob([bytes as BlobPart], { type: ref.type }),
            type: ref.type,
            bytes: ref.bytes,
            width: ref.width,
            height: ref.height,
            savedAt: ref.savedAt,
          };
        } catch (e) {
          if (!(e instanceof UndecryptableError)) throw e;
          return null; // the other images and the article still arrive
        }
      }),
    );
    im.rows = rows.filter((r) => r !== null);
    if (im.rows.length < rows.length) bad.push(im.docId);
  });
  return bad;
}
