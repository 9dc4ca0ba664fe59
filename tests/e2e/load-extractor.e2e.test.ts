import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Launched } from './launch';
import { servePages, type PageServer } from './serve-pages';
import { openPopup, tabIdOf } from './pages/popup';
import { readStore } from './pages/db';
import { poll } from './poll';

// The popup loads the extractor into the page when it offers Save (utils/saving/load-extractor.ts): Save then
// only runs it. Loading must not save, extract the page or change anything the page or its scripts can see.

let browser: Launched;
let server: PageServer;

beforeAll(async () => {
  server = await servePages();
  browser = await launch();
  await browser.sw.evaluate(() => (globalThis as any).chrome.storage.local.set({ settings: { autoSave: false } }));
  // Every injection the background makes: the content script file, or a function (named by its argument).
  await browser.sw.evaluate(() => {
    const g = globalThis as any;
    const scripting = g.chrome.scripting;
    const execute = scripting.executeScript.bind(scripting);
    g.__injections = [];
    scripting.executeScript = (inj: { files?: string[]; args?: unknown[] }) => {
      g.__injections.push(inj.files ? 'file' : `func:${String(inj.args?.[0])}`);
      return execute(inj);
    };
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const injections = (): Promise<string[]> => browser.sw.evaluate(() => (globalThis as any).__injections.splice(0));
/** Whether the popup's load into the tab worked, once it was asked for and has ended. */
const loaded = async (tabId: number): Promise<boolean> =>
  (
    await poll(async () => {
      const r = await browser.sw.evaluate((id) => (globalThis as any).__offprintExtractorLoaded(id), tabId);
      return r.loaded === null ? null : r;
    })
  ).loaded;

/**
 * Opens `path` in a tab and starts watching what its own scripts could notice: messages, the DOM, globals, and
 * the "script started" event a WXT content script dispatches on `document` (named `<extension id>:<entrypoint>:
 * wxt:content-script-started`), which told a page that Offprint ran on it.
 */
async function openWatched(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  const url = server.url(path);
  await page.goto(url);
  await page.evaluate((id) => {
    const w = window as any;
    w.__messages = [];
    addEventListener('message', (e) => w.__messages.push(JSON.stringify(e.data)));
    document.addEventListener(`${id}:extract:wxt:content-script-started`, (e) => w.__messages.push(e.type));
    w.__mutations = 0;
    new MutationObserver((records) => (w.__mutations += records.length)).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    w.__html = document.documentElement.outerHTML;
  }, browser.extensionId);
  return { page, tabId: await tabIdOf(browser.sw, url) };
}

describe('the extractor loaded when the popup opens (auto-save off)', () => {
  it('loads without saving or changing the page; Save then runs it, without injecting the file again', async () => {
    const { page, tabId } = await openWatched('/pages/kyiv-independent-ghost/');
    await injections();
    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    await popup.waitForState(/^idle$/);
    expect(await loaded(tabId)).toBe(true);
    expect(await injections()).toEqual(['func:offprintLoadOnly', 'file']);
    // Nothing saved, nothing the page can see: no message or event, no DOM change, no global of ours in its world.
    expect(await readStore(popup.page, 'articles')).toEqual([]);
    expect(
      await page.evaluate(() => {
        const w = window as any;
        return {
          messages: w.__messages,
          mutations: w.__mutations,
          same: document.documentElement.outerHTML === w.__html,
          globals: Object.keys(w).filter((k) => /offprint/i.test(k)),
        };
      }),
    ).toEqual({ messages: [], mutations: 0, same: true, globals: [] });

    await popup.clickSave();
    await popup.waitForState(/^saved$/);
    expect(await injections()).toEqual(['func:offprintPageExtractor']);
    await expect.poll(popup.listTitles).toEqual(['Kremlin envoy Dmitriev meets Witkoff in St. Petersburg']);
    const [row] = await readStore<{ url: string; title: string }>(popup.page, 'articles');
    expect(row.url).toBe(server.url('/pages/kyiv-independent-ghost/'));
    await popup.page.close();
    await page.close();
  });

  it('saves the page the tab shows now when it went to another one after the popup opened', async () => {
    const { page, tabId } = await openWatched('/pages/kyiv-independent-ghost/?n=2');
    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    expect(await loaded(tabId)).toBe(true);
    await page.goto(server.url('/sites/search-results.html'));
    await injections();
    await popup.clickSave();
    await popup.waitForState(/^saved$/);
    // The new page, extracted by the content script injected afresh (the loaded extractor went with the old one).
    expect(await injections()).toEqual(['file']);
    await expect.poll(popup.listTitles).toContain('Search results for "ceasefire" — Example Search');
    await popup.page.close();
    await page.close();
  });
});
