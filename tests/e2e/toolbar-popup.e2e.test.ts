import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, type Launched } from './launch';
import { servePages, type PageServer } from './serve-pages';
import { openToolbarPopup } from './pages/popup';

let browser: Launched;
let server: PageServer;
beforeAll(async () => {
  server = await servePages();
  browser = await launch({ cdp: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('the real toolbar popup saves the active tab in one click (auto-save on open)', async () => {
  const article = await browser.context.newPage();
  await article.goto(server.url('/pages/kyiv-independent-ghost/'));
  await article.bringToFront();
  const popup = await openToolbarPopup(browser.sw, browser.cdpUrl!);
  try {
    await popup.page.waitForSelector('#status[data-state="saved"]', { timeout: 15_000 });
    await expect(popup.page.locator('#status').textContent()).resolves.toContain(
      'Saved: Kremlin envoy Dmitriev meets Witkoff',
    );
    await expect
      .poll(() => popup.page.locator('#list .item-title').allTextContents())
      .toEqual(['Kremlin envoy Dmitriev meets Witkoff in St. Petersburg']);
    const stored = await browser.sw.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const req = indexedDB.open('offprint');
          req.onsuccess = () => {
            const count = req.result.transaction('articles').objectStore('articles').count();
            count.onsuccess = () => resolve(count.result);
          };
          req.onerror = () => reject(req.error);
        }),
    );
    expect(stored).toBe(1);
    // In the toolbar the popup is 400 px wide and as tall as its content, at most 600 px: no blank band
    // under a short list.
    const size = await popup.page.evaluate(() => ({
      surface: document.documentElement.dataset.surface,
      width: innerWidth,
      height: innerHeight,
      content: document.querySelector('.popup')!.getBoundingClientRect().height,
    }));
    expect(size.surface).toBe('toolbar');
    expect(size.width).toBe(400);
    expect(size.height).toBeLessThanOrEqual(600);
    expect(size.content).toBeLessThanOrEqual(600);
    expect(size.height - size.content).toBeLessThanOrEqual(2);
    expect(size.height).toBeLessThan(500); // one row: far from the old fixed 580 px
  } finally {
    await popup.close();
  }
});
