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

describe('schema 3: tags that differ only in case', () => {
  it('upgrades lightly (only scheduled), then the background job merges them, resuming after a stop', async () => {
    const { runLibraryRewrite: mergeTagCase, libraryRewriteDue: tagCaseMergeDue } =
      await import('@/utils/storage/library-rewrite');
    const name = `mig-tags-${crypto.randomUUID()}`;
    const old = await openAt(name, 1);
    const rows = [['Travel', 'food'], ['travel', 'Travel', 'FOOD'], ['Long Reads'], ['plain'], []].map((tags, i) => ({
      url: `http://fakehost/${i}`,
      originalUrl: `http://fakehost/${i}`,
      title: `T${i}`,
      savedAt: i,
      updatedAt: i,
      status: 'unread',
      favorite: 0,
      tags,
      progress: 0,
    }));
    const ids = (await old.table('articles').bulkAdd(rows, { allKeys: true })) as number[];
    old.close();

    const db = new OffprintDB(name);
    await db.open();
    expect(db.verno).toBe(4);
    // The upgrade wrote no article: tags are as they were until the job runs.
    expect((await db.articles.get(ids[1]))?.tags).toEqual(['travel', 'Travel', 'FOOD']);
    expect(await tagCaseMergeDue(db)).toBe(true);

    // A service worker stopped after one chunk of two articles …
    expect(await mergeTagCase(db, 2, 1)).toBe(2);
    expect((await db.articles.get(ids[0]))?.tags).toEqual(['travel', 'food']);
    expect((await db.articles.get(ids[2]))?.tags).toEqual(['Long Reads']);
    expect(await tagCaseMergeDue(db)).toBe(true);
    // … resumes where it was, and finishes.
    expect(await mergeTagCase(db, 2)).toBe(1);
    expect(await tagCaseMergeDue(db)).toBe(false);
    const all = await db.articles.toArray();
    expect(all.map((a) => a.tags)).toEqual([['travel', 'food'], ['travel', 'food'], ['long reads'], ['plain'], []]);
    expect(all.map((a) => a.updatedAt)).toEqual([0, 1, 2, 3, 4]); // nobody edited them
    expect(await mergeTagCase(db)).toBe(0); // done: nothing more
    db.close();
  });

  it('re-indexes an article in Chinese saved before: its words and single characters are found', async () => {
    const { runLibraryRewrite } = await import('@/utils/storage/library-rewrite');
    const { searchArticles } = await import('@/utils/search/search-articles');
    const name = `mig-cjk-${crypto.randomUUID()}`;
    const old = await openAt(name, 1);
    const text = '我们下午去图书馆看书，晚上在家里做饭。'.repeat(30);
    const id = (await old.table('articles').add({
      url: 'http://fakehost/zh',
      originalUrl: 'http://fakehost/zh',
      title: '周末',
      site: 'fakehost',
      savedAt: 1,
      updatedAt: 1,
      status: 'unread',
      favorite: 0,
      tags: [],
      progress: 0,
      wordCount: text.length,
      readingMinutes: 3, // counted as words at 230 a minute
    })) as number;
    await old.table('contents').add({ id, html: `<p>${text}</p>`, text, updatedAt: 1 });
    await old.table('searchTerms').add({ id, terms: ['fakehost'], seq: 1 }); // the whole run was one unindexed word
    old.close();
    const db = new OffprintDB(name);
    expect((await searchArticles('图书馆', 'all', 'newest', db)).ids).toEqual([]);
    expect(await runLibraryRewrite(db)).toBe(1);
    expect((await searchArticles('图书馆', 'all', 'newest', db)).ids).toEqual([id]);
    expect((await searchArticles('馆', 'all', 'newest', db)).ids).toEqual([id]);
    expect((await db.articles.get(id))?.readingMinutes).toBe(1); // 570 characters at 500 a minute
    db.close();
  });

  it('is a local clean-up: sync sends nothing for it (no outbox rows, clocks and gids as they were)', async () => {
    const { runLibraryRewrite } = await import('@/utils/storage/library-rewrite');
    const { backfillGlobalIds } = await import('@/utils/storage/backfill-global-ids');
    const name = `mig-tags-sync-${crypto.randomUUID()}`;
    const old = await openAt(name, 1);
    const base = { status: 'unread', favorite: 0, progress: 0, savedAt: 1, updatedAt: 1 };
    const ids = (await old.table('articles').bulkAdd(
      [
        { ...base, url: 'http://fakehost/a', originalUrl: 'http://fakehost/a', title: 'A', tags: ['Travel', 'food'] },
        { ...base, url: 'http://fakehost/b', originalUrl: 'http://fakehost/b', title: '周末', tags: ['FOOD'] },
      ],
      { allKeys: true },
    )) as number[];
    await old
      .table('contents')
      .add({ id: ids[1], html: '<p>我们下午去图书馆看书</p>', text: '我们下午去图书馆看书', updatedAt: 1 });
    old.close();
    const db = new OffprintDB(name);
    await backfillGlobalIds(db); // as after the upgrade: every article has its gid and clocks
    await db.outbox.clear(); // (as if everything had been sent)
    const before = await db.articles.toArray();
    expect(await runLibraryRewrite(db)).toBe(2);
    const after = await db.articles.toArray();
    expect(after.map((a) => a.tags)).toEqual([['travel', 'food'], ['food']]);
    expect(after.map((a) => [a.gid, a.clocks])).toEqual(before.map((a) => [a.gid, a.clocks]));
    expect(await db.outbox.count()).toBe(0);
    db.close();
  });

  it('schedules nothing on a new library', async () => {
    const { libraryRewriteDue: tagCaseMergeDue } = await import('@/utils/storage/library-rewrite');
    const db = new OffprintDB(`new-${crypto.randomUUID()}`);
    await db.open();
    expect(await tagCaseMergeDue(db)).toBe(false);
    db.close();
  });
});

describe('schema 4 (sync): light upgrade, then the global-id backfill job', () => {
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

  it('v1 → v4 upgrades without rewriting articles; then the job gives every article a gid, resumably', async () => {
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
  it('v3 → v4: keeps s14 highlights as they are (gid, updatedAt, colour, anchor) and queues nothing', async () => {
    const { backfillGlobalIds } = await import('@/utils/storage/backfill-global-ids');
    const name = `mig-v4-${crypto.randomUUID()}`;
    const old = await openAt(name, 3);
    await old.table('articles').add({
      url: 'http://fakehost/h',
      originalUrl: 'http://fakehost/h',
      title: 'H',
      savedAt: 10,
      updatedAt: 20,
      status: 'unread',
      favorite: 0,
      tags: [],
      progress: 0,
    });
    const hl = {
      articleId: 1,
      gid: 'c0ffee00-0000-4000-8000-000000000001',
      quote: 'q',
      prefix: 'a ',
      suffix: ' b',
      position: { start: 2, end: 3 },
      color: 'green',
      note: 'n',
      createdAt: 7,
      updatedAt: 9,
      deleted: 0,
      anchor: { contentAt: 5, found: true },
    };
    await old.table('highlights').add(hl);
    old.close();
    const db = new OffprintDB(name);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.highlights.get(1)).toEqual({ ...hl, id: 1 });
    expect(await backfillGlobalIds(db)).toBe(1);
    expect((await db.articles.get(1))!.gid).toBeTruthy();
    expect(await db.highlights.get(1)).toEqual({ ...hl, id: 1 });
    expect(await db.outbox.count()).toBe(1);
    db.close();
  });
});
