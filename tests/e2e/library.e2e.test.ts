import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Launched } from './launch';
import { servePages, type PageServer } from './serve-pages';
import { openPopup, tabIdOf } from './pages/popup';

const SEED = 'kyiv-independent-ghost';
const TITLE = 'Kremlin envoy Dmitriev meets Witkoff in St. Petersburg';

let browser: Launched;
let server: PageServer;

beforeAll(async () => {
  server = await servePages((req, res) => {
    if (req.url === '/rendered/article') {
      // The article exists only once the page's script ran (as on sites that render for a logged-in reader):
      // downloading the page gets "Loading…", the open tab has the text.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><html lang="en"><head><title>Rendered in the page</title></head>\
<body><main id="app">Loading…</main><script>
        document.getElementById('app').innerHTML = '<article><h1>Rendered in the page</h1>' +
          Array.from({ length: 8 }, (_, i) => '<p>Rendered paragraph ' + (i + 1) + ': the tide tables of the estuary ' +
            'were rewritten after the storm, the harbour master said on Tuesday.</p>').join('') + '</article>';
      </script></body></html>`);
      return true;
    }
    if (req.url !== '/link/article') return false;
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><html lang="en"><head><title>Linked story about glaciers</title></head>\
<body><nav>Menu</nav><article><h1>Linked story about glaciers</h1>
      ${Array.from(
        { length: 8 },
        (_, i) => `<p>Paragraph ${i + 1}: the glaciers of the northern valley retreated \
again this summer, researchers said, measuring the ice with drones and old photographs.</p>`,
      ).join('')}
      </article><footer>Footer</footer></body></html>`);
    return true;
  });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function search(page: Page, q: string) {
  await page.locator('#search').fill(q);
}
const titles = (page: Page) => page.locator('#list .item-title').allTextContents();
/** The article rows, read with raw IndexedDB in an extension page (no app code involved). */
const rowsOf = (page: Page): Promise<{ status: string; favorite: number; progress: number }[]> =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((r, j) =>
      Object.assign(indexedDB.open('offprint'), {
        onsuccess(e: any) {
          r(e.target.result);
        },
        onerror: j,
      }),
    );
    const rows = await new Promise<any[]>((r) =>
      Object.assign(db.transaction('articles').objectStore('articles').getAll(), {
        onsuccess(e: any) {
          r(e.target.result);
        },
      }),
    );
    db.close();
    return rows;
  });

describe('library in real Chromium', () => {
  it('marks the tab of a saved page on the toolbar icon', async () => {
    const article = await browser.context.newPage();
    const url = server.url(`/pages/${SEED}/`);
    await article.goto(url);
    const tabId = await tabIdOf(browser.sw, url);
    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    await popup.waitForState(/^saved$/);
    await popup.page.close();
    await expect
      .poll(() => browser.sw.evaluate((id) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }), tabId))
      .toBe('✓');
  });

  it('finds the saved article by a word of its body and by operators', async () => {
    const { page } = await openPopup(browser.context, browser.extensionId);
    await expect.poll(() => titles(page)).toEqual([TITLE]);
    await search(page, 'incentives ');
    await expect.poll(() => titles(page)).toEqual([TITLE]);
    await search(page, 'glockenspiel ');
    await expect.poll(() => page.locator('.empty-title').textContent()).toBe('No matches');
    await search(page, 'site:127.0.0.1 is:unread "sovereign wealth fund"');
    await expect.poll(() => titles(page)).toEqual([TITLE]);
    await search(page, 'is:archived');
    await expect.poll(() => page.locator('.empty-title').textContent()).toBe('No matches');
    await page.close();
  });

  it('archives with a, favourites with f, deletes with Delete and undoes it', async () => {
    const { page } = await openPopup(browser.context, browser.extensionId);
    await expect.poll(() => titles(page)).toEqual([TITLE]);
    await page.locator('#list').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('f');
    await page.keyboard.press('a');
    await expect.poll(() => page.locator('.empty-title').textContent()).toBe('Nothing to read');
    await page.locator('[data-view="favorites"]').click();
    await expect.poll(() => titles(page)).toEqual([TITLE]);
    await page.locator('[data-view="archived"]').click();
    await expect.poll(() => titles(page)).toEqual([TITLE]);
    await page.locator('#list').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.toast').textContent()).toMatch(/Deleted “Kremlin envoy/);
    await expect.poll(async () => (await rowsOf(page)).length).toBe(0);
    await page.locator('#toast-undo').click();
    await expect.poll(() => titles(page)).toEqual([TITLE]);
    await page.locator('#list .item .archive').first().click(); // back to unread for the next tests
    await expect.poll(async () => (await rowsOf(page))[0]?.status).toBe('unread');
    await page.close();
  });

  it('restores the reading position when the article is opened again', async () => {
    const popup = await openPopup(browser.context, browser.extensionId);
    const reader = await popup.openArticle('Kremlin envoy');
    await reader.setViewportSize({ width: 800, height: 300 });
    await reader.locator('#article-body p').first().waitFor();
    await reader.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
    await expect.poll(async () => (await rowsOf(reader))[0].progress, { timeout: 5000 }).toBeGreaterThan(0.3);
    const saved = (await rowsOf(reader))[0].progress;
    expect(saved).toBeLessThan(0.7);
    // The thin progress bar stays in view at the top however far one scrolls, filled to where the reader is.
    const bar = await reader.evaluate(() => {
      const r = document.getElementById('reading-bar')!.getBoundingClientRect();
      const fill = document.querySelector<HTMLElement>('#reading-bar span')!;
      return { top: r.top, height: r.height, width: r.width, fill: fill.getBoundingClientRect().width / r.width };
    });
    expect(bar.top).toBeGreaterThanOrEqual(0);
    expect(bar.top).toBeLessThanOrEqual(1);
    expect(bar.height).toBeGreaterThan(0);
    expect(bar.height).toBeLessThanOrEqual(4); // thin
    expect(bar.fill).toBeGreaterThan(0.3);
    expect(bar.fill).toBeLessThan(0.7);
    const url = reader.url();
    await reader.close();
    const again = await browser.context.newPage();
    await again.setViewportSize({ width: 800, height: 300 });
    await again.goto(url);
    await again.locator('#article-body p').first().waitFor();
    await expect
      .poll(() => again.evaluate(() => scrollY / (document.documentElement.scrollHeight - innerHeight)))
      .toBeCloseTo(saved, 1);
    await expect(again.locator('#reading-time').textContent()).resolves.toMatch(/min left of/);
    await again.close();
    await popup.page.close();
  });

  it('saves the page from the context-menu handler', async () => {
    const page = await browser.context.newPage();
    const url = server.url('/sites/search-results.html');
    await page.goto(url);
    const tabId = await tabIdOf(browser.sw, url);
    const result = await browser.sw.evaluate(async (id) => {
      const tab = await (globalThis as any).chrome.tabs.get(id);
      return (globalThis as any).__offprintMenuClick({ menuItemId: 'offprint-save-page' }, tab);
    }, tabId);
    expect(result).toMatchObject({ ok: true, title: 'Search results for "ceasefire" — Example Search' });
    await expect
      .poll(() => browser.sw.evaluate((id) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }), tabId))
      .toBe('✓');
    await page.close();
  });

  it('saves a link without opening it, parsing it in the offscreen document', async () => {
    const link = server.url('/link/article');
    const result = await browser.sw.evaluate(
      (u) => (globalThis as any).__offprintMenuClick({ menuItemId: 'offprint-save-link', linkUrl: u }),
      link,
    );
    expect(result).toMatchObject({ ok: true, title: 'Linked story about glaciers' });
    const contexts = await browser.sw.evaluate(() =>
      (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }),
    );
    expect(contexts).toHaveLength(1);
    expect(browser.context.pages().some((p) => p.url() === link)).toBe(false);
    const { page } = await openPopup(browser.context, browser.extensionId);
    await search(page, 'glaciers drones ');
    await expect.poll(() => titles(page)).toEqual(['Linked story about glaciers']);
    await page.close();
  });

  it('saves all tabs through the queue, reading open tabs as shown; lists the restricted tab and why', async () => {
    const blank = await browser.context.newPage(); // about:blank: a browser page no extension may read
    const rendered = await browser.context.newPage();
    await rendered.goto(server.url('/rendered/article'));
    await rendered.waitForSelector('article p');
    const lib = await browser.context.newPage();
    await lib.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await lib.waitForFunction(() => !!(globalThis as any).__offprint);
    const { count } = await lib.evaluate(() => (globalThis as any).__offprint.saveAllTabs());
    const { page } = await openPopup(browser.context, browser.extensionId);
    await expect.poll(() => page.locator('#batch').getAttribute('data-state'), { timeout: 20_000 }).toBe('finished');
    const failed = await page.locator('#batch-failed li').allTextContents();
    expect(failed.some((f) => /Browser pages .* cannot be saved|cannot see this tab’s address/.test(f))).toBe(true);
    await expect(page.locator('#batch .batch-head').textContent()).resolves.toMatch(
      new RegExp(`Saved \\d+ of ${count} · ${failed.length} could not be saved`),
    );
    // Extracted from the open tab (the script-made text), not from a download of the page ("Loading…").
    const text = await lib.evaluate(async () => {
      const db = (globalThis as any).__offprint.getDb();
      const row = await db.articles.filter((a: any) => a.title === 'Rendered in the page').first();
      return row ? (await db.contents.get(row.id)).text : null;
    });
    expect(text).toContain('Rendered paragraph 8: the tide tables');
    await page.locator('#batch-dismiss').click();
    await expect.poll(() => page.locator('#batch').count()).toBe(0);
    await rendered.close();
    await blank.close();
    await lib.close();
    await page.close();
  });

  it('paints the list from the last first screen at once, then shows what changed while it was closed', async () => {
    const first = await openPopup(browser.context, browser.extensionId);
    await first.page.waitForSelector('.library[data-live] #list .item-title');
    const shown = await titles(first.page);
    const picture = await first.page.evaluate(() =>
      JSON.parse(localStorage.getItem('offprint:first-screen:v2') ?? 'null'),
    );
    expect(picture.key).toBe('unread|newest');
    expect(picture.rows.map((r: { title: string }) => r.title)).toEqual(shown.slice(0, picture.rows.length));
    // The popup also kept its opening screen as HTML, rendered from that picture, for the next first frame.
    await first.page.waitForFunction(
      () =>
        JSON.parse(localStorage.getItem('offprint:popup-shell:v1') ?? 'null')?.picture ===
        localStorage.getItem('offprint:first-screen:v2'),
    );
    // Rename the first row with raw IndexedDB while no popup is open (as a save from elsewhere would).
    const renamed = `${shown[0]} (updated elsewhere)`;
    await first.page.evaluate(
      async ([id, title]) => {
        const db = await new Promise<IDBDatabase>((r, j) =>
          Object.assign(indexedDB.open('offprint'), {
            onsuccess(e: any) {
              r(e.target.result);
            },
            onerror: j,
          }),
        );
        const store = db.transaction('articles', 'readwrite').objectStore('articles');
        const row = await new Promise<any>((r) =>
          Object.assign(store.get(id), {
            onsuccess(e: any) {
              r(e.target.result);
            },
          }),
        );
        await new Promise((r) => Object.assign(store.put({ ...row, title }), { onsuccess: r }));
        db.close();
      },
      [picture.rows[0].id, renamed] as const,
    );
    await first.page.close();

    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const mo = new MutationObserver(() => {
        const t = document.querySelector('#list .item-title');
        if (t) {
          Object.assign(globalThis, { __firstTitle: t.textContent, __firstInShell: !!t.closest('#app[inert]') });
          mo.disconnect();
        }
      });
      mo.observe(document, { childList: true, subtree: true });
    });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.waitForSelector('.library[data-live] #list .item-title');
    // the picture, before IndexedDB answered
    expect(await page.evaluate(() => (globalThis as any).__firstTitle)).toBe(shown[0]);
    // painted before the app's code loaded
    expect(await page.evaluate(() => (globalThis as any).__firstInShell)).toBe(true);
    expect(await page.locator('#app[inert]').count()).toBe(0); // and replaced by the working app
    await expect.poll(() => titles(page).then((t) => t[0])).toBe(renamed); // then the live rows
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('offprint:first-screen:v2')!).rows[0].title))
      .toBe(renamed);
    await page.close();
  });
});
