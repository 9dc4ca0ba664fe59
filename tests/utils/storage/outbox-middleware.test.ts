// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone (image rows); happy-dom's does not.
import { completeHighlight } from '@/utils/highlights/complete-highlight';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import { deleteArticle, restoreArticle, saveArticle, updateArticle } from '@/utils/storage/save-article';
import { setFavorite, setStatus } from '@/utils/storage/library-actions';
import { addTag, removeTag } from '@/utils/storage/tags';
import { markRemoteTransaction, stampArticle } from '@/utils/storage/outbox-middleware';
import { makeArticle, makeRow } from '../../helpers/make-article';
import { bulkWriteArticles, type BulkArticle } from '@/utils/storage/bulk-write-articles';

let db: OffprintDB;
beforeEach(() => {
  db = new OffprintDB(`outbox-${crypto.randomUUID()}`);
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const save = (url = 'https://example.com/a', text = 'one two three') => saveArticle(makeArticle(url, text), db);

describe('outbox middleware: global ids and the outbox', () => {
  it('gives a saved article a global id and clocks, and writes its outbox row in the same transaction', async () => {
    const { id } = await save();
    const a = (await db.articles.get(id))!;
    expect(a.gid).toMatch(UUID);
    expect(a.clocks).toEqual({
      life: a.savedAt,
      status: a.updatedAt,
      favorite: a.updatedAt,
      title: a.updatedAt,
      tags: {},
    });
    const row = (await db.outbox.get(id))!;
    expect(row.gid).toBe(a.gid);
    expect(row.deletedAt).toBeUndefined();
    expect(row.bornAt).toBeGreaterThan(0);
  });

  it('keeps nothing in the outbox when the transaction that wrote fails', async () => {
    await expect(
      db.transaction('rw', db.articles, async () => {
        await db.articles.add(makeRow(7) as never);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await db.articles.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('catches writes from another connection (another page) just the same', async () => {
    const other = new OffprintDB(db.name);
    await other.articles.add(makeRow(3) as never);
    other.close();
    expect((await db.outbox.get(3))?.gid).toBe((await db.articles.get(3))?.gid);
  });

  it('never changes a global id once given, whatever a writer puts', async () => {
    const { id } = await save();
    const gid = (await db.articles.get(id))!.gid;
    await db.articles.put({ ...(await db.articles.get(id))!, gid: 'something-else' });
    await save(); // saved again
    expect((await db.articles.get(id))!.gid).toBe(gid);
  });

  it('gives a copy of a row added as a new article its own global id', async () => {
    const { id } = await save();
    const a = (await db.articles.get(id))!;
    const copy = (await db.articles.add({ ...a, id: undefined as never, url: 'https://example.com/b' })) as number;
    expect((await db.articles.get(copy))!.gid).toMatch(UUID);
    expect((await db.articles.get(copy))!.gid).not.toBe(a.gid);
  });

  it('dates only the fields that changed: status, favourite, title, each tag (removals kept)', async () => {
    const { id } = await save();
    const c0 = (await db.articles.get(id))!.clocks!;
    await new Promise((r) => setTimeout(r, 5));
    await setStatus([id], 'archived', db);
    const c1 = (await db.articles.get(id))!.clocks!;
    expect(c1.status).toBeGreaterThan(c0.status);
    expect([c1.favorite, c1.title, c1.life]).toEqual([c0.favorite, c0.title, c0.life]);
    await new Promise((r) => setTimeout(r, 5));
    await addTag([id], 'Reading', db);
    await setFavorite([id], 1, db);
    const c2 = (await db.articles.get(id))!.clocks!;
    expect(c2.tags.reading?.[0]).toBe(1);
    expect(c2.favorite).toBeGreaterThan(c1.favorite);
    expect(c2.status).toBe(c1.status);
    await new Promise((r) => setTimeout(r, 5));
    await removeTag([id], 'reading', db);
    await updateArticle(id, { title: 'Renamed' }, db);
    const c3 = (await db.articles.get(id))!.clocks!;
    expect(c3.tags.reading[0]).toBe(0);
    expect(c3.tags.reading[1]).toBeGreaterThan(c2.tags.reading[1]);
    expect(c3.title).toBeGreaterThan(c2.title);
  });

  it('dates life anew when the same page is saved again (a later save restores)', async () => {
    const { id } = await save();
    const life = (await db.articles.get(id))!.clocks!.life;
    await new Promise((r) => setTimeout(r, 5));
    await saveArticle(makeArticle('https://example.com/a?utm_source=x', 'new text'), db);
    expect((await db.articles.get(id))!.clocks!.life).toBeGreaterThan(life);
  });

  it('keeps the gid of a deleted article in its outbox row, though its children are deleted after it', async () => {
    const { id } = await save();
    await db.highlights.add(completeHighlight({ articleId: id, quote: 'two', note: null, createdAt: 1 }));
    await db.images.put({
      articleId: id,
      url: 'https://example.com/i.png',
      blob: new Blob([new Uint8Array([1, 2])]),
      type: 'image/png',
      bytes: 2,
      width: 1,
      height: 1,
      savedAt: 1,
    });
    const gid = (await db.articles.get(id))!.gid;
    const snap = await deleteArticle(id, db);
    const row = (await db.outbox.get(id))!;
    expect(row.gid).toBe(gid);
    expect(row.deletedAt).toBeGreaterThan(0);

    // Undo puts the rows back exactly; the outbox says it was born again, so it wins over the delete.
    await restoreArticle(snap!, db);
    expect(await db.articles.get(id)).toEqual(snap!.article);
    const after = (await db.outbox.get(id))!;
    expect(after.deletedAt).toBeUndefined();
    expect(after.bornAt).toBeGreaterThanOrEqual(row.deletedAt!);
  });

  it('gives highlights a global id and edit time, and remembers highlights deleted outright', async () => {
    const { id } = await save();
    const hid = (await db.highlights.add(
      completeHighlight({ articleId: id, quote: 'two', note: null, createdAt: 5 }),
    )) as number;
    const h = (await db.highlights.get(hid))!;
    expect(h.gid).toMatch(UUID);
    expect(h.updatedAt).toBe(5);
    await db.outbox.clear();
    await db.highlights.delete(hid);
    expect(Object.keys((await db.outbox.get(id))!.goneHighlights!)).toEqual([h.gid]);
  });

  it('puts an article in the outbox when only its body, original or images change', async () => {
    const { id } = await save();
    for (const write of [
      () => db.contents.put({ id, html: '<p>x</p>', text: 'x', updatedAt: 9 }),
      () => db.originals.put({ id, gzip: new Uint8Array([1]), length: 1, savedAt: 9 }),
      () =>
        db.images.put({
          articleId: id,
          url: 'u',
          blob: new Blob(['x']),
          type: 'image/png',
          bytes: 1,
          width: null,
          height: null,
          savedAt: 9,
        }),
      () => db.images.where('articleId').equals(id).delete(),
    ]) {
      await db.outbox.clear();
      await write();
      expect((await db.outbox.get(id))?.articleId).toBe(id);
    }
  });

  it('changes a stamp on every write, so sync removes only the row it sent', async () => {
    const { id } = await save();
    const s1 = (await db.outbox.get(id))!.stamp;
    await setStatus([id], 'archived', db);
    expect((await db.outbox.get(id))!.stamp).not.toBe(s1);
  });

  it('leaves writes of the sync engine (server state) unstamped and out of the outbox', async () => {
    const row = { ...makeRow(4), gid: 'g-4', clocks: { life: 1, status: 1, favorite: 1, title: 1, tags: {} } };
    await db.transaction('rw', db.articles, async (tx) => {
      markRemoteTransaction(tx);
      await db.articles.put(row as never);
      await db.articles.update(4, { status: 'archived' });
    });
    expect(await db.outbox.count()).toBe(0);
    expect((await db.articles.get(4))!.clocks).toEqual(row.clocks);
  });
});

/** Counts the outbox rows put in IndexedDB (each `put` request on the outbox store), from here on. */
function countOutboxPuts(): () => number {
  let n = 0;
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (this.name === 'outbox') n++;
    return put.apply(this, args);
  });
  return () => n;
}

/** A record for bulkWriteArticles with a body, an original, an image and a highlight. */
const bulkRecord = (n: number): BulkArticle => ({
  article: {
    id: n,
    url: `https://bulk.example.org/${n}`,
    originalUrl: `https://bulk.example.org/${n}`,
    canonicalUrl: null,
    kind: 'article',
    title: `Story ${n}`,
    byline: null,
    siteName: null,
    lang: 'en',
    excerpt: null,
    publishedTime: null,
    leadImageUrl: null,
    status: 'unread',
    favorite: 0,
    tags: [],
    progress: 0,
    savedAt: n,
    updatedAt: n,
  },
  content: { html: `<p>word${n}</p>`, text: `word${n}`, updatedAt: n },
  original: { gzip: new Uint8Array([1]), length: 1, savedAt: n },
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
  highlights: [
    (({ articleId: _a, ...h }) => h)(completeHighlight({ articleId: 0, quote: `word${n}`, note: null, createdAt: 1 })),
  ],
});

describe('outbox middleware: one outbox write per article per transaction', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes each article of a bulk write (row, body, original, images, highlights) to the outbox once', async () => {
    const puts = countOutboxPuts();
    const ids = await bulkWriteArticles(
      db,
      Array.from({ length: 20 }, (_, i) => bulkRecord(i + 1)),
      { importId: null },
    );
    expect(puts()).toBe(20);
    const rows = await db.outbox.bulkGet(ids);
    const articles = await db.articles.bulkGet(ids);
    rows.forEach((r, i) => {
      expect(r?.gid).toBe(articles[i]!.gid);
      expect(r?.bornAt).toBeGreaterThan(0);
      expect(r?.deletedAt).toBeUndefined();
    });
  });

  it('writes the row again when a later write in the same transaction changes what it says', async () => {
    const { id } = await save();
    const gid = (await db.articles.get(id))!.gid;
    const hid = (await db.highlights.add(
      completeHighlight({ articleId: id, quote: 'two', note: null, createdAt: 5 }),
    )) as number;
    const hgid = (await db.highlights.get(hid))!.gid;
    const puts = countOutboxPuts();
    await db.transaction('rw', [db.articles, db.contents, db.highlights], async () => {
      await db.contents.put({ id, html: '<p>x</p>', text: 'x', updatedAt: 9 }); // written: changed
      await db.highlights.delete(hid); // a highlight gone: written again
      await db.contents.put({ id, html: '<p>y</p>', text: 'y', updatedAt: 10 }); // nothing new: not written
      await db.articles.delete(id); // deleted: written again
    });
    expect(puts()).toBe(3);
    const row = (await db.outbox.get(id))!;
    expect(row.gid).toBe(gid);
    expect(row.deletedAt).toBeGreaterThan(0);
    expect(Object.keys(row.goneHighlights!)).toEqual([hgid]);
  });

  it('reads the outbox again after another writer changed it in the same transaction', async () => {
    const { id } = await save();
    await db.transaction('rw', [db.articles, db.contents, db.outbox], async () => {
      await db.contents.put({ id, html: '<p>x</p>', text: 'x', updatedAt: 9 });
      await db.outbox.delete(id); // as sync does once the change is sent
      await db.contents.put({ id, html: '<p>y</p>', text: 'y', updatedAt: 10 });
    });
    expect((await db.outbox.get(id))?.articleId).toBe(id);
  });
});

describe('stampArticle', () => {
  it('gives rows written before schema 2 clocks from their own dates before comparing', () => {
    const old = makeRow(1, { savedAt: 10, updatedAt: 20, tags: ['a'] });
    const next = stampArticle(old, { ...old, tags: ['a', 'B'] }, 30);
    expect(next.clocks).toEqual({ life: 10, status: 20, favorite: 20, title: 20, tags: { a: [1, 20], b: [1, 30] } });
  });
});
