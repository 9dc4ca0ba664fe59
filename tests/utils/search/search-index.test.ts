import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import { saveArticle, deleteArticle } from '@/utils/storage/save-article';
import {
  compactSearchIndex,
  CURSOR_COST,
  pendingTerms,
  prefixIds,
  SEGMENT,
  termIds,
} from '@/utils/search/search-index';
import { makeArticle } from '../../helpers/make-article';

let db: OffprintDB;
beforeEach(() => {
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
});
const save = (n: number, text: string) =>
  saveArticle(makeArticle(`https://x.example/${n}`, text, { title: 'T' }), db).then((r) => r.id);
const ids = async (term: string) => [...new Set(await termIds(db, term, await pendingTerms(db)))].sort((a, b) => a - b);

describe('search index', () => {
  it('finds saved articles before and after compaction', async () => {
    const a = await save(1, 'glacier melt');
    expect(await ids('glacier')).toEqual([a]);
    expect(await db.postings.count()).toBe(0);
    expect(await compactSearchIndex(db)).toBe(1);
    expect((await pendingTerms(db)).rows).toEqual([]);
    expect(await ids('glacier')).toEqual([a]);
    expect(await compactSearchIndex(db)).toBe(0);
  });

  it('splits long posting lists into segments', async () => {
    const all: number[] = [];
    for (let i = 0; i < SEGMENT + 20; i++) all.push(await save(i, `glacier ${i}`));
    await compactSearchIndex(db, 100);
    expect(await db.postings.where('[term+seg]').between(['glacier', 0], ['glacier', 99]).count()).toBe(2);
    expect(await ids('glacier')).toEqual(all);
  });

  it('forgets terms an article lost when it is saved again', async () => {
    const a = await save(1, 'glacier melt');
    await compactSearchIndex(db);
    await saveArticle(makeArticle('https://x.example/1', 'desert heat', { title: 'T' }), db);
    expect(await ids('glacier')).toEqual([]);
    expect(await ids('desert')).toEqual([a]);
    await compactSearchIndex(db);
    expect(await ids('glacier')).toEqual([]);
    expect(await ids('desert')).toEqual([a]);
  });

  it('finds every term that starts with a prefix', async () => {
    const a = await save(1, 'government');
    const b = await save(2, 'governor');
    await compactSearchIndex(db);
    const c = await save(3, 'governance goal');
    const got = async (p: string) => [...new Set(await prefixIds(db, p, await pendingTerms(db)))].sort((x, y) => x - y);
    expect(await got('gov')).toEqual([a, b, c]);
    expect(await got('gover')).toEqual([a, b, c]);
    expect(await got('goa')).toEqual([c]);
  });

  it('keeps a deleted article out of the terms rows (the list filters ghost postings)', async () => {
    const a = await save(1, 'glacier');
    await compactSearchIndex(db);
    await deleteArticle(a, db);
    expect(await db.searchTerms.count()).toBe(0);
  });

  it('builds the same posting lists whether it finds last segments by a key scan or a cursor per term', async () => {
    // Words shared by many articles (segments fill up and roll over) and words of one article each.
    const text = (i: number) => `shared common${i % 3} ${i % 2 ? 'odd' : 'even'} unique${i} tail${i % 7}`;
    const dump = async (d: OffprintDB) =>
      (await d.postings.toArray()).map((r) => `${r.term}/${r.seg}:${[...r.ids].sort((a, b) => a - b).join(',')}`);
    const n = SEGMENT * 2 + 30;
    // One big chunk: an empty table, so the last segments are found by a scan.
    for (let i = 0; i < n; i++) await save(i, text(i));
    await compactSearchIndex(db, n);
    const scanned = await dump(db);
    // The same library compacted article by article: 5 terms per chunk against a table that soon holds
    // more than 5 × CURSOR_COST rows, so later chunks open a cursor per term.
    const other = new OffprintDB(`test-${crypto.randomUUID()}`);
    for (let i = 0; i < n; i++) {
      await saveArticle(makeArticle(`https://x.example/${i}`, text(i), { title: 'T' }), other);
      await compactSearchIndex(other, 1);
    }
    expect(await other.postings.count()).toBeGreaterThan(5 * CURSOR_COST);
    expect(await dump(other)).toEqual(scanned);
    expect(scanned.filter((r) => r.startsWith('shared/'))).toHaveLength(3);
    // Two big chunks, the second scanning the first's keys three at a time (many requests, one transaction).
    const paged = new OffprintDB(`test-${crypto.randomUUID()}`);
    for (let i = 0; i < n; i++)
      await saveArticle(makeArticle(`https://x.example/${i}`, text(i), { title: 'T' }), paged);
    const requests = vi.spyOn(paged.Collection.prototype, 'primaryKeys');
    await compactSearchIndex(paged, Math.ceil(n / 2), undefined, 3);
    expect(requests.mock.calls.length).toBeGreaterThan(50); // the second chunk paged over ~280 keys
    requests.mockRestore();
    expect(await dump(paged)).toEqual(scanned);
  });
});
