import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';
import { compactSearchIndex, indexTermsBulk, pendingTerms, SEGMENT, termIds } from '@/utils/search/search-index';
import { compactKnownTerms, KnownTerms, MERGE_STEP } from '@/utils/search/known-terms';
import { makeArticle } from '../../helpers/make-article';

let db: OffprintDB;
beforeEach(() => {
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
});

/** Words shared by many rows (their segments fill up and roll over) and words of one row each. */
const words = (i: number) => ['shared', `common${i % 3}`, i % 2 ? 'odd' : 'even', `unique${i}`];
const entries = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, k) => ({ id: from + k, terms: words(from + k) }));
/** Writes terms rows as a bulk writer does (inside its transaction), gathering them in `known` when given. */
const write = (d: OffprintDB, list: { id: number; terms: string[] }[], known?: KnownTerms) =>
  d.transaction('rw', d.searchTerms, d.meta, () => indexTermsBulk(d, list, known));
const dump = async (d: OffprintDB) =>
  (await d.postings.toArray()).map((r) => `${r.term}/${r.seg}:${r.ids.join(',')}`).sort();
const ids = async (d: OffprintDB, term: string) =>
  [...new Set(await termIds(d, term, await pendingTerms(d)))].sort((a, b) => a - b);

describe('KnownTerms', () => {
  it('gives each word the ids of the rows holding it, in their order, across chunks of its store', () => {
    const known = new KnownTerms(40); // up to 5 bytes a number: some rows share a chunk, one is larger than a chunk
    const rows = [
      { id: 5, terms: ['a', 'b'] },
      { id: 6, terms: [] },
      { id: 7, terms: ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'a'] },
      { id: 9, terms: ['a', 'c'] },
      { id: 2, terms: ['c'] },
    ];
    known.add(rows.map((r, i) => ({ ...r, seq: 10 + i, removed: [] })));
    expect(known).toMatchObject({ first: 10, last: 14, rows: 5, usable: true });
    const { start, ids } = known.invert();
    const byWord = Object.fromEntries(known.words.map((w, n) => [w, [...ids.subarray(start[n], start[n + 1])]]));
    expect(byWord).toEqual({ a: [5, 7, 9], b: [5, 7], c: [7, 9, 2], d: [7], e: [7], f: [7], g: [7], h: [7] });
  });

  it('keeps ids and word numbers of every size, and a word a row holds twice, through its varints', () => {
    const known = new KnownTerms(64);
    // 20,000 words: numbers past one and two varint bytes; ids up to 2³² − 1; rows of shuffled words.
    const vocabulary = Array.from({ length: 20_000 }, (_, i) => `w${i}`);
    const rows = [1, 127, 128, 16_383, 16_384, 2 ** 31, 2 ** 32 - 1].map((id, k) => ({
      id,
      terms: vocabulary.filter((_w, i) => (i * 7919 + k) % (k + 2) === 0).reverse(),
    }));
    rows.push({ id: 3, terms: ['w5', 'w19999', 'w5', 'w0'] });
    known.add(rows.map((r, i) => ({ ...r, seq: 1 + i, removed: [] })));
    const { start, ids } = known.invert();
    const want = new Map<string, number[]>();
    for (const r of rows) for (const t of r.terms) want.set(t, [...(want.get(t) ?? []), r.id]);
    const got = new Map(known.words.map((w, n) => [w, [...ids.subarray(start[n], start[n + 1])]]));
    expect(got).toEqual(want);
  });

  it('keeps nothing once a row breaks the run', () => {
    const known = new KnownTerms();
    known.add([{ id: 1, terms: ['a'], seq: 1, removed: [] }]);
    known.add([{ id: 2, terms: ['b'], seq: 3, removed: [] }]);
    expect(known.usable).toBe(false);
    expect(known.words).toEqual([]);
  });
});

describe('compactKnownTerms', () => {
  it('merges rows from memory into the same posting lists as reading them back, without reading them', async () => {
    const n = SEGMENT * 2 + 30;
    // Read back, as the background does.
    const other = new OffprintDB(`test-${crypto.randomUUID()}`);
    await write(other, entries(1, 100));
    await compactSearchIndex(other, 1000);
    await write(other, entries(100, n));
    await compactSearchIndex(other, 1000);
    // From memory: an index that already holds segments, then two bulk writes merged at once.
    await write(db, entries(1, 100));
    await compactSearchIndex(db, 1000);
    const known = new KnownTerms();
    await write(db, entries(100, 300), known);
    await write(db, entries(300, n), known);
    const reads = vi.spyOn(db.searchTerms, 'where');
    expect(await compactKnownTerms(db, known, 1000)).toBe(n - 100);
    // The rows were not read back: the only look at searchTerms counts them (plus the final empty check).
    expect(reads.mock.calls.length).toBeLessThanOrEqual(2);
    reads.mockRestore();
    expect((await pendingTerms(db)).rows).toEqual([]);
    expect(await dump(db)).toEqual(await dump(other));
    expect(await ids(db, 'shared')).toHaveLength(n - 1);
    expect(known.rows).toBe(0);
  });

  it('merges many words in steps of MERGE_STEP words, each written apart, into the same posting lists', async () => {
    const n = MERGE_STEP + 500; // n - 1 words of one row each, and six shared ones: two steps
    const other = new OffprintDB(`test-${crypto.randomUUID()}`);
    await write(other, entries(1, n));
    await compactSearchIndex(other, n);
    const known = new KnownTerms();
    await write(db, entries(1, n), known);
    const puts = vi.spyOn(db.postings, 'bulkPut');
    expect(await compactKnownTerms(db, known, n)).toBe(n - 1);
    // Until session 26 one bulkPut took every word's segments (all built and held at once).
    expect(puts.mock.calls.map((c) => c[0].length)).toHaveLength(2);
    puts.mockRestore();
    expect(await dump(db)).toEqual(await dump(other));
    expect(known.words).toHaveLength(0);
  });

  it('builds each step while the step before is written, into the same posting lists (session 29)', async () => {
    const n = MERGE_STEP + 600; // two steps; the index already holds segments of words in both
    const other = new OffprintDB(`test-${crypto.randomUUID()}`);
    for (const d of [other, db]) {
      await write(d, entries(1, 100));
      await compactSearchIndex(d, 1000);
    }
    await write(other, entries(100, n));
    await compactSearchIndex(other, n);
    const known = new KnownTerms();
    await write(db, entries(100, n), known);
    const reads = vi.spyOn(db.postings, 'where');
    const puts = vi.spyOn(db.postings, 'bulkPut');
    expect(await compactKnownTerms(db, known, n)).toBe(n - 100);
    const calls = [
      ...reads.mock.invocationCallOrder.map((at) => [at, 'read'] as const),
      ...puts.mock.invocationCallOrder.map((at) => [at, 'put'] as const),
    ]
      .sort((a, b) => a[0] - b[0])
      .map(([, call]) => call);
    reads.mockRestore();
    puts.mockRestore();
    // The second step's last segments are asked for before the first step's rows are sent, so they are built while
    // those are written (until session 29: read, put, read, put).
    expect(calls).toEqual(['read', 'read', 'put', 'put']);
    expect(await dump(db)).toEqual(await dump(other));
  });

  it('counts the posting rows once per merge, and not at all when nothing waits (session 31)', async () => {
    const known = new KnownTerms();
    await write(db, entries(1, SEGMENT + 10), known);
    const counts = vi.spyOn(db.postings, 'count');
    expect(await compactKnownTerms(db, known, 1000)).toBe(SEGMENT + 9);
    // The merge from memory counts once; the look for rows still waiting after it found none and counted nothing
    // (a count walks every posting row: until session 31 each call counted before it looked).
    expect(counts).toHaveBeenCalledTimes(1);
    expect(await compactSearchIndex(db)).toBe(0);
    expect(counts).toHaveBeenCalledTimes(1);
    await write(db, entries(SEGMENT + 10, SEGMENT + 20));
    expect(await compactSearchIndex(db)).toBe(10);
    expect(counts).toHaveBeenCalledTimes(2);
    counts.mockRestore();
    expect(await ids(db, 'shared')).toHaveLength(SEGMENT + 19);
  });

  it('reads the rows back when another row was written among them (a save in another tab)', async () => {
    const known = new KnownTerms();
    await write(db, entries(1001, 1050), known);
    const { id } = await saveArticle(makeArticle('https://x.example/saved', 'glacier melt', { title: 'T' }), db);
    await write(db, entries(1050, 1100), known);
    expect(known.usable).toBe(false); // its sequence numbers are not one run
    expect(await compactKnownTerms(db, known, 1000)).toBe(100);
    expect((await pendingTerms(db)).rows).toEqual([]);
    expect(await ids(db, 'glacier')).toEqual([id]);
    expect(await ids(db, 'unique1075')).toEqual([1075]);
  });

  it('reads the rows back when one of them was written again after it was gathered', async () => {
    const known = new KnownTerms();
    await write(db, entries(1, 50), known);
    expect(known.usable).toBe(true);
    // Row 7 rewritten outside the gathering: it lost "unique7", it has "glacier".
    await write(db, [{ id: 7, terms: ['shared', 'glacier'] }]);
    expect(await compactKnownTerms(db, known, 1000)).toBe(49);
    expect(await ids(db, 'unique7')).toEqual([]);
    expect(await ids(db, 'glacier')).toEqual([7]);
    expect(await ids(db, 'shared')).toHaveLength(49);
  });

  it('does not gather rows that remove terms (their postings must drop the id)', async () => {
    await write(db, entries(1, 10));
    await compactSearchIndex(db);
    const known = new KnownTerms();
    await write(db, [{ id: 3, terms: ['glacier'] }], known);
    expect(known.usable).toBe(false);
    await compactKnownTerms(db, known, 1000);
    expect(await ids(db, 'unique3')).toEqual([]);
    expect(await ids(db, 'glacier')).toEqual([3]);
  });
});
