import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';
import { beatImport } from '@/utils/data/import-batch';
import { compactSearchIndex, indexTermsBulk, pendingTerms } from '@/utils/search/search-index';
import type * as SearchIndex from '@/utils/search/search-index';
import { BACKLOG, BIG_CHUNK, CHUNK, compactSoon, holdCompaction } from '@/utils/search/watch-search-index';

// The real compaction, watched for the chunk size it is given.
vi.mock('@/utils/search/search-index', async (real) => {
  const mod = await real<typeof SearchIndex>();
  return { ...mod, compactSearchIndex: vi.fn(mod.compactSearchIndex) };
});
import { makeArticle } from '../../helpers/make-article';
import { beginSave, resetSavesInFlight } from '@/utils/saving/save-in-flight';

let db: OffprintDB;
beforeEach(() => {
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
  resetSavesInFlight();
});
const save = (n: number) => saveArticle(makeArticle(`https://x.example/${n}`, `glacier ${n}`, { title: 'T' }), db);
const pending = async () => (await pendingTerms(db)).rows.length;
const until = async (f: () => Promise<boolean>, ms = 3000) => {
  const t0 = Date.now();
  while (!(await f())) {
    if (Date.now() - t0 > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('compactSoon', () => {
  it('compacts the rows saved since the last compaction', async () => {
    await save(1);
    await save(2);
    await compactSoon(db, 20);
    expect(await pending()).toBe(0);
  });

  it('merges a large backlog (a first sync, an import) in big chunks, a few saves in short ones', async () => {
    const spy = vi.mocked(compactSearchIndex);
    await save(1);
    spy.mockClear();
    await compactSoon(db, 20);
    expect(spy.mock.calls.map((c) => c[1])).toEqual([CHUNK]);
    // A backlog as a first sync leaves it: many articles' terms written in bulk.
    const entries = Array.from({ length: BACKLOG }, (_, i) => ({ id: 1000 + i, terms: ['glacier', `word${i % 40}`] }));
    await db.transaction('rw', db.searchTerms, db.meta, () => indexTermsBulk(db, entries));
    spy.mockClear();
    await compactSoon(db, 20);
    expect(spy.mock.calls.map((c) => c[1])).toEqual([BIG_CHUNK]);
    expect(await pending()).toBe(0);
  });

  it('gives way while an import or a restore writes, and compacts once it is over', async () => {
    await save(1);
    await beatImport(db, 'import-test');
    await compactSoon(db, 20);
    expect(await pending()).toBe(1); // the import's heartbeat is fresh: nothing merged
    await new Promise((r) => setTimeout(r, 60)); // it keeps checking…
    expect(await pending()).toBe(1);
    await db.meta.delete('import:import-test'); // …and the import is made final
    await until(async () => (await pending()) === 0);
  });

  it('gives way while a save is being answered, and compacts after its reply', async () => {
    await save(1);
    const endSave = beginSave();
    await compactSoon(db, 20, 0);
    expect(await pending()).toBe(1); // the save's transaction would have queued behind the chunk
    endSave();
    await until(async () => (await pending()) === 0);
  });

  it('ignores the heartbeat of an import that stopped long ago', async () => {
    await save(1);
    await beatImport(db, 'import-dead', Date.now() - 10 * 60_000);
    await compactSoon(db, 20);
    expect(await pending()).toBe(0);
  });

  it('gives way while this context holds it (a first sync), until released', async () => {
    await save(1);
    const release = holdCompaction();
    await compactSoon(db, 20, 0);
    expect(await pending()).toBe(1);
    release();
    release(); // a second release does nothing
    await until(async () => (await pending()) === 0);
    const again = holdCompaction();
    again();
    await save(2);
    await compactSoon(db, 20, 0);
    expect(await pending()).toBe(0);
  });

  it('waits a moment after the last hold is released (the next sync round may be about to start)', async () => {
    await save(1);
    const release = holdCompaction();
    release();
    await compactSoon(db, 20, 300);
    expect(await pending()).toBe(1); // released just now: not yet
    const t0 = Date.now();
    await until(async () => (await pending()) === 0);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(200);
    // A hold taken and released again in the meantime starts the wait over.
    await save(2);
    const first = holdCompaction();
    const second = holdCompaction();
    first();
    await compactSoon(db, 20, 300);
    expect(await pending()).toBe(1); // still held by the second
    second();
    await compactSoon(db, 20, 300);
    expect(await pending()).toBe(1); // released just now
    await until(async () => (await pending()) === 0);
  });
});
