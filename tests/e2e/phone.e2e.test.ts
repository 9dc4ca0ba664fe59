import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Launched } from './launch';
import { openAaPanel } from './pages/reader';
import type { PageServer } from './serve-pages';
import { PHONES, TOUCH, expectFits as fits, phoneReport } from './pages/phone';
import { saveA11yLibrary, serveA11yArticle } from './a11y-article';
import { ROW_HEIGHT } from '../../components/library/row-height';

// Every page of the extension at phone widths in real Chromium: nothing scrolls sideways, nothing is cut
// off, every control is a touch-sized target, and list rows keep the fixed heights the windowed list and
// its kept first screen are computed with.

let browser: Launched;
let server: PageServer;
let articleId: number;
const ext = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

beforeAll(async () => {
  server = await serveA11yArticle();
  browser = await launch();
  articleId = await saveA11yLibrary(browser, server, ['german-article', 'kyiv-independent-ghost']);
  const probe = await browser.context.newPage();
  await probe.goto(ext('library.html'));
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

const expectFits = async (page: Page, what: string) => fits(await page.evaluate(phoneReport, TOUCH), what);

/** The heights of the list's rows. */
const rowHeights = (page: Page) =>
  page.locator('#list .item').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));

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
    const heights = await rowHeights(page);
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
    const heights = await rowHeights(page);
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
    await openAaPanel(page);
    await expectFits(page, 'reader with the Aa panel');
    await page.close();
  });
});

describe('at desktop width', () => {
  it('the library keeps its sidebar and rows keep the same heights', async () => {
    const page = await open('library.html', '.library[data-live] #list .item', { width: 1280, height: 800 });
    await expect(page.locator('.sidebar').isVisible()).resolves.toBe(true);
    const heights = await rowHeights(page);
    expect(new Set(heights)).toEqual(new Set([ROW_HEIGHT.page]));
    await page.close();
  });
});
