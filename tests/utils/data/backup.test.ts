// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import { completeHighlight } from '@/utils/highlights/complete-highlight';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { OffprintDB } from '@/utils/storage/db';
import { exportBackup } from '@/utils/data/backup/export-backup';
import { previewRestore, restoreBackup, type RestoreOptions } from '@/utils/data/restore/restore-backup';
import { BACKUP_VERSION } from '@/utils/data/backup/backup-format';
import { openZip } from '@/utils/lib/zip-reader';
import { createZipWriter } from '@/utils/lib/zip-writer';
import { saveArticle, updateArticle } from '@/utils/storage/save-article';
import { dumpLibrary, extracted, imageBytes, seedLibrary } from '../../helpers/seed-library';
import { JSDOM } from 'jsdom';
import { sanitizeHtml } from '@/utils/extraction/sanitize-html';
import { compactSearchIndex, pendingTerms, termIds } from '@/utils/search/search-index';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;

const settingsStore = () => {
  const store: Record<string, unknown> = {};
  return {
    store,
    read: async () => ({ settings: { theme: 'dark', fontSize: 21 }, other: [1, 2] }),
    write: async (s: Record<string, unknown>) => void Object.assign(store, s),
  };
};
const fresh = () => new OffprintDB(`backup-${crypto.randomUUID()}`);
let db: OffprintDB;
beforeEach(() => {
  db = fresh();
});

async function backupOf(source: OffprintDB) {
  return (
    await exportBackup({
      db: source,
      readSettings: async () => ({ settings: { theme: 'dark' } }),
      appVersion: '0.1.0',
      now: 5,
    })
  ).blob;
}
const opts = (target: OffprintDB, extra: Partial<RestoreOptions> = {}): RestoreOptions => ({
  db: target,
  writeSettings: async () => {},
  prepareHtml: (html) => sanitizeHtml(html, win),
  ...extra,
});

describe('full backup', { timeout: 60_000 }, () => {
  it('writes a manifest with format, version, app version, date and counts', async () => {
    await seedLibrary(db, 7);
    const { blob, manifest } = await exportBackup({
      db,
      readSettings: async () => ({}),
      appVersion: '9.9.9',
      now: 1234,
    });
    const zip = await openZip(blob);
    const m = JSON.parse(await zip.text('manifest.json'));
    expect(m).toMatchObject({
      format: 'offprint-backup',
      version: BACKUP_VERSION,
      appVersion: '9.9.9',
      createdAt: 1234,
    });
    expect(m.counts).toEqual({ articles: 7, originals: 7, images: 6, highlights: 3 });
    expect(manifest.pages).toEqual(['articles/00001.json']);
    expect([...zip.entries.keys()].filter((k) => k.startsWith('images/'))).toHaveLength(6);
  });

  it('round-trips losslessly: export, restore into an empty library, same records and image bytes', async () => {
    await seedLibrary(db, 10);
    const before = await dumpLibrary(db);
    const target = fresh();
    const s = settingsStore();
    const summary = await restoreBackup(await backupOf(db), 'merge', opts(target, { writeSettings: s.write }));
    expect(summary).toMatchObject({ added: 10, updated: 0, unchanged: 0, skipped: [] });
    expect(await dumpLibrary(target)).toEqual(before);
    expect(s.store).toEqual({ settings: { theme: 'dark' } });
    expect(await target.importUndo.count()).toBe(0);
  });

  it('pages through large libraries (more than one page file)', async () => {
    await seedLibrary(db, 205);
    const blob = await backupOf(db);
    const target = fresh();
    await restoreBackup(blob, 'replace', opts(target));
    expect(await target.articles.count()).toBe(205);
    expect((await dumpLibrary(target)).images).toEqual((await dumpLibrary(db)).images);
  });

  it('leaves every restored article in the search index, none waiting for the background to merge it', async () => {
    await seedLibrary(db, 12);
    const target = fresh();
    const timings: Record<string, number> = {};
    await restoreBackup(await backupOf(db), 'merge', opts(target, { timings }));
    expect((await pendingTerms(target)).rows).toEqual([]);
    expect(await target.postings.count()).toBeGreaterThan(0);
    const last = (await target.articles.orderBy('id').last())!;
    const word = (await target.contents.get(last.id))!.text
      .toLowerCase()
      .match(/[a-z]{5,}/g)!
      .pop()!;
    expect(await termIds(target, word, await pendingTerms(target))).toContain(last.id);
    expect(Object.keys(timings)).toEqual(
      expect.arrayContaining(['open', 'validate', 'files', 'sanitize', 'write', 'last index', 'read pages', 'commit']),
    );
  });

  it('merges its words from memory (no terms row read back) into the posting lists the usual merge makes', async () => {
    await seedLibrary(db, 23);
    const target = fresh();
    const reads = vi.spyOn(target.searchTerms, 'where');
    const timings: Record<string, number> = {};
    await restoreBackup(await backupOf(db), 'merge', opts(target, { timings }));
    // One merge from memory: the only look at the terms rows counts them (and the check after).
    expect(timings['index: from memory']).toBeGreaterThan(0);
    expect(reads.mock.calls.length).toBeLessThanOrEqual(2);
    reads.mockRestore();
    expect((await pendingTerms(target)).rows).toEqual([]);
    const found = await termIds(target, 'paragraph', await pendingTerms(target)); // a word of every article
    expect(found.sort((a, b) => a - b)).toEqual(await target.articles.toCollection().primaryKeys());
    // The same rows merged the background's way (read back from the table) give the same posting lists.
    const dump = async () => (await target.postings.toArray()).map((r) => `${r.term}/${r.seg}:${r.ids}`).sort();
    const merged = await dump();
    await target.postings.clear();
    await target.meta.put({ key: 'search:compacted', value: 0 });
    await compactSearchIndex(target, 1000);
    expect(await dump()).toEqual(merged);
  });

  it('merges the usual way when its rows replace stored ones (their lost words leave the index)', async () => {
    await seedLibrary(db, 4);
    const blob = await backupOf(db);
    const target = fresh();
    await seedLibrary(target, 4);
    await compactSearchIndex(target, 1000);
    const glacier = 'A glacier paragraph only here.';
    await saveArticle(await extracted(2, { contentHtml: `<p>${glacier}</p>`, textContent: glacier }), target);
    await target.articles.update(2, { updatedAt: 1 }); // older here: the backup's copy replaces it
    await compactSearchIndex(target, 1000);
    expect(await termIds(target, 'glacier', await pendingTerms(target))).toEqual([2]);
    const timings: Record<string, number> = {};
    await restoreBackup(blob, 'replace', opts(target, { timings }));
    expect(timings['index: from memory']).toBeUndefined();
    expect((await pendingTerms(target)).rows).toEqual([]);
    expect(await termIds(target, 'glacier', await pendingTerms(target))).toEqual([]);
  });
});

/**
 * The archive as a user's file, counting how often each page file is read from it (each read of one entry
 * starts with its 30-byte local header).
 */
async function countingPageReads(blob: Blob) {
  const zip = await openZip(blob);
  const pageAt = new Map(
    [...zip.entries.values()].filter((e) => e.name.startsWith('articles/')).map((e) => [e.offset, e.name]),
  );
  const reads = new Map<string, number>();
  class DiskFile extends Blob {
    slice(start = 0, end?: number, type?: string): Blob {
      const page = pageAt.get(start);
      if (page && end === start + 30) reads.set(page, (reads.get(page) ?? 0) + 1);
      return super.slice(start, end, type);
    }
  }
  return { file: new DiskFile([await blob.arrayBuffer()]), reads, pages: [...pageAt.values()].sort(), zip };
}

describe('the archive is read once', { timeout: 120_000 }, () => {
  it('reads each page file once: the check keeps the pages in memory for the write', async () => {
    await seedLibrary(db, 450); // three page files
    const before = await dumpLibrary(db);
    const { file, reads, pages } = await countingPageReads(await backupOf(db));
    const target = fresh();
    await restoreBackup(file, 'merge', opts(target));
    expect(pages).toHaveLength(3);
    expect(Object.fromEntries(reads)).toEqual(Object.fromEntries(pages.map((p) => [p, 1])));
    expect(await dumpLibrary(target)).toEqual(before);
  });

  it('reads again the pages past KEEP_PAGE_BYTES (without checking them twice), restoring the same', async () => {
    await seedLibrary(db, 450);
    const before = await dumpLibrary(db);
    const { file, reads, pages, zip } = await countingPageReads(await backupOf(db));
    const target = fresh();
    // Room for the first page only.
    await restoreBackup(file, 'merge', opts(target, { keepPages: zip.entries.get(pages[0])!.size }));
    expect(pages.map((p) => reads.get(p))).toEqual([1, 2, 2]);
    expect(await dumpLibrary(target)).toEqual(before);
  });

  it("reads the next page file while it checks and writes this one's (the page thread waits for no read)", async () => {
    await seedLibrary(db, 450);
    const before = await dumpLibrary(db);
    const { file, reads, pages } = await countingPageReads(await backupOf(db));
    // Reads of each page begun when the write pass reports a page done (no page kept in memory: the check
    // pass read each once, the write pass reads each again).
    const begun: number[][] = [];
    const target = fresh();
    await restoreBackup(
      file,
      'merge',
      opts(target, {
        keepPages: 0,
        onProgress: () => void begun.push(pages.map((p) => reads.get(p) ?? 0)),
      }),
    );
    expect(begun).toEqual([
      [2, 2, 1],
      [2, 2, 2],
      [2, 2, 2],
    ]);
    expect(await dumpLibrary(target)).toEqual(before);
  });

  it('asks the reader for every page to check at once (each check waits for no write-pass job)', async () => {
    await seedLibrary(db, 450);
    const { file, reads, pages } = await countingPageReads(await backupOf(db));
    const begun: number[][] = [];
    await previewRestore(file, 'merge', {
      db: fresh(),
      onProgress: () => void begun.push(pages.map((p) => reads.get(p) ?? 0)),
    });
    // Until session 26 the check asked for the next page only: [1, 1, 0] when the first page was done.
    expect(begun[0]).toEqual([1, 1, 1]);
  });

  it('still checks every page before the first write: damage on the last page changes nothing', async () => {
    await seedLibrary(db, 450);
    const zip = await openZip(await backupOf(db));
    const files: Record<string, Uint8Array> = {};
    for (const name of zip.entries.keys()) files[name] = await zip.bytes(name);
    files['articles/00003.json'] = strToU8('[{"article": ');
    const target = fresh();
    await seedLibrary(target, 2);
    const mine = await dumpLibrary(target);
    let written = 0;
    target.articles.hook('creating', () => void written++);
    await expect(restoreBackup(new Blob([zipSync(files) as BlobPart]), 'replace', opts(target))).rejects.toThrow(
      /articles\/00003\.json cannot be read/,
    );
    expect(written).toBe(0);
    expect(await dumpLibrary(target)).toEqual(mine);
  });

  it('sanitizes the pages already checked while the check goes on, and writes nothing until it has ended', async () => {
    await seedLibrary(db, 1000); // five pages
    const zip = await openZip(await backupOf(db));
    const files: Record<string, Uint8Array> = {};
    for (const name of zip.entries.keys()) files[name] = await zip.bytes(name);
    files['articles/00005.json'] = strToU8('[{"article": ');
    const target = fresh();
    let written = 0;
    target.articles.hook('creating', () => void written++);
    let sanitized = 0;
    const prepareHtml = (html: string) => (sanitized++, sanitizeHtml(html, win));
    await expect(
      restoreBackup(new Blob([zipSync(files) as BlobPart]), 'merge', opts(target, { prepareHtml })),
    ).rejects.toThrow(/articles\/00005\.json cannot be read/);
    // The write pass did not wait for the check to begin (until session 26 it did: nothing was sanitized).
    expect(sanitized).toBeGreaterThan(0);
    expect(written).toBe(0);
    expect(await target.articles.count()).toBe(0);
  });

  it('keeps the records the check skipped out of the write, and reports them', async () => {
    await seedLibrary(db, 250); // two pages
    const zip = await openZip(await backupOf(db));
    const files: Record<string, Uint8Array> = {};
    for (const name of zip.entries.keys()) files[name] = await zip.bytes(name);
    const page = JSON.parse(new TextDecoder().decode(files['articles/00002.json']));
    page[3].article.status = 'lost';
    files['articles/00002.json'] = strToU8(JSON.stringify(page));
    for (const keepPages of [undefined, 0]) {
      const target = fresh();
      const r = await restoreBackup(new Blob([zipSync(files) as BlobPart]), 'merge', opts(target, { keepPages }));
      expect(r.added).toBe(249);
      expect(r.skipped).toEqual([
        { page: 'articles/00002.json', index: 3, url: page[3].article.url, reason: 'unknown status "lost"' },
      ]);
      expect(await target.articles.where('url').equals(page[3].article.url).count()).toBe(0);
    }
  });
});

describe('images come from the backup file itself', { timeout: 60_000 }, () => {
  it('restores each image as a slice of the file (no copy of its bytes built in the page), byte for byte', async () => {
    await seedLibrary(db, 30);
    const before = await dumpLibrary(db);
    const images = await db.images.count();
    expect(images).toBeGreaterThan(10);
    // Every Blob built from bytes during the restore, by type: an image copied into memory is one.
    const built: string[] = [];
    const Original = globalThis.Blob;
    class Counting extends Original {
      constructor(parts?: BlobPart[], options?: BlobPropertyBag) {
        super(parts, options);
        built.push(options?.type ?? '');
      }
    }
    const file = await backupOf(db);
    const target = fresh();
    globalThis.Blob = Counting;
    try {
      await restoreBackup(file, 'merge', opts(target));
    } finally {
      globalThis.Blob = Original;
    }
    expect(built.filter((t) => t.startsWith('image/'))).toEqual([]);
    expect(await dumpLibrary(target)).toEqual(before);
  });

  it('still checks every image against its checksum (a slice is only taken once its bytes are checked)', async () => {
    const w = createZipWriter();
    w.add('images/1/0.png', new Uint8Array([1, 2, 3, 4]), { store: true });
    w.addText('a.json', '{"x":1}');
    const blob = await w.finish();
    const zip = await openZip(blob);
    const got = await zip.blobs(
      new Map([
        ['images/1/0.png', 'image/png'],
        ['a.json', 'application/json'],
      ]),
    );
    expect(got.get('images/1/0.png')!.type).toBe('image/png');
    expect(Array.from(new Uint8Array(await got.get('images/1/0.png')!.arrayBuffer()))).toEqual([1, 2, 3, 4]);
    expect(await got.get('a.json')!.text()).toBe('{"x":1}'); // a deflated entry: a Blob of its inflated bytes
    const buf = new Uint8Array(await blob.arrayBuffer());
    const e = zip.entries.get('images/1/0.png')!;
    buf[e.offset + 30 + e.name.length + 1] ^= 0xff;
    const damaged = await openZip(new Blob([buf]));
    await expect(damaged.blobs(new Map([['images/1/0.png', 'image/png']]))).rejects.toThrow(/checksum/);
  });
});

/** `b` with every read of its slices counted (bytes, through `add`); its slices stay Blobs (IndexedDB clones them). */
function counted(b: Blob, add: (bytes: number) => void): Blob {
  const slice = b.slice.bind(b);
  const read = b.arrayBuffer.bind(b);
  return Object.assign(b, {
    slice: (...a: Parameters<Blob['slice']>) => counted(slice(...a), add),
    arrayBuffer: async () => {
      const buf = await read();
      add(buf.byteLength);
      return buf;
    },
  });
}

describe('restore reads', { timeout: 60_000 }, () => {
  it("reads a page's originals and images in one pass: each byte of the file about once", async () => {
    const ids = await seedLibrary(db, 6);
    // Large images on the first and last articles: the page's originals lie on both sides of them in the archive.
    for (const [k, id] of [ids[0], ids[5]].entries())
      await db.images.put({
        articleId: id,
        url: `https://img.example.org/big-${k}.png`,
        blob: new Blob([imageBytes(k, 400_000) as BlobPart], { type: 'image/png' }),
        type: 'image/png',
        bytes: 400_000,
        width: 10,
        height: 20,
        savedAt: 1,
      });
    const file = await backupOf(db);
    let read = 0;
    const target = fresh();
    const summary = await restoreBackup(
      counted(file, (n) => (read += n)),
      'merge',
      opts(target),
    );
    expect(summary).toMatchObject({ added: 6, skipped: [] });
    expect(await dumpLibrary(target)).toEqual(await dumpLibrary(db));
    // Read apart, the stretch between the first and the last original (the 800 KB of images) was read twice.
    expect(read).toBeGreaterThan(file.size * 0.9);
    expect(read).toBeLessThan(file.size * 1.2);
  });
});

describe('highlights in backups', { timeout: 60_000 }, () => {
  it('carries every highlight field (gid, selectors, colour, dates, tombstone, anchor) through', async () => {
    await seedLibrary(db, 7);
    const before = await db.highlights.orderBy('id').toArray();
    expect(before.map((h) => h.deleted)).toEqual([0, 0, 1]);
    const target = fresh();
    await restoreBackup(await backupOf(db), 'merge', opts(target));
    expect(await target.highlights.orderBy('id').toArray()).toEqual(before);
  });

  it('restores a format-1 backup: its highlights keep quote, note and date and get the new fields', async () => {
    await seedLibrary(db, 4);
    const zip = await openZip(await backupOf(db));
    const files: Record<string, Uint8Array> = {};
    for (const name of zip.entries.keys()) files[name] = await zip.bytes(name);
    // Rewrite the archive as version 1 wrote it: highlights with id, articleId, quote, note, createdAt only.
    const page = JSON.parse(new TextDecoder().decode(files['articles/00001.json']));
    for (const rec of page)
      rec.highlights = rec.highlights.map(({ id, articleId, quote, note, createdAt }: any) => ({
        id,
        articleId,
        quote,
        note,
        createdAt,
      }));
    files['articles/00001.json'] = strToU8(JSON.stringify(page));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, version: 1 }));
    const target = fresh();
    const r = await restoreBackup(new Blob([zipSync(files) as BlobPart]), 'merge', opts(target));
    expect(r).toMatchObject({ added: 4, skipped: [] });
    const got = await target.highlights.orderBy('id').toArray();
    const was = await db.highlights.orderBy('id').toArray();
    expect(got.map(({ id, articleId, quote, note, createdAt }) => ({ id, articleId, quote, note, createdAt }))).toEqual(
      was.map(({ id, articleId, quote, note, createdAt }) => ({ id, articleId, quote, note, createdAt })),
    );
    for (const h of got) {
      expect(h).toMatchObject({ color: 'yellow', deleted: 0, prefix: '', suffix: '', position: null, anchor: null });
      expect(h.updatedAt).toBe(h.createdAt);
      expect(h.gid).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(new Set(got.map((h) => h.gid)).size).toBe(got.length);
  });

  it('restoring the same backup twice (replace) keeps one copy of each highlight, by global id', async () => {
    await seedLibrary(db, 4);
    const blob = await backupOf(db);
    const target = fresh();
    await restoreBackup(blob, 'replace', opts(target));
    await target.articles.update(1, { updatedAt: 1 }); // older here: the backup's copy is written again
    await restoreBackup(blob, 'replace', opts(target));
    expect((await target.highlights.toArray()).map((h) => h.gid).sort()).toEqual(
      (await db.highlights.toArray()).map((h) => h.gid).sort(),
    );
  });

  it('skips a record whose highlight has a malformed global id', async () => {
    await seedLibrary(db, 1);
    const zip = await openZip(await backupOf(db));
    const files: Record<string, Uint8Array> = {};
    for (const name of zip.entries.keys()) files[name] = await zip.bytes(name);
    const page = JSON.parse(new TextDecoder().decode(files['articles/00001.json']));
    page[0].highlights[0].gid = 42;
    files['articles/00001.json'] = strToU8(JSON.stringify(page));
    const r = await previewRestore(new Blob([zipSync(files) as BlobPart]), 'merge', opts(fresh()));
    expect(r.skipped.map((s) => s.reason)).toEqual(['a highlight has an invalid id']);
  });
});

describe('restore preview and merge', { timeout: 60_000 }, () => {
  it('previews new, updated, unchanged and skipped without writing', async () => {
    const ids = await seedLibrary(db, 6);
    const blob = await backupOf(db);
    const target = fresh();
    await seedLibrary(target, 3); // same URLs 1..3, same updatedAt
    await target.articles.update(1, { updatedAt: 1 }); // older here → backup's copy is newer
    const before = await dumpLibrary(target);
    const p = await previewRestore(blob, 'merge', opts(target));
    expect(p).toMatchObject({ added: 3, updated: 1, unchanged: 2, removed: 0, skipped: [] });
    expect(await dumpLibrary(target)).toEqual(before);
    expect(ids).toHaveLength(6);
  });

  it('merge keeps the newer copy per article, matched by normalized URL', async () => {
    await seedLibrary(db, 2);
    const blob = await backupOf(db);
    const target = fresh();
    await seedLibrary(target, 2);
    await updateArticle(2, { tags: ['mine'] }, target); // newer here: must survive
    await target.articles.update(1, { updatedAt: 1, tags: ['old'] }); // older here: backup wins
    const r = await restoreBackup(blob, 'merge', opts(target));
    expect(r).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    expect((await target.articles.get(1))!.tags).toEqual(['news', 't1']);
    expect((await target.articles.get(2))!.tags).toEqual(['mine']);
    expect(await target.articles.count()).toBe(2);
  });

  it('replace makes the library equal to the backup, deleting what is not in it', async () => {
    await seedLibrary(db, 3);
    const blob = await backupOf(db);
    const target = fresh();
    await seedLibrary(target, 5);
    await updateArticle(1, { tags: ['mine'] }, target);
    const p = await previewRestore(blob, 'replace', opts(target));
    expect(p).toMatchObject({ updated: 1, unchanged: 2, removed: 2 });
    await restoreBackup(blob, 'replace', opts(target));
    expect((await target.articles.toArray()).map((a) => a.title)).toEqual([
      'Article number 1',
      'Article number 2',
      'Article number 3',
    ]);
    expect((await target.articles.get(1))!.tags).toEqual(['news', 't1']);
    expect(await target.images.where('articleId').anyOf([4, 5]).count()).toBe(0);
  });
});

describe('bad files change nothing', { timeout: 60_000 }, () => {
  it.each([
    ['a file that is not a zip', new Blob(['hello, this is text and not a zip archive at all'])],
    ['a foreign zip', new Blob([zipSync({ 'readme.txt': strToU8('hi') }) as BlobPart])],
    ['a zip whose manifest is not JSON', new Blob([zipSync({ 'manifest.json': strToU8('{oops') }) as BlobPart])],
    ['a foreign manifest', new Blob([zipSync({ 'manifest.json': strToU8('{"format":"pocket"}') }) as BlobPart])],
  ])('rejects %s with a clear error', async (_name, blob) => {
    await seedLibrary(db, 2);
    const before = await dumpLibrary(db);
    await expect(restoreBackup(blob, 'replace', opts(db))).rejects.toThrow(
      /not a zip|not an Offprint backup|not valid JSON/,
    );
    expect(await dumpLibrary(db)).toEqual(before);
  });

  it('rejects a backup from a newer format version, saying to update', async () => {
    const manifest = {
      format: 'offprint-backup',
      version: BACKUP_VERSION + 1,
      createdAt: 1,
      counts: { articles: 0 },
      pages: [],
    };
    const blob = new Blob([zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest)) }) as BlobPart]);
    await expect(previewRestore(blob, 'merge', opts(db))).rejects.toThrow(/newer Offprint.*Update Offprint/);
  });

  it('skips records with missing fields and reports them, restoring the rest', async () => {
    await seedLibrary(db, 3);
    const zip = await openZip(await backupOf(db));
    const files: Record<string, Uint8Array> = {};
    for (const name of zip.entries.keys()) files[name] = await zip.bytes(name);
    const page = JSON.parse(new TextDecoder().decode(files['articles/00001.json']));
    delete page[1].article.url;
    files['articles/00001.json'] = strToU8(JSON.stringify(page));
    const target = fresh();
    const r = await restoreBackup(new Blob([zipSync(files) as BlobPart]), 'merge', opts(target));
    expect(r.added).toBe(2);
    expect(r.skipped).toEqual([{ page: 'articles/00001.json', index: 1, url: null, reason: 'article has no URL' }]);
  });

  it('two records wishing the same article id in one write both arrive (the second gets a new id)', async () => {
    await seedLibrary(db, 3);
    const zip = await openZip(await backupOf(db));
    const files: Record<string, Uint8Array> = {};
    for (const name of zip.entries.keys()) files[name] = await zip.bytes(name);
    const page = JSON.parse(new TextDecoder().decode(files['articles/00001.json']));
    page[2].article.id = page[0].article.id;
    files['articles/00001.json'] = strToU8(JSON.stringify(page));
    const target = fresh();
    const r = await restoreBackup(new Blob([zipSync(files) as BlobPart]), 'merge', opts(target));
    expect(r.added).toBe(3);
    const urls = (await target.articles.toArray()).map((a) => a.url).sort();
    expect(urls).toEqual(page.map((p: { article: { url: string } }) => p.article.url).sort());
  });

  it('rolls back everything when an image is damaged inside the zip (checksum), even mid-restore', async () => {
    await seedLibrary(db, 250); // two pages: the damage is on page 2, after page 1 was written
    const blob = await backupOf(db);
    const zip = await openZip(blob);
    const victim = [...zip.entries.values()].find((e) => e.name.startsWith('images/24'))!;
    const buf = new Uint8Array(await blob.arrayBuffer());
    buf[victim.offset + 30 + victim.name.length + 20] ^= 0xff; // flip a byte of the stored image
    const target = fresh();
    await seedLibrary(target, 2);
    await target.articles.update(1, { updatedAt: 1 });
    const before = await dumpLibrary(target);
    // A page per write: page 1 is written (and must be undone) before page 2's damage is read.
    const run = restoreBackup(new Blob([buf]), 'replace', opts(target, { batch: { articles: 200 } }));
    await expect(run).rejects.toThrow(/damaged.*checksum/);
    expect(await dumpLibrary(target)).toEqual(before);
    expect(await target.importUndo.count()).toBe(0);
  });

  it('an article saved here during the restore under a URL of the backup: refused in words, nothing lost', async () => {
    await seedLibrary(db, 250); // two pages; article 240 is on the second
    const blob = await backupOf(db);
    const target = fresh();
    let pages = 0;
    const run = restoreBackup(
      blob,
      'merge',
      opts(target, {
        // After page 1 is read: the user saves article 240 in this browser (the check found no such URL).
        onProgress: () => {
          if (++pages === 1) void extracted(240).then((a) => saveArticle(a, target));
        },
      }),
    );
    await expect(run).rejects.toThrow(/already in this library.*saved while the restore ran.*Nothing was changed/);
    const left = await target.articles.toArray();
    expect(left.map((a) => a.url)).toEqual([(await extracted(240)).url.replace('?utm_source=feed', '')]);
    expect(await target.importUndo.count()).toBe(0);
    // Restoring again now merges around it.
    await restoreBackup(blob, 'merge', opts(target));
    expect(await target.articles.count()).toBe(250);
  });

  it('a cancelled restore leaves the library as it was', async () => {
    await seedLibrary(db, 450);
    const blob = await backupOf(db);
    const target = fresh();
    await seedLibrary(target, 3);
    await target.articles.update(2, { updatedAt: 1 });
    const before = await dumpLibrary(target);
    const ctl = new AbortController();
    let pages = 0;
    const run = restoreBackup(
      blob,
      'merge',
      opts(target, { signal: ctl.signal, onProgress: () => ++pages === 2 && ctl.abort() }),
    );
    await expect(run).rejects.toThrow(/abort|cancel/i);
    expect(await dumpLibrary(target)).toEqual(before);
  });

  // Several backup pages go in one write transaction: a failure on a later page of one (the disk filling up)
  // must undo that transaction and every one committed before it.
  it.each([
    [240, 'on page 2, inside the first transaction (pages 1–2)'],
    [420, 'on page 3, inside the second transaction, after the first committed'],
  ])('a write that fails for article %i (%s) rolls back everything', async (n) => {
    await seedLibrary(db, 450); // pages of 200, 200, 50; batches of 350 articles: pages 1–2, then 3
    const blob = await backupOf(db);
    const target = fresh();
    await seedLibrary(target, 3);
    await target.articles.update(2, { updatedAt: 1 }); // the restore replaces it (an undo copy is kept)
    const before = await dumpLibrary(target);
    const bad = (await extracted(n)).url.replace('?utm_source=feed', '');
    const txs = new Set<unknown>(); // the restore's write transactions up to the failure (not the rollback's)
    let failed = false;
    const full = function (this: unknown, _key: unknown, row: { url: string }, tx: unknown) {
      if (failed) return;
      txs.add(tx);
      if (row.url !== bad) return;
      failed = true;
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    };
    target.articles.hook('creating', full);
    // Only full batches (not each page as soon as the writer is free): transactions of several pages.
    const run = restoreBackup(blob, 'merge', opts(target, { batch: { articles: 350, eager: false } }));
    await expect(run).rejects.toThrow(/disk is full/);
    target.articles.hook('creating').unsubscribe(full);
    expect(txs.size).toBe(n === 240 ? 1 : 2);
    expect(await dumpLibrary(target)).toEqual(before);
    expect(await target.importUndo.count()).toBe(0);
    expect(await target.articles.where('importId').notEqual('').count()).toBe(0);
  });

  it('writes several pages per transaction, bounded by articles and by bytes', { timeout: 120_000 }, async () => {
    await seedLibrary(db, 250); // two pages: 200, 50
    const blob = await backupOf(db);
    // Articles written per transaction, in order.
    const transactions = async (batch?: RestoreOptions['batch']) => {
      const target = fresh();
      const txs = new Map<unknown, number>();
      const seen = function (this: unknown, _key: unknown, _row: unknown, tx: unknown) {
        txs.set(tx, (txs.get(tx) ?? 0) + 1);
      };
      target.articles.hook('creating', seen);
      await restoreBackup(blob, 'merge', opts(target, { batch }));
      expect(await target.articles.count()).toBe(250);
      return [...txs.values()];
    };
    expect(await transactions({ articles: 400, eager: false })).toEqual([250]); // both pages in one
    expect(await transactions({ eager: false })).toEqual([200, 50]); // WRITE_ARTICLES: one page (200) at most
    expect(await transactions({ articles: 150, eager: false })).toEqual([200, 50]); // page 1 reaches 150
    expect(await transactions({ bytes: 1, eager: false })).toEqual([200, 50]); // every page is over the byte bound
    // By default a page is written as soon as the writer is free: the first page goes at once, on its own, and
    // the last write (which nothing overlaps) is not a full batch.
    expect(await transactions()).toEqual([200, 50]);
  });
});

describe('format version 2 (sync fields)', () => {
  it('carries global ids, clocks and highlight ids, and restores them as they were', async () => {
    await seedLibrary(db, 3);
    const first = (await db.articles.toArray())[0];
    await db.highlights.add(completeHighlight({ articleId: first.id, quote: 'q', note: null, createdAt: 3 }));
    const before = await db.articles.toArray();
    const hl = (await db.highlights.toArray())[0];
    const zip = await openZip(await backupOf(db));
    expect(JSON.parse(await zip.text('manifest.json')).version).toBe(BACKUP_VERSION);
    const target = fresh();
    await restoreBackup(await backupOf(db), 'merge', opts(target));
    const after = await target.articles.toArray();
    expect(after.map((a) => [a.url, a.gid, a.clocks])).toEqual(before.map((a) => [a.url, a.gid, a.clocks]));
    const got = (await target.highlights.toArray())[0];
    expect([got.gid, got.updatedAt]).toEqual([hl.gid, hl.updatedAt]);
  });

  it.each([1, 2])('still restores a version %i backup (no article gids): rows get them as written', async (version) => {
    await seedLibrary(db, 2);
    const zip = await openZip(await backupOf(db));
    const files: Record<string, Uint8Array> = {};
    for (const name of zip.entries.keys()) files[name] = await zip.bytes(name);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, version }));
    const page = JSON.parse(new TextDecoder().decode(files['articles/00001.json']));
    for (const r of page) {
      delete r.article.gid;
      delete r.article.clocks;
    }
    files['articles/00001.json'] = strToU8(JSON.stringify(page));
    const target = fresh();
    const r = await restoreBackup(new Blob([zipSync(files) as BlobPart]), 'merge', opts(target));
    expect(r.added).toBe(2);
    const rows = await target.articles.toArray();
    expect(rows.every((a) => typeof a.gid === 'string' && a.clocks)).toBe(true);
  });

  it('skips a record whose sync fields are damaged, saying why', async () => {
    await seedLibrary(db, 2);
    const zip = await openZip(await backupOf(db));
    const files: Record<string, Uint8Array> = {};
    for (const name of zip.entries.keys()) files[name] = await zip.bytes(name);
    const page = JSON.parse(new TextDecoder().decode(files['articles/00001.json']));
    page[0].article.clocks = { life: 'x', tags: [] };
    files['articles/00001.json'] = strToU8(JSON.stringify(page));
    const r = await previewRestore(new Blob([zipSync(files) as BlobPart]), 'merge', opts(fresh()));
    expect(r.skipped.map((s) => s.reason)).toEqual(['article has bad change times']);
  });
});

describe('format version 4 (page kinds)', () => {
  /** The library's backup as files, with `edit` applied to its manifest and article records. */
  async function rewritten(version: number, edit: (article: Record<string, unknown>) => void) {
    const zip = await openZip(await backupOf(db));
    const files: Record<string, Uint8Array> = {};
    for (const name of zip.entries.keys()) files[name] = await zip.bytes(name);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, version }));
    const page = JSON.parse(new TextDecoder().decode(files['articles/00001.json']));
    for (const r of page) edit(r.article);
    files['articles/00001.json'] = strToU8(JSON.stringify(page));
    return new Blob([zipSync(files) as BlobPart]);
  }

  it('writes format 4 and carries each article’s page kind through a restore', async () => {
    expect(BACKUP_VERSION).toBe(4);
    await seedLibrary(db, 3);
    const [a, b] = await db.articles.toArray();
    await db.articles.update(a.id, { pageKind: 'thread' });
    await db.articles.update(b.id, { pageKind: 'documentation' });
    const zip = await openZip(await backupOf(db));
    expect(JSON.parse(await zip.text('manifest.json')).version).toBe(4);
    const target = fresh();
    await restoreBackup(await backupOf(db), 'merge', opts(target));
    const kinds = new Map((await target.articles.toArray()).map((r) => [r.url, r.pageKind]));
    expect([kinds.get(a.url), kinds.get(b.url)]).toEqual(['thread', 'documentation']);
    expect([...kinds.values()].filter((k) => k === undefined)).toHaveLength(1);
  });

  it.each([1, 2, 3])('still restores a version %i backup (no page kinds): its articles read as articles', async (v) => {
    await seedLibrary(db, 2);
    const blob = await rewritten(v, (article) => {
      delete article.pageKind;
      if (v < 3) delete article.gid;
    });
    const target = fresh();
    const r = await restoreBackup(blob, 'merge', opts(target));
    expect(r.added).toBe(2);
    expect((await target.articles.toArray()).map((a) => a.pageKind)).toEqual([undefined, undefined]);
  });

  it('skips a record with an unknown page kind, saying why', async () => {
    await seedLibrary(db, 2);
    let first = true;
    const blob = await rewritten(4, (article) => {
      if (first) article.pageKind = '<script>';
      first = false;
    });
    const r = await previewRestore(blob, 'merge', opts(fresh()));
    expect(r.skipped.map((s) => s.reason)).toEqual(['unknown page kind "<script>"']);
  });
});
