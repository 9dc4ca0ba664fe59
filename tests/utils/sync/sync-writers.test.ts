// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; PouchDB's browser build needs FileReader and self.
import '../../helpers/file-reader';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { saveArticle } from '@/utils/storage/save-article';
import { deleteMany, setStatus } from '@/utils/storage/library-actions';
import { importItems } from '@/utils/data/import/import-items';
import { exportBackup } from '@/utils/data/backup/export-backup';
import { previewRestore, restoreBackup, RestoreNeedsConsent } from '@/utils/data/restore/restore-backup';
import { sanitizeHtml } from '@/utils/extraction/sanitize-html';
import type { OffprintDB } from '@/utils/storage/db';
import { makeArticle } from '../../helpers/make-article';
import { browserProfile, config, memoryServer } from '../../helpers/sync-browsers';

type Profile = ReturnType<typeof browserProfile>;
const win = new JSDOM('').window as unknown as Window & typeof globalThis;

async function twoOn() {
  const server = memoryServer();
  const a = browserProfile(server, 'a');
  const b = browserProfile(server, 'b');
  await a.engine.enable(config());
  await b.engine.enable(config());
  return { a, b };
}
async function settle(...ps: Profile[]) {
  for (let i = 0; i < 4; i++) for (const p of ps) await p.engine.round();
}
const urls = async (db: OffprintDB) => (await db.articles.toArray()).map((x) => x.url).sort();
const save = (p: Profile, url: string) =>
  saveArticle(makeArticle(url, `Text of ${url} about lighthouses`, { title: `About ${url}` }), p.db);
const backupOf = async (db: OffprintDB) =>
  (await exportBackup({ db, readSettings: async () => ({}), appVersion: '0.1.0', now: 5 })).blob;
const restoreOpts = (db: OffprintDB, extra = {}) => ({
  db,
  writeSettings: async () => {},
  prepareHtml: (html: string) => sanitizeHtml(html, win),
  syncOn: async () => true,
  ...extra,
});

describe('writes of every kind produce sync changes', { timeout: 60_000 }, () => {
  it('an import reaches the other browser once it has committed', async () => {
    const { a, b } = await twoOn();
    await importItems(
      [1, 2, 3].map((n) => ({
        url: `https://example.com/imported-${n}`,
        title: `Imported ${n}`,
        tags: ['pocket'],
        status: 'unread' as const,
        favorite: false,
        savedAt: 1_700_000_000_000 + n,
        progress: null,
        html: `<p>Imported body ${n} about canals</p>`,
        excerpt: null,
        byline: null,
        highlights: [],
      })),
      {
        db: a.db,
        prepareHtml: (html) => ({ html: sanitizeHtml(html, win), text: html.replace(/<[^>]+>/g, '') }),
      },
    );
    await settle(a, b);
    expect(await urls(b.db)).toEqual([1, 2, 3].map((n) => `https://example.com/imported-${n}`));
    expect((await b.db.articles.toArray()).every((x) => x.tags.includes('pocket') && !x.importId)).toBe(true);
    expect((await b.db.contents.toArray()).map((c) => c.text).sort()).toEqual(
      [1, 2, 3].map((n) => `Imported body ${n} about canals`),
    );
    expect((await b.engine.status()).lastError).toBeNull();
  });

  it('bulk actions (archive many, delete many) reach the other browser', async () => {
    const { a, b } = await twoOn();
    const ids = [];
    for (const n of [1, 2, 3]) ids.push((await save(a, `https://example.com/bulk-${n}`)).id);
    await settle(a, b);
    await setStatus(ids, 'archived', a.db);
    await settle(a, b);
    expect((await b.db.articles.toArray()).map((x) => x.status)).toEqual(['archived', 'archived', 'archived']);
    await deleteMany(ids.slice(0, 2), a.db);
    await settle(a, b);
    expect(await urls(b.db)).toEqual(['https://example.com/bulk-3']);
  });

  it('a restore (merge) sends what it added with its original global ids', async () => {
    const { a, b } = await twoOn();
    const source = browserProfile(memoryServer(), 'source').db;
    await saveArticle(makeArticle('https://example.com/from-backup', 'Backed up text about ferries'), source);
    const gid = (await source.articles.toArray())[0].gid;
    await restoreBackup(await backupOf(source), 'merge', restoreOpts(a.db));
    await settle(a, b);
    const got = await b.db.articles.toArray();
    expect(got.map((x) => [x.url, x.gid])).toEqual([['https://example.com/from-backup', gid]]);
  });

  it('restore in replace mode with sync on asks before deleting on other browsers, then does', async () => {
    const { a, b } = await twoOn();
    await save(a, 'https://example.com/keep');
    await save(a, 'https://example.com/not-in-backup');
    await settle(a, b);
    const source = browserProfile(memoryServer(), 'source').db;
    await saveArticle(makeArticle('https://example.com/keep', 'Text of the kept one'), source);
    const file = await backupOf(source);

    const preview = await previewRestore(file, 'replace', restoreOpts(a.db));
    expect(preview).toMatchObject({ removed: 1, removedEverywhere: 1 });
    const refused = restoreBackup(file, 'replace', restoreOpts(a.db));
    await expect(refused).rejects.toBeInstanceOf(RestoreNeedsConsent);
    await expect(refused).rejects.toThrow(/other browsers/);
    expect(await urls(a.db)).toEqual(['https://example.com/keep', 'https://example.com/not-in-backup']);
    // Sync off: nothing to ask.
    expect(
      (await previewRestore(file, 'replace', restoreOpts(a.db, { syncOn: async () => false }))).removedEverywhere,
    ).toBe(0);

    await restoreBackup(file, 'replace', restoreOpts(a.db, { deleteEverywhere: true }));
    await settle(a, b);
    expect(await urls(a.db)).toEqual(['https://example.com/keep']);
    expect(await urls(b.db)).toEqual(['https://example.com/keep']);
  });
});
