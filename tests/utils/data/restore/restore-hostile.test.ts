// @vitest-environment node
// Hostile backups (tests/fixtures/hostile): each gets its clear error and changes nothing, or restores
// only what is sound. Node env: Node's Blob survives fake-indexeddb; jsdom gives DOMPurify its DOM.
import { beforeEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { OffprintDB } from '@/utils/storage/db';
import { restoreBackup, previewRestore, type RestoreOptions } from '@/utils/data/restore/restore-backup';
import { sanitizeHtml } from '@/utils/extraction/sanitize-html';
import { dumpLibrary, seedLibrary } from '../../../helpers/seed-library';
import {
  badSettingsBackup,
  badUtf8Backup,
  deepJsonBackup,
  deepSettingsBackup,
  duplicateReferenceBackup,
  hostileFieldsBackup,
  hugeEntryCountZip,
  hugePageBackup,
  lyingSizeBackup,
  nonImageBlobBackup,
  zipBombBackup,
} from '../../../fixtures/hostile/hostile-files';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;
const settingsWritten: Record<string, unknown>[] = [];
const opts = (db: OffprintDB, extra: Partial<RestoreOptions> = {}): RestoreOptions => ({
  db,
  writeSettings: async (s) => void settingsWritten.push(s),
  prepareHtml: (html) => sanitizeHtml(html, win),
  ...extra,
});
let db: OffprintDB;
let before: Awaited<ReturnType<typeof dumpLibrary>>;
beforeEach(async () => {
  db = new OffprintDB(`hostile-${crypto.randomUUID()}`);
  await seedLibrary(db, 3);
  before = await dumpLibrary(db);
  settingsWritten.length = 0;
});
const blob = (b: Uint8Array) => new Blob([b as BlobPart]);

/** Restores in replace mode (the most destructive) and expects `message`, with the library unchanged. */
async function refused(file: Uint8Array, message: RegExp) {
  const t = performance.now();
  await expect(restoreBackup(blob(file), 'replace', opts(db))).rejects.toThrow(message);
  expect(performance.now() - t).toBeLessThan(60_000);
  expect(await dumpLibrary(db)).toEqual(before);
  expect(await db.importUndo.count()).toBe(0);
  expect(settingsWritten).toEqual([]);
}

describe('hostile backups are refused before anything is written', { timeout: 120_000 }, () => {
  it('a zip bomb (0.4 MB whose manifest unpacks to 384 MB) is refused unread', async () => {
    const bomb = await zipBombBackup();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const heap = process.memoryUsage().heapUsed;
    await refused(bomb, /manifest\.json is too large \(384 MB unpacked; Offprint accepts at most 1 MB/);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(100 * 1024 * 1024);
  });

  it('a page file that unpacks to 400 MB is refused by its kind limit and the file-size budget', async () => {
    await refused(await hugePageBackup(), /too large|unpack to/);
  });

  it('one 4 MB image entry referenced by 40 records is refused (no entry may be used twice)', async () => {
    const file = await duplicateReferenceBackup();
    expect(file.length).toBeLessThan(64 * 1024);
    await refused(file, /images\/1\/1\.png is used twice\. Nothing was changed/);
  });

  it('an entry that unpacks to more than it declares is found damaged, and everything rolls back', async () => {
    await refused(await lyingSizeBackup(), /damaged/);
  });

  it('a directory of 500,001 files is refused with the limit in words', async () => {
    await refused(hugeEntryCountZip(), /too many files \(Offprint reads at most 500,000\)/);
  });

  it('a page file that is not valid UTF-8 is refused as damaged', async () => {
    await refused(badUtf8Backup(), /articles\/00001\.json cannot be read.*UTF-8/);
  });

  it('an invalid settings.json is found before the articles are written (nothing changes)', async () => {
    await refused(badSettingsBackup(), /settings\.json is not valid JSON\. Nothing was changed/);
  });

  it('deeply nested settings.json is refused before the articles are written', async () => {
    await refused(deepSettingsBackup(), /settings\.json/);
  });
});

describe('hostile records are skipped, the sound ones restored', { timeout: 60_000 }, () => {
  it('skips a record nested 200,000 deep as damaged (no stack overflow); the library keeps its articles', async () => {
    const r = await restoreBackup(blob(deepJsonBackup()), 'merge', opts(db));
    expect(r).toMatchObject({ added: 0, updated: 0 });
    expect(r.skipped.map((s) => s.reason)).toEqual(['not an article record']);
    expect(await dumpLibrary(db)).toEqual(before);
  });

  it('image records with non-image blobs (text/html, application/javascript) are skipped', async () => {
    const target = new OffprintDB(`hostile-${crypto.randomUUID()}`);
    const r = await restoreBackup(blob(nonImageBlobBackup()), 'merge', opts(target));
    expect(r.added).toBe(1);
    expect(r.skipped.map((s) => [s.index, s.reason])).toEqual([
      [0, 'an image is not of an image type (text/html)'],
      [1, 'an image is not of an image type (application/javascript)'],
    ]);
    const images = await target.images.toArray();
    expect(images.map((i) => i.blob.type)).toEqual(['image/png']);
  });

  it('validates record fields: http(s) URLs only, tags as text, and sanitizes restored HTML', async () => {
    const target = new OffprintDB(`hostile-${crypto.randomUUID()}`);
    const preview = await previewRestore(blob(hostileFieldsBackup()), 'merge', opts(target));
    expect(preview.skipped.map((s) => s.reason)).toEqual([
      'original URL is not a web address',
      'a tag is not text',
      'article URL is not a web address',
      'lead image URL is not a web address',
    ]);
    const r = await restoreBackup(blob(hostileFieldsBackup()), 'merge', opts(target));
    expect(r.added).toBe(1);
    const rows = await target.articles.toArray();
    expect(rows.map((a) => a.originalUrl)).toEqual(['https://news.example.org/story/5?utm_source=feed']);
    const html = (await target.contents.get(rows[0].id))!.html;
    expect(html).not.toMatch(/javascript:|onerror|<script/i);
    expect(html).toContain('click');
  });
});
