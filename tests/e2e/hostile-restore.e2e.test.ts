// Hostile backups picked in the real options page (real Chromium, real IndexedDB): each gets its clear
// error in the restore box, the library and settings stay as they were, and big entries inflate in the
// bundled worker (the page stays responsive). Files come from tests/fixtures/hostile, built here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launch, type Launched } from './launch';
import { openOptions } from './pages/options';
import {
  backupRecord,
  backupZip,
  badSettingsBackup,
  duplicateReferenceBackup,
  zipBombBackup,
} from '../fixtures/hostile/hostile-files';
import { deflated } from '../fixtures/hostile/zip-builder';
import { makeArticle } from '../helpers/make-article';

let browser: Launched;
let page: Page;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'offprint-hostile-e2e-'));

beforeAll(async () => {
  browser = await launch();
  page = await openOptions(browser.context, browser.extensionId);
  const kept = [1, 2, 3].map((i) =>
    makeArticle(`https://kept.example.org/${i}`, `Kept article ${i}`, { title: `Kept ${i}`, originalLength: 0 }),
  );
  await page.evaluate(async (articles) => {
    const h = (globalThis as any).__offprintData;
    for (const a of articles) await h.saveArticle(a);
    await (globalThis as any).chrome.storage.local.set({ settings: { theme: 'sepia' } });
  }, kept);
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const dump = () => page.evaluate(() => (globalThis as any).__offprintData.dump());
const settings = () => page.evaluate(() => (globalThis as any).chrome.storage.local.get(null));

async function pick(name: string, bytes: Uint8Array) {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, bytes);
  await page.reload();
  await page.waitForFunction(() => !!(globalThis as any).__offprintData);
  await page.locator('#restore-mode-replace').check();
  await page.locator('#restore-file').setInputFiles(file);
}

describe('hostile backups in the real options page', () => {
  it.each([
    ['a zip bomb', zipBombBackup, /manifest\.json is too large/],
    ['one image entry used by 40 records', duplicateReferenceBackup, /images\/1\/1\.png is used twice/],
  ])('refuses %s with a clear message, within 60 s, changing nothing', async (name, build, message) => {
    const before = await dump();
    const t = Date.now();
    await pick(`${name.replace(/\W+/g, '-')}.zip`, await build());
    await expect.poll(() => page.locator('#restore-check-status').textContent(), { timeout: 60_000 }).toMatch(message);
    expect(Date.now() - t).toBeLessThan(60_000);
    expect(await page.locator('#restore-confirm').count()).toBe(0);
    expect(await dump()).toEqual(before);
  });

  it('an invalid settings.json refuses the restore before any article is replaced', async () => {
    const before = await dump();
    const beforeSettings = await settings();
    await pick('bad-settings.zip', badSettingsBackup());
    await expect
      .poll(() => page.locator('#restore-check-status').textContent(), { timeout: 30_000 })
      .toMatch(/settings\.json is not valid JSON/);
    expect(await dump()).toEqual(before);
    expect(await settings()).toEqual(beforeSettings);
  });

  it('inflates and parses a big page file in the bundled restore worker, not on the page', async () => {
    const records = Array.from({ length: 150 }, (_, i) =>
      backupRecord(i + 1, {
        content: { id: i + 1, html: `<p>${'Long text. '.repeat(400)}</p>`, text: 'Long text.', updatedAt: 1 },
      }),
    );
    const file = backupZip(records, { page: deflated('articles/00001.json', JSON.stringify(records)) });
    await pick('big-page.zip', file);
    await expect.poll(() => page.locator('#restore-preview').textContent(), { timeout: 30_000 }).toMatch(/add 150/);
    // Since session 26 the restore's worker reads, inflates and parses the page files (the page gets verdicts and
    // records, utils/data/restore/page-jobs.ts).
    expect(await page.evaluate(() => (globalThis as any).__offprintData.backupPagesServedOffThread())).toBeGreaterThan(
      0,
    );
    // The worker is its own file of the extension (a blob: worker would break the CSP).
    expect(fs.readdirSync(path.join(EXTENSION_DIR, 'assets')).some((f) => /^restore-worker-.*\.js$/.test(f))).toBe(
      true,
    );
  });
});
