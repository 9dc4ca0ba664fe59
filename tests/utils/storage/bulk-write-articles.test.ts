// @vitest-environment node
// bulkWriteArticles: the bulk path of restores (and of sync's first sync).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import { bulkWriteArticles, type BulkArticle } from '@/utils/storage/bulk-write-articles';
import { commitImport, rollbackImport } from '@/utils/data/import-batch';
import { importRows } from '@/utils/storage/import-rows';
import { searchArticles } from '@/utils/search/search-articles';
import { compactSearchIndex } from '@/utils/search/search-index';
import { dumpLibrary, seedLibrary } from '../../helpers/seed-library';
import { completeHighlight } from '@/utils/highlights/complete-highlight';
import type { Highlight } from '@/utils/article';

/** A highlight as a record carries it (no article id: the write gives it). */
const hl = (h: Partial<Highlight> & { quote: string }): BulkArticle['highlights'][number] => {
  const { articleId: _a, ...rest } = completeHighlight({ articleId: 0, ...h });
  return rest;
};

const record = (n: number, over: Partial<BulkArticle> = {}): BulkArticle => ({
  article: {
    id: n,
    url: `https://bulk.example.org/${n}`,
    originalUrl: `https://bulk.example.org/${n}`,
    canonicalUrl: null,
    kind: 'article',
    title: `Bulk story ${n}`,
    byline: null,
    siteName: null,
    lang: 'en',
    excerpt: null,
    publishedTime: null,
    leadImageUrl: null,
    status: 'unread',
    favorite: 0,
    tags: ['bulk'],
    progress: 0,
    savedAt: n,
    updatedAt: n,
  },
  content: { html: `<p>word${n} zebra</p>`, text: `word${n} zebra`, updatedAt: n },
  original: null,
  images: [
    {
      url: `https://img.example.org/${n}.png`,
      blob: new Blob(['png']),
      type: 'image/png',
      bytes: 3,
      width: 1,
      height: 1,
      savedAt: 1,
    },
  ],
  highlights: [hl({ id: 900 + n, quote: `word${n}`, note: null, createdAt: 1 })],
  ...over,
});

describe('bulkWriteArticles', () => {
  it('writes every table in one transaction, keeps free ids, and the articles are searchable at once', async () => {
    const db = new OffprintDB(`bulk-${crypto.randomUUID()}`);
    const ids = await bulkWriteArticles(
      db,
      Array.from({ length: 500 }, (_, i) => record(i + 1)),
      { importId: 'imp-1' },
    );
    expect(ids).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    expect([await db.contents.count(), await db.images.count(), await db.highlights.count()]).toEqual([500, 500, 500]);
    expect((await db.highlights.get(1400))?.articleId).toBe(500);
    await commitImport(db, 'imp-1');
    expect(await db.articles.where('importId').equals('imp-1').count()).toBe(0);
    // Searchable at once (terms rows pending compaction are read directly), then after compaction too.
    expect((await searchArticles('word500', 'unread', 'newest', db)).ids).toEqual([500]);
    await compactSearchIndex(db);
    expect((await searchArticles('word499', 'unread', 'newest', db)).ids).toEqual([499]);
    expect((await searchArticles('zebra', 'unread', 'newest', db)).ids).toHaveLength(500);
  });

  it('gives a new id when the wished one is taken, and replaces an article with undo kept', async () => {
    const db = new OffprintDB(`bulk-${crypto.randomUUID()}`);
    await seedLibrary(db, 2);
    const before = await dumpLibrary(db);
    const ids = await bulkWriteArticles(db, [record(1), record(7, { replaces: 2 })], { importId: 'imp-2' });
    expect(ids[0]).not.toBe(1); // id 1 is taken by the seeded article
    expect(ids[1]).toBe(2);
    expect((await db.articles.get(2))!.title).toBe('Bulk story 7');
    expect((await db.articles.get(2))!.url).toBe(before.articles[1].url); // the stored URL stays
    await rollbackImport(db, 'imp-2');
    expect(await dumpLibrary(db)).toEqual(before);
  });

  it('looks up its highlights by gid without walking a cursor, one step per gid (session 29)', async () => {
    const db = new OffprintDB(`bulk-${crypto.randomUUID()}`);
    await bulkWriteArticles(
      db,
      Array.from({ length: 50 }, (_, i) => record(i + 1)),
      { importId: 'imp-7' },
    );
    const steps = vi.spyOn(IDBCursor.prototype, 'continue');
    const again = record(60, { highlights: [hl({ id: 5000, gid: (await db.highlights.get(901))!.gid, quote: 'x' })] });
    const ids = await bulkWriteArticles(db, [...Array.from({ length: 50 }, (_, i) => record(i + 61)), again], {
      importId: 'imp-7',
    });
    // Until session 29 the gids' lookup walked the highlights' gid index: a step per gid, each a round trip.
    expect(steps).not.toHaveBeenCalled();
    steps.mockRestore();
    expect(await db.highlights.count()).toBe(100); // 50 + 50 new; the known gid overwrote its row in place
    expect((await db.highlights.get(901))?.articleId).toBe(ids[50]);
  });

  it("keeps every highlight field, indexes live notes (not a tombstone's), overwrites a stored gid", async () => {
    const db = new OffprintDB(`bulk-${crypto.randomUUID()}`);
    const live = hl({
      gid: '11111111-1111-4111-8111-111111111111',
      quote: 'word1',
      prefix: 'pre ',
      suffix: ' suf',
      position: { start: 0, end: 5 },
      color: 'blue',
      note: 'a marginal quokka',
      createdAt: 10,
      updatedAt: 20,
      anchor: { contentAt: 1, found: true },
    });
    const gone = hl({ gid: '22222222-2222-4222-8222-222222222222', quote: 'zebra', note: 'wombat', deleted: 1 });
    const [id] = await bulkWriteArticles(db, [record(1, { highlights: [live, gone] })], { importId: 'i' });
    const stored = await db.highlights.where('articleId').equals(id).sortBy('createdAt');
    expect(stored.map(({ id: _i, ...h }) => h)).toEqual(
      [live, gone].map(({ id: _i, ...h }) => ({ ...h, articleId: id })).sort((a, b) => a.createdAt - b.createdAt),
    );
    expect((await searchArticles('quokka', 'all', 'newest', db)).ids).toEqual([id]);
    expect((await searchArticles('wombat', 'all', 'newest', db)).ids).toEqual([]);
    // The same gid again (in another article, and twice in the batch): one row, the later copy, same row id.
    const rowId = stored.find((h) => h.gid === live.gid)!.id;
    const again = (note: string) => hl({ ...live, note, updatedAt: 30 });
    await bulkWriteArticles(db, [record(2, { highlights: [again('first'), again('second')] })], { importId: 'j' });
    const same = await db.highlights.where('gid').equals(live.gid).toArray();
    expect(same).toHaveLength(1);
    expect(same[0]).toMatchObject({ id: rowId, articleId: 2, note: 'second' });
  });
});

describe('the import record of bulk writes (beside the rows, not on them)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('makes a restore final without rewriting any article row', async () => {
    const db = new OffprintDB(`bulk-${crypto.randomUUID()}`);
    await bulkWriteArticles(
      db,
      Array.from({ length: 300 }, (_, i) => record(i + 1)),
      { importId: 'imp-3' },
    );
    expect((await db.articles.toArray()).filter((a) => 'importId' in a)).toEqual([]);
    expect((await importRows(db, 'imp-3')).flatMap((r) => r.rows.added)).toHaveLength(300);
    const before = await dumpLibrary(db);
    let puts = 0;
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'articles' || this.name === 'outbox') puts++;
      return put.apply(this, args);
    });
    await commitImport(db, 'imp-3');
    expect(puts).toBe(0);
    expect(await importRows(db, 'imp-3')).toEqual([]);
    expect(await dumpLibrary(db)).toEqual(before);
    await rollbackImport(db, 'imp-3'); // nothing left to undo once final
    expect(await db.articles.count()).toBe(300);
  });

  it('rolls back what the records name (added: deleted; replaced: put back), across several writes', async () => {
    const db = new OffprintDB(`bulk-${crypto.randomUUID()}`);
    await seedLibrary(db, 3);
    const before = await dumpLibrary(db);
    await bulkWriteArticles(db, [record(11), record(12, { replaces: 1 })], { importId: 'imp-4' });
    await bulkWriteArticles(db, [record(13), record(14, { replaces: 3 })], { importId: 'imp-4' });
    // Another import's write is not touched.
    const [other] = await bulkWriteArticles(db, [record(15)], { importId: 'imp-5' });
    expect((await importRows(db, 'imp-4')).map((r) => r.rows)).toEqual(
      expect.arrayContaining([
        { added: [11], replaced: [1] },
        { added: [13], replaced: [3] },
      ]),
    );
    await rollbackImport(db, 'imp-4');
    await rollbackImport(db, 'imp-4'); // again (as a rollback cut short is finished): nothing more changes
    const after = await dumpLibrary(db);
    expect(after.articles.filter((a) => a.id !== other)).toEqual(before.articles);
    expect(await db.articles.get(other)).toBeDefined();
    expect(await importRows(db, 'imp-4')).toEqual([]);
    expect(await db.importUndo.where('importId').equals('imp-4').count()).toBe(0);
  });
});
