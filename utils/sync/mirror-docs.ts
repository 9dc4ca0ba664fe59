import type { LibraryKeys } from './library-keys';
import type { PouchAttachment, PouchDatabase, PouchDoc } from './pouch-types';
import { openBytes, openJson, sealBytes, sealJson, UndecryptableError } from './seal';
import type { AttachmentRef } from './sync-record';
import type { DocKind } from './doc-ids';

/** Format of the documents this build writes (a newer one is left alone, never overwritten). */
export const DOC_VERSION = 1;
/** The content type of every attachment: the server learns nothing from it. */
export const OPAQUE_TYPE = 'application/octet-stream';

/** What binds a document body or an attachment to its place (so the server cannot move or swap them). */
export const docAad = (id: string) => `offprint-doc:${id}`;
export const attAad = (id: string, ref: AttachmentRef) => `offprint-att:${id}:${ref.att}:${ref.n}`;

/** One decrypted revision of a document. */
export interface Revision<R> {
  rev: string;
  record: R;
}

/** A document in the mirror: its winning and conflicting revisions, decrypted. */
export interface DocState<R> {
  id: string;
  /** The winning leaf revision (also when it is a CouchDB deletion or does not decrypt). */
  winnerRev?: string;
  winnerDeleted: boolean;
  winner?: Revision<R>;
  /** The winning revision's attachment stubs (with their digests), reused for unchanged parts. */
  winnerAttachments?: Record<string, PouchAttachment>;
  /** The winning revision's attachments (still sealed), when read with the document (`preload`). */
  winnerData?: Record<string, Blob>;
  /** Conflicting live leaves that decrypt. */
  losers: Revision<R>[];
  /** Every conflicting live leaf (those that do not decrypt too): removed once merged. */
  loserRevs: string[];
  /** Revisions that failed to decrypt (tampered, wrong key): the document is left alone. */
  undecryptable: number;
  /** Revisions written by a newer Offprint: the document is left alone. */
  newer: number;
}

async function openDoc<R>(keys: LibraryKeys, doc: PouchDoc): Promise<R | 'undecryptable' | 'newer'> {
  if (typeof doc.v === 'number' && doc.v > DOC_VERSION) return 'newer';
  try {
    return await openJson<R>(keys.enc, { iv: doc.iv as string, ct: doc.ct as string }, docAad(doc._id));
  } catch (e) {
    if (e instanceof UndecryptableError) return 'undecryptable';
    throw e;
  }
}

/** allDocs of `ids` (in their order), the `preload` ones with their winning revision's attachments. */
async function readRows(mirror: PouchDatabase, ids: string[], preload?: Set<string>) {
  const opts = { include_docs: true, conflicts: true };
  const withData = preload ? ids.filter((id) => preload.has(id)) : [];
  if (!withData.length) return (await mirror.allDocs({ ...opts, keys: ids })).rows;
  const rest = ids.filter((id) => !preload!.has(id));
  const [a, b] = await Promise.all([
    mirror.allDocs({ ...opts, keys: withData, attachments: true, binary: true }),
    rest.length ? mirror.allDocs({ ...opts, keys: rest }) : { rows: [] },
  ]);
  const byId = new Map([...a.rows, ...b.rows].map((r) => [r.key, r]));
  return ids.map((id) => byId.get(id)!);
}

/**
 * Reads documents of the mirror with every conflicting revision, decrypted. `inStep` maps ids to the
 * revision this library already holds: such a document without conflicts is left out (nothing to do).
 * `preload`: documents whose winning revision's attachments are read with them, in the same request (new
 * here: every part of them is needed), instead of one request per part later.
 */
export async function readDocs<R>(
  mirror: PouchDatabase,
  keys: LibraryKeys,
  ids: string[],
  inStep?: Map<string, string>,
  preload?: Set<string>,
): Promise<Map<string, DocState<R>>> {
  const out = new Map<string, DocState<R>>();
  if (!ids.length) return out;
  const rows = await readRows(mirror, ids, preload);
  const wanted: { id: string; rev: string }[] = [];
  const pending: [DocState<R>, PouchDoc][] = [];
  for (const row of rows) {
    const id = row.key;
    const state: DocState<R> = { id, winnerDeleted: false, losers: [], loserRevs: [], undecryptable: 0, newer: 0 };
    if (row.value) {
      state.winnerRev = row.value.rev;
      state.winnerDeleted = !!row.value.deleted;
    }
    const doc = row.doc ?? undefined;
    state.loserRevs = doc?._conflicts ?? [];
    state.winnerAttachments = doc?._attachments;
    if (doc?._attachments && Object.values(doc._attachments).some((a) => a.data instanceof Blob)) {
      // Read with their data: keep the Blobs apart; the stubs stay stubs (reused for unchanged parts).
      state.winnerData = {};
      state.winnerAttachments = {};
      for (const [name, { data, ...stub }] of Object.entries(doc._attachments)) {
        if (data instanceof Blob) state.winnerData[name] = data;
        state.winnerAttachments[name] = stub;
      }
    }
    if (inStep && state.winnerRev && inStep.get(id) === state.winnerRev && !state.loserRevs.length) continue;
    out.set(id, state);
    if (doc && !state.winnerDeleted) pending.push([state, doc]);
    for (const rev of state.loserRevs) wanted.push({ id, rev });
  }
  const losers = wanted.length ? (await mirror.bulkGet({ docs: wanted })).results : [];
  for (const r of losers) for (const d of r.docs) if ('ok' in d && !d.ok._deleted) pending.push([out.get(r.id)!, d.ok]);
  await Promise.all(
    pending.map(async ([state, doc]) => {
      const record = await openDoc<R>(keys, doc);
      if (record === 'undecryptable') state.undecryptable++;
      else if (record === 'newer') state.newer++;
      else if (doc._rev === state.winnerRev) state.winner = { rev: doc._rev!, record };
      else state.losers.push({ rev: doc._rev!, record });
    }),
  );
  for (const s of out.values()) s.losers.sort((a, b) => (a.rev < b.rev ? -1 : 1));
  return out;
}

/** Every decrypted copy of a document (winner first). */
export const copiesOf = <R>(s: DocState<R> | undefined): R[] =>
  s ? [...(s.winner ? [s.winner.record] : []), ...s.losers.map((l) => l.record)] : [];

/** The revision holding an attachment ref (same nonce), if any. */
export function revHolding<R>(
  s: DocState<R> | undefined,
  refsOf: (r: R) => AttachmentRef[],
  ref: AttachmentRef,
): string | undefined {
  if (!s) return undefined;
  for (const c of [...(s.winner ? [s.winner] : []), ...s.losers])
    if (refsOf(c.record).some((r) => r.n === ref.n && r.att === ref.att)) return c.rev;
  return undefined;
}

/** Encrypts bytes as an attachment of document `id`. */
export async function sealAttachment(
  keys: LibraryKeys,
  id: string,
  ref: AttachmentRef,
  bytes: Uint8Array,
): Promise<PouchAttachment> {
  const sealed = await sealBytes(keys.enc, bytes, attAad(id, ref));
  return { content_type: OPAQUE_TYPE, data: new Blob([sealed as BlobPart], { type: OPAQUE_TYPE }) };
}

/**
 * Reads and decrypts an attachment from the mirror (throws UndecryptableError when it does not open); from
 * `state`'s preloaded data when it holds that revision's.
 */
export async function openAttachment(
  mirror: PouchDatabase,
  keys: LibraryKeys,
  id: string,
  ref: AttachmentRef,
  rev: string,
  state?: Pick<DocState<unknown>, 'winnerRev' | 'winnerData'>,
): Promise<Uint8Array> {
  const pre = state?.winnerRev === rev ? state.winnerData?.[ref.att] : undefined;
  const blob = pre ?? (await mirror.getAttachment(id, ref.att, { rev }));
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return openBytes(keys.enc, bytes, attAad(id, ref));
}

/**
 * The attachments of a new revision: a stub for each ref the winning revision already holds, the sealed
 * bytes of a losing revision copied as they are, and fresh content sealed from `fresh` (by nonce).
 * Fresh refs get their size here. Attachments no ref points at are dropped.
 */
export async function attachmentsFor<R>(
  mirror: PouchDatabase,
  keys: LibraryKeys,
  state: DocState<R> | undefined,
  id: string,
  refs: AttachmentRef[],
  refsOf: (r: R) => AttachmentRef[],
  fresh: Map<string, () => Promise<Uint8Array>>,
): Promise<Record<string, PouchAttachment>> {
  const out: Record<string, PouchAttachment> = {};
  await Promise.all(
    refs.map(async (ref) => {
      const supply = fresh.get(ref.n);
      if (supply) {
        const bytes = await supply();
        ref.len = bytes.length;
        out[ref.att] = await sealAttachment(keys, id, ref, bytes);
        return;
      }
      const stub = state?.winnerAttachments?.[ref.att];
      if (stub && state?.winner && refsOf(state.winner.record).some((r) => r.n === ref.n && r.att === ref.att)) {
        out[ref.att] = { ...stub, stub: true };
        return;
      }
      const rev = revHolding(state, refsOf, ref);
      if (!rev) throw new Error(`attachment ${ref.att} is in no revision of ${id}`);
      out[ref.att] = { content_type: OPAQUE_TYPE, data: await mirror.getAttachment(id, ref.att, { rev }) };
    }),
  );
  return out;
}

/** A new encrypted revision of a document (the record sealed, with its attachments). */
export async function sealDoc(
  keys: LibraryKeys,
  id: string,
  kind: DocKind,
  record: unknown,
  parentRev: string | undefined,
  attachments: Record<string, PouchAttachment>,
): Promise<PouchDoc> {
  const s = await sealJson(keys.enc, record, docAad(id));
  return {
    _id: id,
    ...(parentRev && { _rev: parentRev }),
    t: kind,
    v: DOC_VERSION,
    iv: s.iv,
    ct: s.ct,
    ...(Object.keys(attachments).length && { _attachments: attachments }),
  };
}

/** Revisions that remove the losing leaves of a document (after their content was merged). */
export const removals = (id: string, revs: string[]): PouchDoc[] =>
  revs.map((rev) => ({ _id: id, _rev: rev, _deleted: true }));
