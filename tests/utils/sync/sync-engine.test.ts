// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; PouchDB's browser build needs FileReader and self.
import { completeHighlight } from '@/utils/highlights/complete-highlight';
import '../../helpers/file-reader';
import { describe, expect, it } from 'vitest';
import { saveArticle, deleteArticle, restoreArticle } from '@/utils/storage/save-article';
import { setStatus, setFavorite } from '@/utils/storage/library-actions';
import { addTag, removeTag } from '@/utils/storage/tags';
import { searchArticles } from '@/utils/search/search-articles';
import { toBase64, gzip } from '@/utils/lib/gzip';
import { LIBRARY_DOC_ID } from '@/utils/sync/library-keys';
import type { PouchDatabase } from '@/utils/sync/pouch-types';
import { makeArticle } from '../../helpers/make-article';
import { bulkWriteArticles } from '@/utils/storage/bulk-write-articles';
import { commitImport } from '@/utils/data/import-batch';
import { browserProfile, config, memoryServer, serverText } from '../../helpers/sync-browsers';

type Profile = ReturnType<typeof browserProfile>;

async function twoBrowsers() {
  const server = memoryServer();
  const a = browserProfile(server, 'a');
  const b = browserProfile(server, 'b');
  return { server, a, b };
}

const TEXT = 'Quarterly reports show the harbour dredging finished under budget and ahead of the winter storms';

async function save(p: Profile, url: string, text = TEXT, title = `Title of ${url}`) {
  const original = toBase64(await gzip(`<html><body><p>${text}</p></body></html>`));
  return (await saveArticle(makeArticle(url, text, { title, originalGzipBase64: original }), p.db)).id;
}

async function addImage(p: Profile, articleId: number, url: string, bytes: number[]) {
  await p.db.images.put({
    articleId,
    url,
    blob: new Blob([new Uint8Array(bytes)], { type: 'image/png' }),
    type: 'image/png',
    bytes: bytes.length,
    width: 10,
    height: 10,
    savedAt: 5,
  });
}

/** Rounds on both browsers until both are quiet (a bound, so a ping-pong would fail the test). */
async function settle(...ps: Profile[]) {
  for (let i = 0; i < 4; i++) for (const p of ps) await p.engine.round();
}

const byUrl = async (p: Profile, url: string) => (await p.db.articles.where('url').equals(url).first())!;

describe('sync engine: two browsers through one server', () => {
  it('turns on with a new library; a wrong passphrase in a second browser is refused, writing nothing', async () => {
    const { server, a, b } = await twoBrowsers();
    await save(b, 'https://example.com/b-only');
    const on = await a.engine.enable(config());
    expect(on.ok).toBe(true);
    const lib = (await server.get(LIBRARY_DOC_ID)) as Record<string, any>;
    expect(lib.kdf.iterations).toBe(1000);
    const docsBefore = (await server.allDocs({})).total_rows;
    const outboxBefore = await b.db.outbox.toArray();

    const wrong = await b.engine.enable(config('not the passphrase'));
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    expect(await b.store.keys()).toBeUndefined();
    expect(await b.store.config()).toBeUndefined();
    expect(await b.db.outbox.toArray()).toEqual(outboxBefore);
    expect(await b.db.syncDocs.count()).toBe(0);
    expect((await server.allDocs({})).total_rows).toBe(docsBefore);
    expect((await b.engine.status()).enabled).toBe(false);
  });

  it('sends a saved article with its text, original and images to the other browser, searchable there', async () => {
    const { a, b } = await twoBrowsers();
    const id = await save(a, 'https://example.com/harbour');
    await addImage(a, id, 'https://example.com/i.png', [1, 2, 3, 4]);
    await a.engine.enable(config());
    await b.engine.enable(config());
    await settle(a, b);

    const got = await byUrl(b, 'https://example.com/harbour');
    expect(got.title).toBe('Title of https://example.com/harbour');
    expect(got.gid).toBe((await a.db.articles.get(id))!.gid);
    expect((await b.db.contents.get(got.id))?.text).toBe(TEXT);
    expect((await b.db.originals.get(got.id))?.gzip).toEqual((await a.db.originals.get(id))?.gzip);
    const images = await b.db.images.where('articleId').equals(got.id).toArray();
    expect(images).toHaveLength(1);
    expect([...new Uint8Array(await images[0].blob.arrayBuffer())]).toEqual([1, 2, 3, 4]);
    expect((await searchArticles('dredging', 'all', 'newest', b.db)).ids).toEqual([got.id]);
    const st = await b.engine.status();
    expect(st).toMatchObject({ enabled: true, state: 'idle', pending: 0, lastError: null, firstSyncDone: true });
    expect(st.lastSyncedAt).toBeGreaterThan(0);
  });

  it('carries archive, favourite, tags, progress, highlights and deletes back; Undo brings it back', async () => {
    const { a, b } = await twoBrowsers();
    await a.engine.enable(config());
    await b.engine.enable(config());
    const id = await save(a, 'https://example.com/story');
    await settle(a, b);
    const inB = (await byUrl(b, 'https://example.com/story')).id;
    await setStatus([inB], 'archived', b.db);
    await setFavorite([inB], 1, b.db);
    await addTag([inB], 'Harbour', b.db);
    await b.db.articles.update(inB, { progress: 0.6 });
    await b.db.highlights.add(
      completeHighlight({ articleId: inB, quote: 'dredging finished', note: 'good news', createdAt: 9 }),
    );
    await settle(b, a);
    const inA = (await a.db.articles.get(id))!;
    expect([inA.status, inA.favorite, inA.tags, inA.progress]).toEqual(['archived', 1, ['harbour'], 0.6]);
    const hl = await a.db.highlights.where('articleId').equals(id).toArray();
    expect(hl.map((h) => [h.quote, h.note])).toEqual([['dredging finished', 'good news']]);
    // The arriving note is searchable (the one article builder, with notes).
    expect((await searchArticles('news', 'all', 'newest', a.db)).ids).toEqual([id]);

    const snap = await deleteArticle(id, a.db);
    await settle(a, b);
    expect(await b.db.articles.count()).toBe(0);
    expect(await b.db.contents.count()).toBe(0);

    await restoreArticle(snap!, a.db);
    await settle(a, b);
    const back = await byUrl(b, 'https://example.com/story');
    expect(back.tags).toEqual(['harbour']);
    // Arriving anew (the bulk write path): its highlight's note is in its search terms too.
    expect((await searchArticles('news', 'all', 'newest', b.db)).ids).toEqual([back.id]);
    expect((await b.db.contents.get(back.id))?.text).toBe(TEXT);
  });

  it('merges offline edits of the same article field by field, the same in both browsers', async () => {
    const { a, b } = await twoBrowsers();
    await a.engine.enable(config());
    await b.engine.enable(config());
    const id = await save(a, 'https://example.com/both');
    await addTag([id], 'keep', a.db);
    await settle(a, b);
    const inB = (await byUrl(b, 'https://example.com/both')).id;
    // Both offline: different edits to the same article.
    await setStatus([id], 'archived', a.db);
    await addTag([id], 'from-a', a.db);
    await a.db.articles.update(id, { progress: 0.3 });
    await new Promise((r) => setTimeout(r, 5));
    await setFavorite([inB], 1, b.db);
    await removeTag([inB], 'keep', b.db);
    await addTag([inB], 'from-b', b.db);
    await b.db.articles.update(inB, { progress: 0.9 });
    await settle(a, b);
    const ra = (await a.db.articles.get(id))!;
    const rb = (await b.db.articles.get(inB))!;
    for (const r of [ra, rb]) {
      expect(r.status).toBe('archived');
      expect(r.favorite).toBe(1);
      expect([...r.tags].sort()).toEqual(['from-a', 'from-b']);
      expect(r.progress).toBe(0.9);
    }
  });

  it('resolves the same conflict in both browsers at the same moment and then stays quiet', async () => {
    const { server, a, b } = await twoBrowsers();
    await a.engine.enable(config());
    await b.engine.enable(config());
    const id = await save(a, 'https://example.com/race');
    await settle(a, b);
    const inB = (await byUrl(b, 'https://example.com/race')).id;
    await addTag([id], 'x', a.db);
    await addTag([inB], 'y', b.db);
    // Both send their edit; then both pull the conflict and resolve it before seeing each other's resolution.
    await a.engine.round();
    await b.engine.round();
    await a.engine.round();
    await b.engine.round();
    await settle(a, b);
    const docId = (await a.db.syncDocs.toArray()).find((d) => d.rev)!.id;
    const doc = await server.get(docId, { conflicts: true });
    expect(doc._conflicts ?? []).toEqual([]);
    const revBefore = doc._rev;
    await settle(a, b);
    expect((await server.get(docId))._rev).toBe(revBefore); // no new revisions once resolved
    expect([...(await a.db.articles.get(id))!.tags].sort()).toEqual(['x', 'y']);
    expect([...(await b.db.articles.get(inB))!.tags].sort()).toEqual(['x', 'y']);
  });

  it('lets a delete in one browser beat an offline edit in the other', async () => {
    const { a, b } = await twoBrowsers();
    await a.engine.enable(config());
    await b.engine.enable(config());
    const id = await save(a, 'https://example.com/gone');
    await settle(a, b);
    const inB = (await byUrl(b, 'https://example.com/gone')).id;
    await deleteArticle(id, a.db);
    await new Promise((r) => setTimeout(r, 5));
    await addTag([inB], 'late edit', b.db);
    await setStatus([inB], 'archived', b.db);
    await settle(b, a);
    expect(await a.db.articles.count()).toBe(0);
    expect(await b.db.articles.count()).toBe(0);
  });

  it('matches the same page saved in both libraries before the first sync: one article, both tags', async () => {
    const { a, b } = await twoBrowsers();
    const ia = await save(a, 'https://example.com/same?utm_source=x');
    await addTag([ia], 'from-a', a.db);
    const ib = await save(b, 'https://example.com/same');
    await addTag([ib], 'from-b', b.db);
    await save(b, 'https://example.com/only-b');
    await a.engine.enable(config());
    await settle(a);
    await b.engine.enable(config());
    await settle(b, a);
    for (const p of [a, b]) {
      expect(await p.db.articles.count()).toBe(2);
      expect([...(await byUrl(p, 'https://example.com/same')).tags].sort()).toEqual(['from-a', 'from-b']);
    }
    expect((await byUrl(a, 'https://example.com/same')).gid).toBe((await byUrl(b, 'https://example.com/same')).gid);
  });

  it('keeps every title, URL, tag, note and sentence off the server (all revisions and attachments)', async () => {
    const { server, a, b } = await twoBrowsers();
    await a.engine.enable(config());
    await b.engine.enable(config());
    const id = await save(a, 'https://secret-site.example/private-story', TEXT, 'Private Title Words');
    await addTag([id], 'confidential-tag', a.db);
    await addImage(a, id, 'https://secret-site.example/photo.png', [9, 9, 9]);
    await a.db.highlights.add(
      completeHighlight({ articleId: id, quote: 'harbour dredging', note: 'my private note', createdAt: 1 }),
    );
    await settle(a, b);
    await addTag([(await byUrl(b, 'https://secret-site.example/private-story')).id], 'other-tag', b.db);
    await addTag([id], 'third-tag', a.db);
    await settle(a, b);
    const text = await serverText(server);
    for (const secret of [
      'secret-site',
      'private-story',
      'Private Title',
      'confidential',
      'other-tag',
      'third-tag',
      'harbour',
      'dredging',
      'private note',
      'photo.png',
      'image/png',
    ])
      expect(text).not.toContain(secret);
  });

  it('sends rows of an import still in progress only after it commits', async () => {
    const { a, b } = await twoBrowsers();
    await a.engine.enable(config());
    await b.engine.enable(config());
    const id = await save(a, 'https://example.com/imported');
    await a.db.articles.update(id, { importId: 'import-1' });
    await settle(a, b);
    expect(await b.db.articles.count()).toBe(0);
    const row = (await a.db.articles.get(id))!;
    const { importId: _drop, ...committed } = row;
    await a.db.articles.put(committed);
    await settle(a, b);
    expect(await b.db.articles.count()).toBe(1);
  });

  it('sends the articles of a restore still in progress only after it is made final', async () => {
    const { a, b } = await twoBrowsers();
    await a.engine.enable(config());
    await b.engine.enable(config());
    const url = 'https://example.com/restored';
    await bulkWriteArticles(
      a.db,
      [
        {
          article: {
            url,
            originalUrl: url,
            canonicalUrl: null,
            kind: 'article',
            title: 'Restored',
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
            savedAt: 1,
            updatedAt: 1,
          },
          content: { html: `<p>${TEXT}</p>`, text: TEXT, updatedAt: 1 },
          original: null,
          images: [],
          highlights: [],
        },
      ],
      { importId: 'import-2' },
    );
    await settle(a, b);
    expect(await b.db.articles.count()).toBe(0);
    await commitImport(a.db, 'import-2');
    await settle(a, b);
    expect((await b.db.articles.toArray()).map((x) => x.url)).toEqual([url]);
  });

  it('skips a document it cannot decrypt, says so, loses nothing and keeps syncing the rest', async () => {
    const { server, a, b } = await twoBrowsers();
    await a.engine.enable(config());
    await b.engine.enable(config());
    const bad = await save(a, 'https://example.com/tampered');
    await settle(a);
    // The server (or someone with write access to it) changes a ciphertext.
    const rows = await server.allDocs({ include_docs: true });
    const target = rows.rows.find((r) => r.doc?.t === 'a')!.doc!;
    const ct = Buffer.from(target.ct as string, 'base64');
    ct[3] ^= 0xff;
    await server.put({ ...target, ct: ct.toString('base64') });
    await save(a, 'https://example.com/fine');
    await settle(a, b);
    const st = await b.engine.status();
    expect(st.lastError?.code).toBe('undecryptable');
    expect(st.lastError?.message).toMatch(/could not be decrypted/);
    expect((await b.db.articles.toArray()).map((x) => x.url)).toEqual(['https://example.com/fine']);
    expect(await a.db.articles.get(bad)).toBeTruthy();
  });

  it('with image sync off, a browser neither sends nor takes images', async () => {
    const { a, b } = await twoBrowsers();
    const id = await save(a, 'https://example.com/pictures');
    await addImage(a, id, 'https://example.com/p.png', [5, 6]);
    await a.engine.enable(config());
    await b.engine.enable(config(undefined, { syncImages: false }));
    await settle(a, b);
    const inB = await byUrl(b, 'https://example.com/pictures');
    expect(inB).toBeTruthy();
    expect(await b.db.images.count()).toBe(0);
    expect(b.mirrors[0] && (await (b.mirrors[0] as PouchDatabase).allDocs({})).rows.length).toBe(1);
  });

  it('exempts the server’s origin from the private-address block while sync is on, and only then', async () => {
    const allowed = new Set<string>();
    const deps = {
      allowOrigin: async (url: string) => void allowed.add(new URL(url).origin),
      forgetOrigin: async (url: string) => void allowed.delete(new URL(url).origin),
    };
    const server = memoryServer();
    const a = browserProfile(server, 'a', deps);
    const b = browserProfile(server, 'b', deps);
    const origin = new URL(config().url).origin;
    expect((await a.engine.probe(config())).ok).toBe(true);
    expect(allowed.has(origin)).toBe(false); // a probe alone leaves nothing allowed
    await a.engine.enable(config());
    expect(allowed.has(origin)).toBe(true);
    allowed.clear();
    expect((await b.engine.enable(config('wrong passphrase'))).ok).toBe(false);
    expect(allowed.has(origin)).toBe(false); // refused: not left allowed
    await a.engine.enable(config());
    await a.engine.disable();
    expect(allowed.has(origin)).toBe(false);
  });

  it('turns off: keeps the library, forgets credentials, keys and the mirror', async () => {
    const { a } = await twoBrowsers();
    await save(a, 'https://example.com/stays');
    await a.engine.enable(config());
    await settle(a);
    const st = await a.engine.disable();
    expect(st).toMatchObject({ enabled: false, state: 'off' });
    expect(await a.store.keys()).toBeUndefined();
    expect(await a.store.config()).toBeUndefined();
    expect(await a.db.articles.count()).toBe(1);
    expect(await a.db.syncDocs.count()).toBe(0);
  });

  it('turns off with rounds asked for meanwhile (live sync, a save): no mirror opened again', async () => {
    const { a } = await twoBrowsers();
    await save(a, 'https://example.com/stays');
    await a.engine.enable(config());
    await settle(a);
    const opened = a.mirrors.length;
    const off = a.engine.disable();
    // An open page's long poll or a save asks for a round at any moment while sync is being turned off.
    const rounds: Promise<unknown>[] = [];
    for (let i = 0; i < 30; i++) {
      rounds.push(a.engine.round());
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(await off).toMatchObject({ enabled: false, state: 'off' });
    await Promise.all(rounds);
    expect(a.mirrors.length).toBe(opened);
    expect(await a.store.config()).toBeUndefined();
    expect(await a.store.keys()).toBeUndefined();
    expect(await a.db.syncDocs.count()).toBe(0);
    expect(await a.db.articles.count()).toBe(1);
  });

  it('uploads in PouchDB’s default batches and steps down when a proxy refuses large ones', async () => {
    const { server, a, b } = await twoBrowsers();
    for (let n = 0; n < 60; n++) await save(a, `https://example.com/many-${n}`);
    // Uploads fail at first (so sealed documents wait in the mirror); then a proxy in front of the server
    // refuses requests of more than 25 documents (413).
    let down = false;
    const sizes: number[] = [];
    const bulkDocs = server.bulkDocs.bind(server);
    server.bulkDocs = (async (req: { docs: unknown[]; new_edits?: boolean }, ...rest: unknown[]) => {
      const upload = req.new_edits === false; // replication's writes (not its checkpoints)
      if (down && upload) throw Object.assign(new Error('Service Unavailable'), { status: 503 });
      if (upload) sizes.push(req.docs.length);
      if (upload && req.docs.length > 25) throw Object.assign(new Error('Request Entity Too Large'), { status: 413 });
      return (bulkDocs as (...x: unknown[]) => unknown)(req, ...rest);
    }) as unknown as typeof server.bulkDocs;
    await a.engine.enable(config());
    down = true;
    expect((await a.engine.round()).lastError).not.toBeNull();
    down = false;
    await settle(a);
    expect((await a.engine.status()).lastError).toBeNull();
    expect(sizes[0]).toBeGreaterThan(25); // it tried the default size first
    expect((await a.store.state()).pushBatch).toBe(25);
    expect(sizes.slice(1).every((n) => n <= 25)).toBe(true);
    await b.engine.enable(config());
    await settle(b);
    expect(await b.db.articles.count()).toBe(60);
  });

  it('drops outbox rows while sync is off (no pile-up); turning on still sends the whole library', async () => {
    const { a, b } = await twoBrowsers();
    await save(a, 'https://example.com/kept-1');
    const gone = await save(a, 'https://example.com/gone');
    await deleteArticle(gone, a.db);
    await save(a, 'https://example.com/kept-2');
    expect(await a.db.outbox.count()).toBe(3); // every change, also with sync never turned on
    await a.engine.dropOutboxWhileOff();
    expect(await a.db.outbox.count()).toBe(0);

    await a.engine.enable(config());
    await a.engine.dropOutboxWhileOff(); // sync is on: the queued library stays
    expect(await a.db.outbox.count()).toBe(2);
    await b.engine.enable(config());
    await settle(a, b);
    expect((await b.db.articles.toArray()).map((x) => x.url).sort()).toEqual([
      'https://example.com/kept-1',
      'https://example.com/kept-2',
    ]);
    expect(await a.db.outbox.count()).toBe(0);
  });

  it('does not drop the library queued by a Turn on sync under way', async () => {
    const { a } = await twoBrowsers();
    await save(a, 'https://example.com/queued');
    // Woken while sync is off: it reads "off" … and Turn on sync runs to its end before it goes on.
    const read = a.store.config.bind(a.store);
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    a.store.config = async () => {
      const c = await read();
      a.store.config = read;
      await gate;
      return c;
    };
    const drop = a.engine.dropOutboxWhileOff();
    expect((await a.engine.enable(config())).ok).toBe(true);
    release();
    await drop;
    expect(await a.db.outbox.count()).toBe(1);
  });
});
