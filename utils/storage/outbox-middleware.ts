import Dexie, {
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
  type Transaction,
} from 'dexie';
import type { Article, ArticleClocks, Highlight } from '@/utils/article';

/**
 * One article with changes that sync has not sent yet. Written by the middleware below in the same
 * transaction as the change, so nothing written in any page or the background is missed.
 */
export interface OutboxRow {
  articleId: number;
  /** The article's global id, kept here so a delete can still be sent after its row is gone. */
  gid?: string;
  /** When the article row was deleted; unset once a row with this id is written again. */
  deletedAt?: number;
  /**
   * When a row with this id was last created here (first save, Undo of a delete, a restore): sync dates the
   * article's `life` at least this late, so the re-created article wins over a delete sent before it.
   */
  bornAt?: number;
  /** Global ids of highlights deleted outright (not by a tombstone flag), with when. */
  goneHighlights?: Record<string, number>;
  /** New on every write: sync removes the row only when it still holds the change it sent. */
  stamp: string;
  at: number;
}

/** Tables whose rows sync, each mapped to the article its rows belong to. */
export const SYNCED_TABLES = ['articles', 'contents', 'originals', 'images', 'highlights'] as const;
const SYNCED = new Set<string>(SYNCED_TABLES);

/** Set on a transaction's core object by the sync engine: its writes came from the server, not the user. */
const REMOTE = Symbol('offprint-remote-write');

/**
 * Marks a Dexie transaction as the sync engine applying the server's state: its writes are neither stamped
 * nor put in the outbox (they would echo back). Call first thing inside `db.transaction(…)`.
 */
export function markRemoteTransaction(tx: Transaction): void {
  (tx.idbtrans as unknown as Record<symbol, boolean>)[REMOTE] = true;
}

/** The tag as compared by sync: trimmed, inner spaces collapsed, lower case. */
export function tagKey(tag: string): string {
  return tag.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Clocks for a row that has none yet (written before schema 4): every field dated by what the row tells. */
export function initialClocks(a: Pick<Article, 'savedAt' | 'updatedAt' | 'tags'>, at?: number): ArticleClocks {
  const t = at ?? a.updatedAt ?? a.savedAt ?? 0;
  return {
    life: at ?? a.savedAt ?? 0,
    status: t,
    favorite: t,
    title: t,
    tags: Object.fromEntries((a.tags ?? []).map((x) => [tagKey(x), [1, t] as [1, number]])),
  };
}

/**
 * The row as it will be stored: its global id kept (never changed once given) or made, and the clock of
 * every mergeable field that differs from the stored row set to `now`. A row new here keeps the clocks it
 * carries (Undo and restore put rows back exactly) or gets them from its own dates. `gidTaken`: another row
 * already holds the gid this new row carries (a copy of a row added as a new article), so it gets its own.
 */
export function stampArticle(old: Article | undefined, next: Article, now: number, gidTaken = false): Article {
  if (!old) {
    const gid = next.gid && !gidTaken ? next.gid : crypto.randomUUID();
    return { ...next, gid, clocks: next.clocks ?? initialClocks(next) };
  }
  const gid = old.gid ?? next.gid ?? crypto.randomUUID();
  const before = old.clocks ?? initialClocks(old);
  const c: ArticleClocks = { ...before, tags: { ...before.tags } };
  if (next.status !== old.status) c.status = now;
  if (next.favorite !== old.favorite) c.favorite = now;
  if (next.title !== old.title) c.title = now;
  if ((next.savedAt ?? 0) > (old.savedAt ?? 0)) c.life = now; // saved again: a later save restores
  const had = new Set((old.tags ?? []).map(tagKey));
  const has = new Set((next.tags ?? []).map(tagKey));
  for (const t of has) if (!had.has(t)) c.tags[t] = [1, now];
  for (const t of had) if (!has.has(t)) c.tags[t] = [0, now];
  return { ...next, gid, clocks: c };
}

/** A highlight as it will be stored: a global id and an edit time when it has none. */
function stampHighlight(h: Highlight, now: number): Highlight {
  if (h.gid && h.updatedAt != null) return h;
  return { ...h, gid: h.gid ?? crypto.randomUUID(), updatedAt: h.updatedAt ?? h.createdAt ?? now };
}

interface Touch {
  gid?: string;
  deletedAt?: number;
  /** The article row was written (so it exists again). */
  alive?: boolean;
  bornAt?: number;
  goneHighlights?: Record<string, number>;
}

async function allRows(table: DBCoreTable, trans: DBCoreTransaction, req: DBCoreMutateRequest) {
  if (req.type !== 'deleteRange') return null;
  const res = await table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: req.range } });
  return res.result as Record<string, unknown>[];
}

/** True when a row already holds this global id. */
async function gidInUse(table: DBCoreTable, trans: DBCoreTransaction, gid: string): Promise<boolean> {
  const index = table.schema.getIndexByKeyPath('gid');
  if (!index) return false;
  const range = { type: 1 /* DBCoreRangeType.Equal */, lower: gid, upper: gid } as const;
  return (await table.count({ trans, query: { index, range } })) > 0;
}

function okKeys(res: DBCoreMutateResponse, keys: unknown[]): unknown[] {
  return res.numFailures ? keys.filter((_, i) => !res.failures[i]) : keys;
}

/**
 * The outbox rows each transaction has written so far (this middleware writes them; a write to the outbox by
 * anyone else in the transaction drops the transaction's entry). A transaction that writes several tables of
 * the same articles (a save, a restore's bulk write: articles, contents, originals, images, highlights) reads
 * and writes each article's outbox row once, not once per table: later touches that change nothing the row
 * says are merged into what was written.
 */
const writtenRows = new WeakMap<object, Map<number, OutboxRow>>();

/** The same change for sync (the stamp and time aside). */
function sameChange(a: OutboxRow, b: OutboxRow): boolean {
  const gone = (r: OutboxRow) => JSON.stringify(Object.entries(r.goneHighlights ?? {}).sort());
  return a.gid === b.gid && a.deletedAt === b.deletedAt && a.bornAt === b.bornAt && gone(a) === gone(b);
}

/** Writes (or merges into) the outbox rows of the touched articles, inside the same transaction. */
async function touchOutbox(outbox: DBCoreTable, trans: DBCoreTransaction, touched: Map<number, Touch>, now: number) {
  if (!touched.size) return;
  let written = writtenRows.get(trans);
  if (!written) writtenRows.set(trans, (written = new Map()));
  const ids = [...touched.keys()];
  const unread = ids.filter((id) => !written.has(id));
  const stored = unread.length ? ((await outbox.getMany({ trans, keys: unread })) as (OutboxRow | undefined)[]) : [];
  const storedOf = new Map(unread.map((id, i) => [id, stored[i]]));
  const rows = ids.flatMap((articleId): OutboxRow[] => {
    const t = touched.get(articleId)!;
    const before = written.get(articleId);
    const old = before ?? storedOf.get(articleId);
    const gone = old?.goneHighlights || t.goneHighlights ? { ...old?.goneHighlights, ...t.goneHighlights } : undefined;
    const deletedAt = t.deletedAt ?? (t.alive ? undefined : old?.deletedAt);
    const bornAt = Math.max(t.bornAt ?? 0, old?.bornAt ?? 0);
    const row: OutboxRow = {
      articleId,
      ...((t.gid ?? old?.gid) && { gid: t.gid ?? old?.gid }),
      ...(deletedAt != null && { deletedAt }),
      ...(bornAt > 0 && { bornAt }),
      ...(gone && { goneHighlights: gone }),
      stamp: crypto.randomUUID(),
      at: now,
    };
    // Written earlier in this transaction with the same change: sync cannot have seen that row yet (it is
    // not committed), so it stands for this touch too.
    return before && sameChange(before, row) ? [] : [row];
  });
  if (rows.length) {
    await outbox.mutate({ trans, type: 'put', values: rows });
    for (const r of rows) written.set(r.articleId, r);
  }
  notifyOnCommit(trans);
}

const outboxListeners = new Set<() => void>();
const notified = new WeakSet<object>();

/**
 * Calls `fn` each time a transaction of this context that left changes in the outbox commits (not the sync
 * engine's own writes): sync's prompt trigger (a page wakes the background, the background starts a round).
 * Returns the function that stops it.
 */
export function onOutboxWrite(fn: () => void): () => void {
  outboxListeners.add(fn);
  return () => void outboxListeners.delete(fn);
}

function notifyOnCommit(trans: DBCoreTransaction): void {
  if (!outboxListeners.size || notified.has(trans)) return;
  notified.add(trans);
  // Dexie's IndexedDB core hands out the IDBTransaction itself.
  const idb = trans as unknown as Partial<Pick<IDBTransaction, 'addEventListener'>>;
  idb.addEventListener?.(
    'complete',
    () => {
      for (const fn of outboxListeners) fn();
    },
    { once: true },
  );
}

function touch(map: Map<number, Touch>, articleId: unknown, t: Touch = {}): void {
  if (typeof articleId !== 'number') return;
  const prev = map.get(articleId) ?? {};
  map.set(articleId, {
    gid: t.gid ?? prev.gid,
    deletedAt: t.alive ? undefined : (t.deletedAt ?? prev.deletedAt),
    alive: t.alive || (prev.alive && t.deletedAt == null),
    bornAt: Math.max(t.bornAt ?? 0, prev.bornAt ?? 0) || undefined,
    goneHighlights: t.goneHighlights ? { ...prev.goneHighlights, ...t.goneHighlights } : prev.goneHighlights,
  });
}

async function mutateArticles(outbox: DBCoreTable, table: DBCoreTable, req: DBCoreMutateRequest, now: number) {
  const trans = req.trans;
  const touched = new Map<number, Touch>();
  let res: DBCoreMutateResponse;
  if (req.type === 'add' || req.type === 'put') {
    const keys = req.values.map((v) => table.schema.primaryKey.extractKey!(v));
    const known = keys.filter((k) => k != null);
    const olds = known.length ? ((await table.getMany({ trans, keys: known })) as (Article | undefined)[]) : [];
    const oldById = new Map(known.map((k, i) => [k as number, olds[i]]));
    const fresh = req.values.map((v: Article, i) => !oldById.get(keys[i] as number));
    const taken = await Promise.all(
      req.values.map((v: Article, i) => (fresh[i] && v.gid ? gidInUse(table, trans, v.gid) : false)),
    );
    const values = req.values.map((v: Article, i) => stampArticle(oldById.get(keys[i] as number), v, now, taken[i]));
    res = await table.mutate({ ...req, values });
    values.forEach((v, i) => {
      if (!res.failures[i])
        touch(touched, res.results?.[i] ?? keys[i], { gid: v.gid, alive: true, bornAt: fresh[i] ? now : undefined });
    });
  } else {
    const gone = ((await allRows(table, trans, req)) ??
      (await table.getMany({ trans, keys: (req as { keys: unknown[] }).keys }))) as (Article | undefined)[];
    res = await table.mutate(req);
    for (const a of gone) if (a) touch(touched, a.id, { gid: a.gid, deletedAt: now });
  }
  await touchOutbox(outbox, trans, touched, now);
  return res;
}

async function mutateChildren(
  outbox: DBCoreTable,
  name: string,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  now: number,
) {
  const trans = req.trans;
  const touched = new Map<number, Touch>();
  const articleOf = (row: Record<string, unknown>, key?: unknown): unknown =>
    name === 'contents' || name === 'originals' ? (key ?? row.id) : row.articleId;
  let res: DBCoreMutateResponse;
  if (req.type === 'add' || req.type === 'put') {
    const values = name === 'highlights' ? req.values.map((h: Highlight) => stampHighlight(h, now)) : req.values;
    res = await table.mutate({ ...req, values });
    values.forEach((v, i) => !res.failures[i] && touch(touched, articleOf(v)));
  } else {
    const rows = await allRows(table, trans, req);
    const keys = rows ? null : (req as { keys: unknown[] }).keys;
    const olds: (Record<string, unknown> | undefined)[] =
      rows ?? (name === 'highlights' ? await table.getMany({ trans, keys: keys! }) : []);
    res = await table.mutate(req);
    if (name === 'highlights') {
      for (const h of olds as (Highlight | undefined)[])
        if (h) touch(touched, h.articleId, h.gid ? { goneHighlights: { [h.gid]: now } } : {});
    } else if (rows) rows.forEach((r) => touch(touched, articleOf(r)));
    else
      okKeys(res, keys!).forEach((k) =>
        touch(touched, name === 'images' ? (k as [number, string])[0] : articleOf({}, k)),
      );
  }
  await touchOutbox(outbox, trans, touched, now);
  return res;
}

/** Dexie's zone API (on Dexie.Promise, untyped): the layers below read the current transaction from the zone. */
interface Zones {
  PSD: object;
  usePSD<T>(psd: object, fn: () => T): T;
}

/**
 * The table with every call made in the caller's Dexie zone: after an await the zone is gone, and Dexie's
 * own middlewares below (hooks, cache) read the transaction from it.
 */
function zoned(table: DBCoreTable, psd: object): DBCoreTable {
  const z = Dexie.Promise as unknown as Zones;
  return {
    ...table,
    mutate: (req) => z.usePSD(psd, () => table.mutate(req)),
    getMany: (req) => z.usePSD(psd, () => table.getMany(req)),
    query: (req) => z.usePSD(psd, () => table.query(req)),
    count: (req) => z.usePSD(psd, () => table.count(req)),
  };
}

/**
 * Writes to synced tables within one transaction run one after another (Promise.all in a caller would
 * otherwise let two of them read the same outbox row and the second overwrite the first's delete).
 */
const queues = new WeakMap<object, Promise<unknown>>();
function serially<T>(trans: object, fn: () => Promise<T>): Promise<T> {
  const next = (queues.get(trans) ?? Promise.resolve()).then(fn, fn);
  queues.set(
    trans,
    next.catch(() => {}),
  );
  return next;
}

/**
 * Dexie DBCore middleware: every write to a synced table (from any page or the background) also writes the
 * article's outbox row, in the same transaction; article rows get their global id and field clocks here, so
 * every writer (save, edit, import, restore, undo) is covered without knowing about sync. Read-write
 * transactions over synced tables include the outbox table automatically.
 */
export const outboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'OffprintOutbox',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.some((s) => SYNCED.has(s)) && !stores.includes('outbox')
          ? [...stores, 'outbox']
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const downTable = down.table(name);
      if (name === 'outbox')
        return {
          ...downTable,
          mutate: (req) => {
            // Someone else writes outbox rows (sync, after sending): what this middleware wrote is no longer known.
            writtenRows.delete(req.trans);
            return downTable.mutate(req);
          },
        };
      if (!SYNCED.has(name)) return downTable;
      return {
        ...downTable,
        mutate: (req) => {
          if ((req.trans as unknown as Record<symbol, boolean>)[REMOTE]) return downTable.mutate(req);
          // Schema upgrades (v2's highlight completion) run before the outbox table exists; the global id
          // backfill after the upgrade to v4 gives their articles outbox rows.
          if ((req.trans as unknown as { mode?: string }).mode === 'versionchange') return downTable.mutate(req);
          const now = Date.now();
          const psd = (Dexie.Promise as unknown as Zones).PSD;
          const table = zoned(downTable, psd);
          const outbox = zoned(down.table('outbox'), psd);
          return serially(req.trans, () =>
            name === 'articles'
              ? mutateArticles(outbox, table, req, now)
              : mutateChildren(outbox, name, table, req, now),
          );
        },
      };
    },
  }),
};
