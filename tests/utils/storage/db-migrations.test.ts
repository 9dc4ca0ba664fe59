import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { OffprintDB, SCHEMAS } from '@/utils/storage/db';

/** Opens a database with only the given schema versions, as an older build of Offprint would have. */
async function openAt(name: string, version: keyof typeof SCHEMAS) {
  const old = new Dexie(name);
  for (const v of Object.keys(SCHEMAS)
    .map(Number)
    .filter((v) => v <= version))
    old.version(v).stores(SCHEMAS[v as keyof typeof SCHEMAS]);
  await old.open();
  return old;
}

describe('database schemas', () => {
  it('opens every shipped schema version and upgrades it to the current one without losing rows', async () => {
    for (const v of Object.keys(SCHEMAS).map(Number) as (keyof typeof SCHEMAS)[]) {
      const name = `mig-${v}-${crypto.randomUUID()}`;
      const old = await openAt(name, v);
      await old.table('articles').add({
        url: 'http://fakehost/a',
        originalUrl: 'http://fakehost/a',
        title: 'A',
        savedAt: 1,
        updatedAt: 1,
        status: 'unread',
        favorite: 0,
        tags: ['x'],
        progress: 0,
      });
      await old.table('contents').add({ id: 1, html: '<p>one two three</p>', text: 'one two three', updatedAt: 1 });
      old.close();
      const db = new OffprintDB(name);
      expect(await db.articles.where('url').equals('http://fakehost/a').count()).toBe(1);
      expect((await db.contents.get(1))?.text).toBe('one two three');
      expect(db.verno).toBe(Math.max(...Object.keys(SCHEMAS).map(Number)));
      db.close();
    }
  });

  it('declares the current schema exactly as the newest entry of SCHEMAS', async () => {
    const db = new OffprintDB(`cur-${crypto.randomUUID()}`);
    await db.open();
    const latest = SCHEMAS[Math.max(...Object.keys(SCHEMAS).map(Number)) as keyof typeof SCHEMAS] as Record<
      string,
      string
    >;
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(latest).sort());
    for (const t of db.tables)
      expect(
        t.schema.primKey.src + (t.schema.indexes.length ? ', ' + t.schema.indexes.map((i) => i.src).join(', ') : ''),
      ).toBe(latest[t.name].replace(/^\+\+/, '++'));
    db.close();
  });
});

describe('schema 2 (sync): light upgrade, then the global-id backfill job', () => {
  async function seedV1(name: string, n: number) {
    const old = await openAt(name, 1);
    await old.table('articles').bulkAdd(
      Array.from({ length: n }, (_, i) => ({
        url: `http://fakehost/${i}`,
        originalUrl: `http://fakehost/${i}`,
        title: `A${i}`,
        savedAt: 100 + i,
        updatedAt: 200 + i,
        status: 'unread',
        favorite: 0,
        tags: i % 2 ? ['Odd'] : [],
        progress: 0,
      })),
    );
    await old.table('highlights').add({ articleId: n, quote: 'q', note: null, createdAt: 7 });
    old.close();
  }

  it('upgrades without rewriting rows; then the job gives every article and highlight a gid, resumably', async () => {
    const { backfillGlobalIds, BACKFILL_KEY, BACKFILL_BATCH } = await import('@/utils/storage/backfill-global-ids');
    const name = `mig-gid-${crypto.randomUUID()}`;
    const n = BACKFILL_BATCH * 2 + 50;
    await seedV1(name, n);
    const db = new OffprintDB(name);
    // The upgrade itself is light: rows are as they were, nothing is queued yet.
    expect((await db.articles.get(1))!.gid).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);

    // A job that stopped after its first batch resumes after the last id it did.
    await db.transaction('rw', db.articles, async () => {
      const first = await db.articles.where('id').belowOrEqual(BACKFILL_BATCH).toArray();
      await db.articles.bulkPut(first);
    });
    const kept = (await db.articles.get(1))!.gid;
    await db.meta.put({ key: BACKFILL_KEY, value: BACKFILL_BATCH });
    expect(await backfillGlobalIds(db)).toBe(n - BACKFILL_BATCH);

    const rows = await db.articles.toArray();
    expect(rows.every((a) => a.gid && a.clocks)).toBe(true);
    expect(new Set(rows.map((a) => a.gid)).size).toBe(n);
    expect((await db.articles.get(1))!.gid).toBe(kept); // never recomputed
    expect((await db.articles.get(2))!.clocks).toEqual({
      life: 101,
      status: 201,
      favorite: 201,
      title: 201,
      tags: { odd: [1, 201] },
    });
    const h = (await db.highlights.toArray())[0];
    expect(h.gid).toBeTruthy();
    expect(h.updatedAt).toBe(7);
    // Every row is queued for the first sync; a second run has nothing to do.
    expect(await db.outbox.count()).toBe(n);
    expect(await backfillGlobalIds(db)).toBe(0);
    db.close();
  });
});
