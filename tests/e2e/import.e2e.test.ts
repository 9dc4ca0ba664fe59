import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { launch, type Launched } from './launch';
import { servePages, type PageServer } from './serve-pages';
import { download, openOptions } from './pages/options';

let browser: Launched;
let server: PageServer;
let page: Page;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'offprint-import-e2e-'));
const FIX = path.resolve('tests/fixtures/imports');

/** The Omnivore fixture folder zipped, as the user downloads it from Omnivore. */
function omnivoreZip(): string {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(FIX, 'omnivore', dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, e.name);
      if (e.isDirectory()) walk(rel);
      else files[rel] = fs.readFileSync(path.join(FIX, 'omnivore', rel));
    }
  };
  walk('');
  const file = path.join(tmp, 'omnivore-export.zip');
  fs.writeFileSync(file, zipSync(files));
  return file;
}

beforeAll(async () => {
  server = await servePages();
  browser = await launch();
  page = await openOptions(browser.context, browser.extensionId);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const articleId = (url: string) =>
  page.evaluate(
    (u) =>
      (globalThis as any).__offprintData
        .getDb()
        .articles.where('url')
        .equals(u)
        .first()
        .then((a: any) => a?.id),
    url,
  );

describe('imports in real Chromium', () => {
  it('previews an Omnivore export with its skipped row, then imports it', async () => {
    await page.locator('#import-file').setInputFiles(omnivoreZip());
    await expect
      .poll(() => page.locator('#import-preview').textContent())
      .toMatch(/Omnivore export: 3 items, 2 highlights/);
    await expect(page.locator('#problem-list').textContent()).resolves.toMatch(
      /metadata_0_to_3\.json line 4.*not a web address/,
    );
    await page.locator('#import-confirm').click();
    await expect.poll(() => page.locator('#import-status').textContent()).toMatch(/3 new, 0 merged/);
    await expect.poll(() => page.locator('#link-only-count').textContent()).toBe('1');
  });

  it('opens an imported article in the reader with sanitized text and highlights, and exports it as EPUB', async () => {
    const id = await articleId('https://slow.example.com/the-slow-web');
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/reader.html?id=${id}`);
    await expect.poll(() => reader.locator('#article-body').innerText()).toMatch(/The slow web lets us think/);
    expect(await reader.locator('#article-body script').count()).toBe(0);
    await reader.locator('#highlights-toggle').click();
    await expect.poll(() => reader.locator('#highlights li').count()).toBe(2);
    await expect(reader.locator('#highlights').innerText()).resolves.toMatch(/This is my note on it/);
    await reader.locator('#reader-export summary').click();
    const epub = await download(reader, '#export-article-epub');
    expect(epub.name).toBe('the-slow-web.epub');
    const bytes = fs.readFileSync(epub.path);
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype');
    await reader.close();
  });

  it('fetches link-only items in the background queue and fills in their text, keeping tags', async () => {
    const url = server.url('/pages/kyiv-independent-ghost/');
    const list = path.join(tmp, 'urls.txt');
    fs.writeFileSync(list, `# to read\n${url}\n`);
    await page.reload();
    await page.locator('#import-file').setInputFiles(list);
    await expect.poll(() => page.locator('#import-preview').textContent()).toMatch(/List of URLs: 1 items/);
    await page.locator('#import-confirm').click();
    await expect.poll(() => page.locator('#import-status').textContent()).toMatch(/1 new/);
    const id = await articleId(url);
    await page.evaluate((i) => (globalThis as any).__offprintData.updateArticle(i, { tags: ['from-list'] }), id);
    // The button asks for <all_urls> (a prompt automation cannot answer); the e2e build already may fetch 127.0.0.1.
    await page.evaluate(() => (globalThis as any).__offprintData.fetchLinkOnly());
    await expect
      .poll(
        () =>
          page.evaluate(
            (i) =>
              (globalThis as any).__offprintData
                .getDb()
                .articles.get(i)
                .then((a: any) => a.kind),
            id,
          ),
        { timeout: 30_000 },
      )
      .toBe('article');
    const text = await page.evaluate(
      (i) =>
        (globalThis as any).__offprintData
          .getDb()
          .contents.get(i)
          .then((c: any) => c?.text ?? ''),
      id,
    );
    expect(text).toMatch(/Dmitriev/);
    const row = await page.evaluate((i) => (globalThis as any).__offprintData.getDb().articles.get(i), id);
    expect(row).toMatchObject({ id, tags: ['from-list'], kind: 'article' });
  });

  it('reminds gently in the popup after 30 days without a backup', async () => {
    await page.evaluate(() => (globalThis as any).__offprintData.markBackedUp(undefined, Date.now() - 40 * 86_400_000));
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect
      .poll(() => popup.locator('#backup-reminder').textContent())
      .toMatch(/No backup for 40 days\. Back up now/);
    await page.evaluate(() => (globalThis as any).__offprintData.markBackedUp());
    await expect.poll(() => popup.locator('#backup-reminder').count()).toBe(0);
    await popup.close();
  });
});
