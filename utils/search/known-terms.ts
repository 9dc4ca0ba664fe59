import type { SearchTermsRow } from '@/utils/article';
import type { OffprintDB } from '@/utils/storage/db';
import {
  appendedSegments,
  compactSearchIndex,
  CURSOR_COST,
  KEY_PAGE,
  lastSegments,
  metaNum,
  SEGMENT,
  SEQ,
  WATERMARK,
  type PostingRow,
} from './search-index';

/** Bytes per chunk of KnownTerms' store: 1 MB each (at 10,000 articles, about 5 MB in all). */
const CHUNK = 1 << 20;

/** Writes `v` (0 ≤ v < 2³²) at `at` as an unsigned LEB128 varint (7 bits a byte, low first); returns where it ends. */
function putVarint(out: Uint8Array, at: number, v: number): number {
  while (v > 0x7f) {
    out[at++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[at++] = v;
  return at;
}

/**
 * The search terms of rows a bulk writer (a restore) has just written, gathered as the merge needs them
 * (word → article ids, in the order of their sequence numbers), so that merging them into the posting lists
 * does not read those rows back from IndexedDB: reading them back was about half of a restore's merge.
 * Only a run of rows with consecutive sequence numbers and nothing to remove (new rows) is kept; anything
 * else marks it unusable, and the merge reads the rows as the background does.
 * Each distinct word is held once (numbered in `words`); each row as its article id, its count of words and their
 * numbers in ascending order, each but the first as its difference from the one before, all as varints in a few
 * large byte arrays (session 34; one Uint32 a number until then, ~17 MB at 10,000 articles, live until the merge).
 * Typed arrays since session 28: a JS array of ids per word, grown one id at a time, was ~25 MB of the page's live
 * heap at 10,000 articles, and each growth left the old array behind as garbage.
 */
export class KnownTerms {
  /** Distinct words gathered, and each one's number (its index there). */
  words: string[] = [];
  private numbers = new Map<string, number>();
  /** The rows, encoded as said above (a row never spans two chunks); `fill` of each used. */
  private chunks: Uint8Array[] = [];
  private fill: number[] = [];
  /** A row's word numbers, sorted here before they are encoded. */
  private scratch = new Uint32Array(1024);
  /** Sequence numbers of the first and last row gathered, and how many rows. */
  first = 0;
  last = 0;
  rows = 0;
  usable = true;

  /** `chunk`: bytes per array of the rows' store (tests make it small). */
  constructor(private readonly chunk = CHUNK) {}

  /** Gathers rows just written (called by indexTermsBulk, inside the write's transaction). */
  add(rows: SearchTermsRow[]): void {
    for (const r of rows) {
      if (!this.usable) return;
      if (r.removed?.length || r.seq == null || (this.rows > 0 && r.seq !== this.last + 1)) {
        this.clear();
        this.usable = false;
        return;
      }
      if (!this.rows) this.first = r.seq;
      this.last = r.seq;
      this.rows++;
      const count = r.terms.length;
      if (this.scratch.length < count) this.scratch = new Uint32Array(count);
      for (let i = 0; i < count; i++) {
        const t = r.terms[i];
        let n = this.numbers.get(t);
        if (n === undefined) {
          n = this.words.length;
          this.words.push(t);
          this.numbers.set(t, n);
        }
        this.scratch[i] = n;
      }
      const sorted = this.scratch.subarray(0, count).sort();
      const need = 5 * (2 + count); // a varint of a number under 2³² takes at most 5 bytes
      let c = this.chunks.length - 1;
      if (c < 0 || this.fill[c] + need > this.chunks[c].length) {
        this.chunks.push(new Uint8Array(Math.max(this.chunk, need)));
        this.fill.push(0);
        c++;
      }
      const chunk = this.chunks[c];
      let at = putVarint(chunk, this.fill[c], r.id);
      at = putVarint(chunk, at, count);
      let before = 0;
      for (const n of sorted) {
        at = putVarint(chunk, at, n - before);
        before = n;
      }
      this.fill[c] = at;
    }
  }

  /** Calls `each` with every (row id, word number) gathered, in the rows' order. */
  private forEach(each: (id: number, word: number) => void): void {
    this.chunks.forEach((chunk, c) => {
      let i = 0;
      const next = () => {
        let v = 0;
        let scale = 1;
        let b: number;
        do {
          b = chunk[i++];
          v += (b & 0x7f) * scale;
          scale *= 128;
        } while (b & 0x80);
        return v;
      };
      while (i < this.fill[c]) {
        const id = next();
        let word = 0;
        for (let k = next(); k > 0; k--) each(id, (word += next()));
      }
    });
  }

  /**
   * Word number → the ids of the rows holding it, in the rows' order: `ids.subarray(start[w], start[w + 1])`.
   * Lets go of the rows' store (the words stay until `clear`).
   */
  invert(): { start: Uint32Array; ids: Uint32Array } {
    const n = this.words.length;
    const start = new Uint32Array(n + 1);
    this.forEach((_id, w) => start[w + 1]++);
    for (let w = 0; w < n; w++) start[w + 1] += start[w];
    const ids = new Uint32Array(start[n]);
    const at = start.slice(0, n);
    this.forEach((id, w) => (ids[at[w]++] = id));
    this.chunks = [];
    this.fill = [];
    return { start, ids };
  }

  /** Forgets what was gathered (after a merge). */
  clear(): void {
    this.words = [];
    this.numbers = new Map();
    this.chunks = [];
    this.fill = [];
    this.first = this.last = this.rows = 0;
    this.usable = true;
  }
}

/**
 * appendedSegments for a word with no posting row yet (every word of a restore into an empty library): its ids
 * cut into segments straight from the typed array, without the copies and the set appendedSegments makes to
 * skip ids already in a last segment (the merge's build was 1.4 s of a 10,000-article restore's last 8 s).
 */
function newSegments(term: string, ids: Uint32Array): PostingRow[] {
  const puts: PostingRow[] = [];
  for (let i = 0; i < ids.length; i += SEGMENT)
    puts.push({ term, seg: i / SEGMENT, ids: Array.from(ids.subarray(i, i + SEGMENT)) });
  return puts;
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
    // The checks' four reads go at once (the count of rows waiting counts from where the gathered rows must start:
    // if the watermark is elsewhere the merge stops anyway), and this thread inverts and sorts the words while
    // IndexedDB answers them (until session 31: two round trips, then the inversion with IndexedDB idle).
    const asked = Promise.all([
      metaNum(db, WATERMARK),
      metaNum(db, SEQ),
      db.searchTerms
        .where('seq')
        .above(known.first - 1)
        .count(),
      db.postings.count(),
    ]);
    // In steps of MERGE_STEP words, in the words' order (each step's scan for last segments reads the next stretch
    // of keys, so the steps read what one scan would): a step's segments are built, written and let go, instead of
    // every word's segments being built and serialized at once (31,000 rows at 10,000 articles).
    const { words } = known;
    const { start, ids } = known.invert();
    const order = words.map((_w, n) => n).sort((a, b) => (words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : 0));
    const [mark, seq, waiting, rowsAbout] = await asked;
    if (mark !== known.first - 1 || seq !== known.last || waiting !== known.rows) return 0;
    const scan = order.length * CURSOR_COST >= rowsAbout;
    const stepAt = (i: number) => order.slice(i, i + MERGE_STEP);
    const lastsOf = (step: number[]) =>
      lastSegments(
        db,
        step.map((n) => words[n]),
        scan,
        KEY_PAGE,
      );
    // Each step is built while the step before is written (since session 29; one after the other until then, the
    // page and IndexedDB each idle while the other worked): its last segments are asked for before the step before
    // is sent (a transaction's requests are answered in order, and the steps' words do not overlap), and its puts
    // are sent once the step before is written, so one step's rows are in flight at a time, as before.
    let writing: Promise<unknown> = Promise.resolve();
    let lasts = lastsOf(stepAt(0));
    // Each is awaited in its turn; a failure aborts the transaction meanwhile (never an unhandled rejection).
    const quiet = (p: Promise<unknown>) => void p.catch(() => undefined);
    quiet(lasts);
    for (let i = 0; i < order.length; i += MERGE_STEP) {
      const step = stepAt(i);
      const found = await lasts;
      const t = performance.now();
      const puts = step.flatMap((n, j) => {
        const mine = ids.subarray(start[n], start[n + 1]);
        return found[j] ? appendedSegments(words[n], found[j], [...mine]) : newSegments(words[n], mine);
      });
      if (timings) {
        timings['index: rows put'] = (timings['index: rows put'] ?? 0) + puts.length;
        timings['index: build'] = (timings['index: build'] ?? 0) + performance.now() - t;
      }
      await writing;
      if (i + MERGE_STEP < order.length) quiet((lasts = lastsOf(stepAt(i + MERGE_STEP))));
      writing = puts.length ? db.postings.bulkPut(puts) : Promise.resolve();
      quiet(writing);
    }
    await writing;
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
