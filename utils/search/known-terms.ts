import type { SearchTermsRow } from '@/utils/article';
import type { OffprintDB } from '@/utils/storage/db';
import {
  appendedSegments,
  compactSearchIndex,
  CURSOR_COST,
  KEY_PAGE,
  lastSegments,
  metaNum,
  SEQ,
  WATERMARK,
} from './search-index';

/**
 * The search terms of rows a bulk writer (a restore) has just written, gathered as the merge needs them
 * (word → article ids, in the order of their sequence numbers), so that merging them into the posting lists
 * does not read those rows back from IndexedDB: reading them back was about half of a restore's merge.
 * Only a run of rows with consecutive sequence numbers and nothing to remove (new rows) is kept; anything
 * else marks it unusable, and the merge reads the rows as the background does.
 */
export class KnownTerms {
  byTerm = new Map<string, number[]>();
  /** Sequence numbers of the first and last row gathered, and how many rows. */
  first = 0;
  last = 0;
  rows = 0;
  usable = true;

  /** Gathers rows just written (called by indexTermsBulk, inside the write's transaction). */
  add(rows: SearchTermsRow[]): void {
    for (const r of rows) {
      if (!this.usable) return;
      if (r.removed?.length || r.seq == null || (this.rows > 0 && r.seq !== this.last + 1)) {
        this.usable = false;
        this.byTerm.clear();
        return;
      }
      if (!this.rows) this.first = r.seq;
      this.last = r.seq;
      this.rows++;
      for (const t of r.terms) (this.byTerm.get(t) ?? this.byTerm.set(t, []).get(t)!).push(r.id);
    }
  }

  /** Forgets what was gathered (after a merge). */
  clear(): void {
    this.byTerm = new Map();
    this.first = this.last = this.rows = 0;
    this.usable = true;
  }
}

/** Words merged per step of mergeKnown. */
export const MERGE_STEP = 5_000;

/**
 * Merges the gathered rows into the posting lists in one transaction, when they are exactly the rows waiting
 * to be merged: the watermark is just before the first, the sequence ends at the last, and as many rows wait
 * as were gathered (a row rewritten since would have a later sequence number, a row deleted would be missing).
 * Returns how many rows it merged: 0 when it could not tell, and the rows are left to compactSearchIndex.
 */
async function mergeKnown(db: OffprintDB, known: KnownTerms, timings?: Record<string, number>): Promise<number> {
  const t0 = performance.now();
  const n = await db.transaction('rw', [db.searchTerms, db.postings, db.meta], async () => {
    const [mark, seq] = await Promise.all([metaNum(db, WATERMARK), metaNum(db, SEQ)]);
    if (mark !== known.first - 1 || seq !== known.last) return 0;
    const [waiting, rowsAbout] = await Promise.all([
      db.searchTerms.where('seq').above(mark).count(),
      db.postings.count(),
    ]);
    if (waiting !== known.rows) return 0;
    // In steps of MERGE_STEP words, in the words' order (each step's scan for last segments reads the next stretch
    // of keys, so the steps read what one scan would): a step's segments are built, written and let go, and its
    // words leave the map, instead of every word's segments being built and serialized at once (31,000 rows at
    // 10,000 articles).
    const terms = [...known.byTerm.keys()].sort();
    const scan = terms.length * CURSOR_COST >= rowsAbout;
    for (let i = 0; i < terms.length; i += MERGE_STEP) {
      const step = terms.slice(i, i + MERGE_STEP);
      const lasts = await lastSegments(db, step, scan, KEY_PAGE);
      const puts = step.flatMap((t, j) => appendedSegments(t, lasts[j], known.byTerm.get(t)!));
      for (const t of step) known.byTerm.delete(t);
      if (timings) timings['index: rows put'] = (timings['index: rows put'] ?? 0) + puts.length;
      if (puts.length) await db.postings.bulkPut(puts);
    }
    await db.meta.put({ key: WATERMARK, value: known.last });
    return known.rows;
  });
  if (timings) timings['index: from memory'] = (timings['index: from memory'] ?? 0) + performance.now() - t0;
  return n;
}

/**
 * compactSearchIndex for a bulk writer that gathered its rows' terms: merges them from memory when it can
 * (see mergeKnown), then anything still waiting (normally nothing) the usual way, `chunk` rows per transaction.
 * Returns how many rows were merged; `known` is emptied for the next rows.
 */
export async function compactKnownTerms(
  db: OffprintDB,
  known: KnownTerms,
  chunk: number,
  timings?: Record<string, number>,
): Promise<number> {
  const merged = known.usable && known.rows ? await mergeKnown(db, known, timings) : 0;
  known.clear();
  return merged + (await compactSearchIndex(db, chunk, undefined, undefined, timings));
}
