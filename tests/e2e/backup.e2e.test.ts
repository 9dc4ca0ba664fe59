import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launch, type Launched } from './launch';
import { download, openOptions } from './pages/options';
import { makeArticle } from '../helpers/make-article';

let browser: Launched;
let page: Page;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'offprint-backup-e2e-'));

beforeAll(async () => {
  browser = await launch();
  page = await openOptions(browser.context, browser.extensionId);
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Seeds articles through the app's own store functions, in the extension page (real IndexedDB). */
async function seed(n: number) {
  const stories = Array.from({ length: n }, (_, k) => {
    const i = k + 1;
    const html =
      `<p>Body of story ${i}, with <a href="https://example.org/${i}" rel="noopener noreferrer" ` +
      `target="_blank">a link</a>.</p><img src="https://img.example.org/${i}.png" alt="pic ${i}">`;
    const original = `<html><body><article>${html}</article><footer>clutter ${i}</footer></body></html>`;
    const article = makeArticle(`https://news.example.org/${i}?utm_source=x`, `Body of story ${i}, with a link.`, {
      title: `Story ${i}`,
      byline: `Writer ${i}`,
      siteName: 'Example',
      contentHtml: html,
      originalLength: original.length,
    });
    return { i, article, original };
  });
  await page.evaluate(async (stories) => {
    const h = (globalThis as any).__offprintData;
    const db = h.getDb();
    for (const { i, article, original } of stories) {
      const originalGzipBase64 = h.toBase64(await h.gzip(original));
      const { id } = await h.saveArticle({ ...article, originalGzipBase64 });
      await h.updateArticle(id, {
        tags: ['e2e', `tag${i % 2}`],
        progress: i / 10,
        status: i % 3 ? 'unread' : 'archived',
        favorite: i % 2,
      });
      const bytes = new Uint8Array(2000 + i * 37).map((_, k) => (k * 13 + i) & 0xff);
      await db.images.put({
        articleId: id,
        url: `https://img.example.org/${i}.png`,
        blob: new Blob([bytes], { type: 'image/png' }),
        type: 'image/png',
        bytes: bytes.length,
        width: 40,
        height: 30,
        savedAt: 1,
      });
      await db.highlights.add({
        gid: crypto.randomUUID(),
        articleId: id,
        quote: `Body of story ${i}`,
        prefix: '',
        suffix: '.',
        position: { start: 0, end: 15 },
        color: 'blue',
        note: i % 2 ? `note ${i}` : null,
        createdAt: 1_700_000_000_000 + i,
        updatedAt: 1_700_000_000_500 + i,
        deleted: i === 3 ? 1 : 0,
        anchor: null,
      });
      await (globalThis as any).__offprintData.reindexNotes(id); // notes are searchable
    }
    await (globalThis as any).chrome.storage.local.set({ settings: { theme: 'sepia', fontSize: 22 } });
  }, stories);
}

const dump = () => page.evaluate(() => (globalThis as any).__offprintData.dump());

describe('full backup and restore in real Chromium', () => {
  it('round-trips losslessly: export, wipe, restore gives the same records and byte-identical images', async () => {
    await seed(6);
    const before = await dump();
    expect(before.articles).toHaveLength(6);
    expect(before.images[0].data.length).toBeGreaterThan(2000);

    const file = await download(page, '#backup-download');
    expect(file.name).toMatch(/^offprint-backup-\d{4}-\d\d-\d\d\.zip$/);
    await expect.poll(() => page.locator('#backup-status').textContent()).toMatch(/Backup of 6 articles downloaded/);

    await page.evaluate(async () => {
      await (globalThis as any).__offprintData.wipe();
      await (globalThis as any).chrome.storage.local.clear();
    });
    expect((await dump()).articles).toHaveLength(0);

    await page.reload();
    await page.locator('#restore-file').setInputFiles(file.path);
    await expect
      .poll(() => page.locator('#restore-preview').textContent())
      .toMatch(/with 6 articles\. Restoring will add 6, update 0, leave 0 unchanged/);
    // A picture of the popup's first screen from before the restore must not be painted after it.
    await page.evaluate(() => {
      localStorage.setItem('offprint:first-screen:v2', JSON.stringify({ key: 'unread|newest', rows: [] }));
      localStorage.setItem(
        'offprint:popup-shell:v1',
        JSON.stringify({ picture: localStorage.getItem('offprint:first-screen:v2'), html: '<p>old</p>' }),
      );
    });
    await page.locator('#restore-confirm').click();
    await expect.poll(() => page.locator('#restore-status').textContent(), { timeout: 20_000 }).toMatch(/6 added/);
    expect(
      await page.evaluate(() => [
        localStorage.getItem('offprint:first-screen:v2'),
        localStorage.getItem('offprint:popup-shell:v1'),
      ]),
    ).toEqual([null, null]);

    // The same search terms (the dump compares them), made in the bundled restore worker that read the pages
    // (since session 26), not on the page.
    expect(await dump()).toEqual(before);
    expect(await page.evaluate(() => (globalThis as any).__offprintData.backupPagesServedOffThread())).toBeGreaterThan(
      0,
    );
    expect(fs.readdirSync(path.join(EXTENSION_DIR, 'assets')).some((f) => /^restore-worker-.*\.js$/.test(f))).toBe(
      true,
    );
    // The restore merged its words into the posting lists itself (from memory, since session 23): nothing
    // waits for the background, and a search through the index finds every restored article.
    const found = await page.evaluate(async () => {
      const h = (globalThis as any).__offprintData;
      const { ids } = await h.searchArticles('story', 'all', 'newest', h.getDb());
      return {
        pending: await h.pendingTerms(),
        ids: [...ids].sort(),
        all: await h.getDb().articles.toCollection().primaryKeys(),
      };
    });
    expect(found.pending).toBe(0);
    expect(found.ids).toEqual(found.all);
    expect(await page.evaluate(() => (globalThis as any).chrome.storage.local.get('settings'))).toEqual({
      settings: { theme: 'sepia', fontSize: 22 },
    });
  });

  it('refuses a foreign file with a clear message and changes nothing', async () => {
    const before = await dump();
    const foreign = path.join(tmp, 'not-a-backup.zip');
    fs.writeFileSync(foreign, zipSync({ 'hello.txt': strToU8('not a backup') }));
    await page.reload();
    await page.locator('#restore-file').setInputFiles(foreign);
    await expect.poll(() => page.locator('#restore-check-status').textContent()).toMatch(/not an Offprint backup/);
    expect(await page.locator('#restore-confirm').count()).toBe(0);
    expect(await dump()).toEqual(before);
  });

  it('shows storage use and the last backup date', async () => {
    await page.reload();
    await expect.poll(() => page.locator('#storage-usage').textContent()).toMatch(/Offprint uses [\d.]+ [KMG]?B/);
    // the wipe took the date too
    await expect.poll(() => page.locator('#backup-last').textContent()).toMatch(/No backup made yet/);
    await download(page, '#backup-download');
    // Counted again once the writes settle (a second after the last one).
    await expect.poll(() => page.locator('#backup-last').textContent(), { timeout: 10_000 }).toMatch(/Last backup: /);
  });
});
