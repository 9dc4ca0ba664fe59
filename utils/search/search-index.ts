import Dexie from 'dexie';
import type { SearchTermsRow } from '@/utils/article';
import type { OffprintDB } from '@/utils/storage/db';
import { traceEvent } from '@/utils/lib/event-trace';
import type { KnownTerms } from './known-terms';

/**
 * The full-text index, log-structured so a save stays one cheap write:
 * - saveArticle writes the article's `searchTerms` row with a new sequence number (in its transaction);
 * - `compactSearchIndex` (the background, after saves) merges rows past the watermark into per-term
 *   posting lists stored in segments of SEGMENT ids (`postings`, key [term, seg]);
 * - a query reads a term's segments (one range read) and checks the few rows not compacted yet.
 * Deleted articles may linger in postings: results are always intersected with the article list.
 */
export const SEGMENT = 256;
/** meta keys: the sequence number of the last terms row written, and the last one merged into postings. */
export const SEQ = 'search:seq';
export const WATERMARK = 'search:compacted';

/** One segment of a term's posting list: ids of articles that contain the term. */
export interface PostingRow {
  term: string;
  seg: number;
  ids: number[];
}

const segments = (db: OffprintDB, from: string, to: string) =>
  db.postings.where('[term+seg]').between([from, Dexie.minKey], [to, Dexie.maxKey], true, true);
export const metaNum = async (db: OffprintDB, key: string) =>
  ((await db.meta.get(key))?.value as number | undefined) ?? 0;

/** The sequence number of the last terms row written (changes on every save: the background watches it). */
export function lastSeq(db: OffprintDB): Promise<number> {
  return metaNum(db, SEQ);
}

/** Writes an article's terms row with the next sequence number. Call inside the save transaction. */
export async function indexTerms(db: OffprintDB, id: number, terms: string[]): Promise<void> {
  const [old, seq] = await Promise.all([db.searchTerms.get(id), metaNum(db, SEQ)]);
  const keep = new Set(terms);
  // Terms the article lost since it was last compacted: compaction removes the id from them.
  const removed = old ? [...new Set([...(old.removed ?? []), ...old.terms])].filter((t) => !keep.has(t)) : [];
  await db.meta.put({ key: SEQ, value: seq + 1 });
  await db.searchTerms.put({ id, terms, seq: seq + 1, removed });
}

/**
 * indexTerms for many articles at once, inside the caller's transaction: one read of the old rows and
 * the sequence, one bulkPut, one sequence update (a bulk write's share of the index costs a few requests).
 * `known` gathers the rows as written, so that their merge need not read them back (see KnownTerms).
 */
export async function indexTermsBulk(
  db: OffprintDB,
  entries: { id: number; terms: string[] }[],
  known?: KnownTerms,
): Promise<void> {
  if (!entries.length) return;
  const [olds, seq] = await Promise.all([db.searchTerms.bulkGet(entries.map((e) => e.id)), metaNum(db, SEQ)]);
  const rows = entries.map(({ id, terms }, i) => {
    const old = olds[i];
    // A new article (a restore's, mostly) has no old row: no set of its terms to build.
    if (!old) return { id, terms, seq: seq + 1 + i, removed: [] };
    const keep = new Set(terms);
    const removed = [...new Set([...(old.removed ?? []), ...old.terms])].filter((t) => !keep.has(t));
    return { id, terms, seq: seq + 1 + i, removed };
  });
  await Promise.all([db.meta.put({ key: SEQ, value: seq + entries.length }), db.searchTerms.bulkPut(rows)]);
  known?.add(rows);
}

/**
 * The segments to write for adding `ids` to a term whose last segment is `last`: that one filled up to
 * SEGMENT ids, then new ones. None when every id is there already.
 */
export function appendedSegments(term: string, last: PostingRow | undefined, ids: number[]): PostingRow[] {
  let seg = last ?? { term, seg: 0, ids: [] };
  const have = new Set(seg.ids);
  const fresh = ids.filter((id) => !have.has(id));
  if (!fresh.length) return [];
  const puts: PostingRow[] = [];
  seg = { ...seg, ids: [...seg.ids] };
  for (const id of fresh) {
    if (seg.ids.length >= SEGMENT) {
      puts.push(seg);
      seg = { term, seg: seg.seg + 1, ids: [] };
    }
    seg.ids.push(id);
  }
  puts.push(seg);
  return puts;
}

async function removePostings(db: OffprintDB, id: number, terms: string[]): Promise<void> {
  await Promise.all(
    terms.map(async (term) => {
      for (const seg of await segments(db, term, term).toArray()) {
        if (!seg.ids.includes(id)) continue;
        const ids = seg.ids.filter((x) => x !== id);
        await (ids.length ? db.postings.put({ ...seg, ids }) : db.postings.delete([term, seg.seg]));
      }
    }),
  );
}

/**
 * A cursor opened per term costs about as much as reading this many keys in one scan (measured in Chromium,
 * docs/backup.md): past that ratio of posting rows to terms, the terms' last segments are found by a scan.
 */
export const CURSOR_COST = 20;
/** Keys per request of that scan. */
export const KEY_PAGE = 5_000;

/** Terms rows read per request while a compaction chunk is gathered. */
const READ = 500;

/**
 * The last segment of each term (undefined where the term has none). Few terms for the table's size (the
 * background's chunks after a save): one reverse cursor each. Many (a restore's or a sync's chunk, tens of
 * thousands of terms): one read of the keys between the first and the last term and one bulk get of the
 * last segments that exist — a cursor per term cost most of a restore's time.
 */
export async function lastSegments(
  db: OffprintDB,
  terms: string[],
  scan: boolean,
  keyPage: number,
): Promise<(PostingRow | undefined)[]> {
  if (!scan) return Promise.all(terms.map((t) => segments(db, t, t).last()));
  const sorted = [...terms].sort();
  const want = new Set(terms);
  const last = new Map<string, number>();
  // Keys come in order, so a term's last key is its last segment. Read in pages: one request for the whole
  // table would hold the origin's IndexedDB for seconds (every database's requests, sync's mirror too).
  for (let from: [string, number] | null = null; ;) {
    const page: [string, number][] = await db.postings
      .where('[term+seg]')
      .between(from ?? [sorted[0], Dexie.minKey], [sorted[sorted.length - 1], Dexie.maxKey], !from, true)
      .limit(keyPage)
      .primaryKeys();
    for (const [term, seg] of page) if (want.has(term)) last.set(term, seg);
    if (page.length < keyPage) break;
    from = page[page.length - 1];
  }
  const found = terms.filter((t) => last.has(t));
  const rows = await db.postings.bulkGet(found.map((t) => [t, last.get(t)!] as [string, number]));
  const byTerm = new Map(found.map((t, i) => [t, rows[i]]));
  return terms.map((t) => byTerm.get(t));
}

/**
 * Merges terms rows past the watermark into the posting lists, `chunk` rows per transaction; returns how many.
 * Stops early, where it can resume, when `yieldTo` says other work must go first. `keyPage`: keys per request
 * when it scans for last segments (a parameter for tests).
 */
export async function compactSearchIndex(
  db: OffprintDB,
  chunk = 200,
  yieldTo?: () => Promise<boolean>,
  keyPage = KEY_PAGE,
  timings?: Record<string, number>,
): Promise<number> {
  let total = 0;
  let t = performance.now();
  const lap = (name: string) => {
    if (!timings) return;
    const now = performance.now();
    timings[`index: ${name}`] = (timings[`index: ${name}`] ?? 0) + now - t;
    t = now;
  };
  // The table's size, counted once per call and only once there are rows to merge: counting is a walk over every
  // posting row (31,000 after a 10,000-article restore), and a call that finds nothing waiting (a restore's
  // after its own merge, the background's after each save) needs no count.
  let rowsAbout: number | null = null;
  for (;;) {
    // Between chunks (each its own transaction, so where it stops it resumes): give way to bulk work.
    if (yieldTo && (await yieldTo())) return total;
    traceEvent('compact');
    lap('other');
    const n = await db.transaction('rw', [db.searchTerms, db.postings, db.meta], async () => {
      // The chunk's rows are read READ at a time and folded into one map of term → ids: a big chunk (a
      // restore's) holds the map in memory, not every row's list of terms.
      const byTerm = new Map<string, number[]>();
      const removed: SearchTermsRow[] = [];
      let count = 0;
      let last = await metaNum(db, WATERMARK);
      while (count < chunk) {
        const want = Math.min(READ, chunk - count);
        const rows = await db.searchTerms.where('seq').above(last).limit(want).toArray();
        for (const r of rows) {
          for (const t of r.terms) (byTerm.get(t) ?? byTerm.set(t, []).get(t)!).push(r.id);
          if (r.removed?.length) removed.push(r);
        }
        count += rows.length;
        if (rows.length) last = rows[rows.length - 1].seq!;
        if (rows.length < want) break;
      }
      lap('read rows');
      if (!count) return 0;
      for (const r of removed) await removePostings(db, r.id, r.removed!);
      lap('removed');
      // Every term's last segment read at once, then one bulk write for all (not a write per term).
      const terms = [...byTerm];
      rowsAbout ??= await db.postings.count();
      const scan = terms.length * CURSOR_COST >= rowsAbout;
      const lasts = await lastSegments(
        db,
        terms.map(([t]) => t),
        scan,
        keyPage,
      );
      lap('last segments');
      const puts = terms.flatMap(([t, ids], i) => appendedSegments(t, lasts[i], ids));
      lap('build');
      if (timings) timings['index: rows put'] = (timings['index: rows put'] ?? 0) + puts.length;
      if (puts.length) await db.postings.bulkPut(puts);
      rowsAbout += puts.length; // an upper bound: some puts rewrite a segment
      await db.meta.put({ key: WATERMARK, value: last });
      lap('put');
      return count;
    });
    lap('commit');
    traceEvent('compacted', n);
    total += n;
    if (n < chunk) return total;
  }
}

/** How many terms rows wait to be compacted (counted, not read). */
export async function pendingCount(db: OffprintDB): Promise<number> {
  return db.searchTerms
    .where('seq')
    .above(await metaNum(db, WATERMARK))
    .count();
}

/** The terms rows not compacted yet (normally none or a few), read once per search. */
export interface PendingTerms {
  rows: SearchTermsRow[];
  ids: Set<number>;
}

/** Reads the rows a search must check directly (saved since the last compaction). */
export async function pendingTerms(db: OffprintDB): Promise<PendingTerms> {
  const rows = await db.searchTerms
    .where('seq')
    .above(await metaNum(db, WATERMARK))
    .toArray();
  return { rows, ids: new Set(rows.map((r) => r.id)) };
}

async function lookup(
  db: OffprintDB,
  from: string,
  to: string,
  pending: PendingTerms,
  has: (t: string) => boolean,
): Promise<number[]> {
  const out = (await segments(db, from, to).toArray()).flatMap((s) => s.ids).filter((id) => !pending.ids.has(id));
  for (const r of pending.rows) if (r.terms.some(has)) out.push(r.id);
  return out;
}

/** Ids of the articles containing a term. */
export function termIds(db: OffprintDB, term: string, pending: PendingTerms): Promise<number[]> {
  return lookup(db, term, term, pending, (t) => t === term);
}

/** Ids of the articles containing a term that starts with `prefix`. */
export function prefixIds(db: OffprintDB, prefix: string, pending: PendingTerms): Promise<number[]> {
  return lookup(db, prefix, `${prefix}\uffff`, pending, (t) => t.startsWith(prefix));
}
