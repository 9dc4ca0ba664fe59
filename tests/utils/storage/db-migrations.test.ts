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

  it('v1 → v2: imported highlights keep their data and get a global id, updatedAt, colour and tombstone', async () => {
    const name = `mig-hl-${crypto.randomUUID()}`;
    const old = await openAt(name, 1);
    await old.table('highlights').bulkAdd([
      { articleId: 7, quote: 'The first quote.', note: 'my note', createdAt: 1000 },
      { articleId: 7, quote: 'The second quote.', note: null, createdAt: 2000 },
      { articleId: 9, quote: 'Another article.', note: null, createdAt: 3000 },
    ]);
    old.close();
    const db = new OffprintDB(name);
    const rows = await db.highlights.orderBy('id').toArray();
    expect(rows.map(({ gid: _g, ...h }) => h)).toEqual([
      {
        id: 1,
        articleId: 7,
        quote: 'The first quote.',
        note: 'my note',
        createdAt: 1000,
        updatedAt: 1000,
        prefix: '',
        suffix: '',
        position: null,
        color: 'yellow',
        deleted: 0,
        anchor: null,
      },
      {
        id: 2,
        articleId: 7,
        quote: 'The second quote.',
        note: null,
        createdAt: 2000,
        updatedAt: 2000,
        prefix: '',
        suffix: '',
        position: null,
        color: 'yellow',
        deleted: 0,
        anchor: null,
      },
      {
        id: 3,
        articleId: 9,
        quote: 'Another article.',
        note: null,
        createdAt: 3000,
        updatedAt: 3000,
        prefix: '',
        suffix: '',
        position: null,
        color: 'yellow',
        deleted: 0,
        anchor: null,
      },
    ]);
    const gids = rows.map((h) => h.gid);
    for (const g of gids) expect(g).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(gids).size).toBe(3);
    // The new indexes answer: by global id, live highlights of an article, newest first, changed since.
    expect((await db.highlights.where('gid').equals(gids[1]).first())?.quote).toBe('The second quote.');
    expect(await db.highlights.where('[deleted+articleId]').equals([0, 7]).count()).toBe(2);
    expect(
      (await db.highlights.where('[deleted+createdAt]').between([0, 0], [0, Infinity]).reverse().first())?.quote,
    ).toBe('Another article.');
    expect(await db.highlights.where('updatedAt').above(1500).count()).toBe(2);
    await expect(db.highlights.add({ ...rows[0], id: undefined })).rejects.toThrow(/Constraint/);
    db.close();
  });
});
