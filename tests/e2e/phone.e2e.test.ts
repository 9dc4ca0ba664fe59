import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Launched } from './launch';
import { servePages, type PageServer } from './serve-pages';
import { openPopup, tabIdOf } from './pages/popup';
import { readStore } from './pages/db';
import { PHONES, TOUCH, phoneReport } from './pages/phone';
import { htmlRoute, imageRoute, routes } from './image-fixtures';
import { a11yArticle } from './a11y-article';
import { ROW_HEIGHT } from '../../components/library/row-height';

// Every page of the extension at phone widths in real Chromium: nothing scrolls sideways, nothing is cut
// off, every control is a touch-sized target, and list rows keep the fixed heights the windowed list and
// its kept first screen are computed with.

let browser: Launched;
let server: PageServer;
let articleId: number;
const TITLE = 'Rivers of the northern valley';
const ext = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

beforeAll(async () => {
  server = await servePages(
    routes(
      imageRoute,
      htmlRoute('/article', () => a11yArticle(server.origin, server.origin.replace('127.0.0.1', 'localhost'))),
    ),
  );
  browser = await launch();
  for (const url of [
    server.url('/pages/german-article/'),
    server.url('/pages/kyiv-independent-ghost/'),
    server.url('/article'),
  ]) {
    const tab = await browser.context.newPage();
    await tab.goto(url);
    const popup = await openPopup(browser.context, browser.extensionId, await tabIdOf(browser.sw, url));
    await popup.waitForState(/^saved$/);
    await popup.page.close();
    await tab.close();
  }
  const probe = await browser.context.newPage();
  await probe.goto(ext('library.html'));
  const rows = await readStore<{ id: number; title: string; tags?: string[] }>(probe, 'articles');
  articleId = rows.find((r) => r.title === TITLE)!.id;
  // A tag, so the tag list (the drawer on a phone) has a row to show.
  await probe.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((ok) => {
      const r = indexedDB.open('offprint');
      r.onsuccess = () => ok(r.result);
    });
    await new Promise((ok) => {
      const tx = db.transaction('articles', 'readwrite');
      const store = tx.objectStore('articles');
      const get = store.get(id);
      get.onsuccess = () => store.put({ ...get.result, tags: ['rivers'] });
      tx.oncomplete = ok;
    });
  }, articleId);
  await probe.close();
}, 120_000); // three saves through the popup: slow on a loaded machine
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function expectFits(page: Page, what: string) {
  const r = await page.evaluate(phoneReport, TOUCH);
  // One assertion, so a failure shows everything that does not fit.
  expect({ sideways: r.scrollWidth > r.width, cut: r.cut, small: r.small }, what).toEqual({
    sideways: false,
    cut: [],
    small: [],
  });
}

async function open(path: string, ready: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(ext(path));
  await page.waitForSelector(ready);
  return page;
}

describe.each(PHONES)('at $width × $height px in Chromium', (viewport) => {
  it('the popup opened as a tab fills the screen, and its rows keep their height', async () => {
    const page = await open('popup.html', '.library[data-live] #list .item', viewport);
    await expectFits(page, 'popup');
    const main = (await page.locator('main.popup').boundingBox())!;
    expect(main.width).toBe(viewport.width);
    const heights = await page
      .locator('#list .item')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(new Set(heights)).toEqual(new Set([ROW_HEIGHT.popup]));
    await page.locator('#list .item .item-check').first().check();
    await page.waitForSelector('#bulk');
    await expectFits(page, 'popup with the bulk bar');
    expect((await page.locator('#bulk').boundingBox())!.height).toBeLessThanOrEqual(TOUCH + 8); // one line
    await page.close();
  });

  it('the library page: the tag sidebar becomes a drawer, the list has the whole width', async () => {
    const page = await open('library.html', '.library[data-live] #list .item', viewport);
    await expectFits(page, 'library');
    await expect(page.locator('.sidebar').isVisible()).resolves.toBe(false);
    const list = (await page.locator('#list').boundingBox())!;
    expect(list.width).toBe(viewport.width);
    const heights = await page
      .locator('#list .item')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(new Set(heights)).toEqual(new Set([ROW_HEIGHT.page]));
    // The view tabs are all on screen.
    for (const tab of await page.locator('.view').all()) {
      const b = (await tab.boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(viewport.width);
    }
    await page.getByRole('button', { name: 'Tags and more' }).click();
    await expect(page.locator('.sidebar').isVisible()).resolves.toBe(true);
    await expectFits(page, 'library with the drawer open');
    await page.locator('.sidebar .tag-name', { hasText: 'rivers' }).click();
    await expect.poll(() => page.locator('.sidebar').isVisible()).toBe(false); // picking a tag closes the drawer
    await expect.poll(() => page.locator('#list .item').count()).toBe(1);
    await page.close();
  });

  it('the options page', async () => {
    const page = await open('options.html', '#reading #font-size', viewport);
    await expectFits(page, 'options');
    await page.close();
  });

  it('the welcome page and the privacy policy', async () => {
    const welcome = await open('welcome.html', '#welcome-allow-images', viewport);
    await expectFits(welcome, 'welcome');
    await welcome.close();
    const privacy = await open('privacy.html', '#privacy h1', viewport);
    await expectFits(privacy, 'privacy');
    await privacy.close();
  });

  it('the reader, and its Aa panel', async () => {
    const page = await open(`reader.html?id=${articleId}`, '#article-body p', viewport);
    await expectFits(page, 'reader');
    await page.locator('#settings-toggle').click();
    await page.waitForSelector('#reader-settings');
    await expectFits(page, 'reader with the Aa panel');
    await page.close();
  });
});

describe('at desktop width', () => {
  it('the library keeps its sidebar and rows keep the same heights', async () => {
    const page = await open('library.html', '.library[data-live] #list .item', { width: 1280, height: 800 });
    await expect(page.locator('.sidebar').isVisible()).resolves.toBe(true);
    const heights = await page
      .locator('#list .item')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(new Set(heights)).toEqual(new Set([ROW_HEIGHT.page]));
    await page.close();
  });
});
