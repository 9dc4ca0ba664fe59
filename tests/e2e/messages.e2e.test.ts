import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Launched } from './launch';
import { servePages, type PageServer } from './serve-pages';
import { openPopup, tabIdOf } from './pages/popup';
import { readStore } from './pages/db';
import { articlePage, htmlRoute, routes } from './image-fixtures';

// Issue 16, finding 5: only Offprint's own pages may ask the background for anything, and only the
// background may ask the offscreen document. A function running in a tab's content-script world (the
// extension's own isolated world, where chrome.runtime.sendMessage exists) must not save another tab
// and read its title back.

const VICTIM = 'A private page in another tab';
let browser: Launched;
let server: PageServer;
let probe: Page; // an extension page, to read the database and send as one of Offprint's pages

beforeAll(async () => {
  server = await servePages(
    routes(
      htmlRoute('/victim', () => articlePage(VICTIM, [])),
      htmlRoute('/attacker', () => articlePage('A page with a hostile script', [])),
      htmlRoute('/link', () => articlePage('A link saved unopened', [])),
      htmlRoute('/mine', () => articlePage('A page saved from the popup', [])),
    ),
  );
  browser = await launch();
  probe = await browser.context.newPage();
  await probe.goto(`chrome-extension://${browser.extensionId}/reader.html?id=0`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path` in a new tab and returns the page and its tab id. */
async function openTab(path: string) {
  const page = await browser.context.newPage();
  const url = server.url(path);
  await page.goto(url);
  return { page, tabId: await tabIdOf(browser.sw, url) };
}

/** Runs chrome.runtime.sendMessage(message) in the content-script world of a tab; its reply, or the error. */
function sendFromContentScript(tabId: number, message: unknown): Promise<{ reply?: unknown; error?: string }> {
  return browser.sw.evaluate(
    async ({ tabId, message }) => {
      const [injection] = await (globalThis as any).chrome.scripting.executeScript({
        target: { tabId },
        func: async (m: unknown) => {
          try {
            return { reply: (await (globalThis as any).chrome.runtime.sendMessage(m)) ?? null };
          } catch (e) {
            return { error: String(e) };
          }
        },
        args: [message],
      });
      return injection.result;
    },
    { tabId, message },
  );
}

/** Sends a message from an extension page (the probe); its reply, or the error. */
function sendFromPage(message: unknown): Promise<{ reply?: unknown; error?: string }> {
  return probe.evaluate(async (m) => {
    try {
      return { reply: (await (globalThis as any).chrome.runtime.sendMessage(m)) ?? null };
    } catch (e) {
      return { error: String(e) };
    }
  }, message);
}

const titles = async () => (await readStore<{ title: string }>(probe, 'articles')).map((a) => a.title);

describe('message senders (real Chromium)', () => {
  it('refuses a save asked from a content-script world: nothing is saved and no title comes back', async () => {
    const victim = await openTab('/victim');
    const attacker = await openTab('/attacker');
    const result = await sendFromContentScript(attacker.tabId, {
      type: 'tab:save',
      data: { tabId: victim.tabId, force: true },
    });
    expect(result).toEqual({
      reply: { ok: false, error: 'refused', message: 'Offprint answers its own pages only.' },
    });
    expect(JSON.stringify(result)).not.toContain(VICTIM);
    expect(await titles()).not.toContain(VICTIM);
    // The other messages are refused the same way.
    for (const message of [
      { type: 'tab:mark', data: { tabId: victim.tabId } },
      { type: 'images:resume', data: null },
      { type: 'queue:work', data: null },
    ])
      expect(await sendFromContentScript(attacker.tabId, message)).toMatchObject({ reply: { error: 'refused' } });
    await attacker.page.close();
    await victim.page.close();
  });

  it('answers no Object.prototype name ("toString"), from a content script or from its own pages', async () => {
    const attacker = await openTab('/attacker');
    for (const type of ['toString', 'constructor', 'hasOwnProperty']) {
      const fromPage = await sendFromPage({ type, data: null });
      const fromScript = await sendFromContentScript(attacker.tabId, { type, data: null });
      for (const r of [fromPage, fromScript]) expect(r.reply ?? null).toBeNull(); // no listener answered
    }
    await attacker.page.close();
  });

  it('still saves from the popup', async () => {
    const mine = await openTab('/mine');
    const popup = await openPopup(browser.context, browser.extensionId, mine.tabId);
    await popup.waitForState(/^saved$/);
    await expect(popup.status.textContent()).resolves.toContain('A page saved from the popup');
    await expect.poll(titles).toContain('A page saved from the popup');
    await popup.page.close();
    await mine.page.close();
  });

  it('parses a link in the offscreen document for the background, and refuses anyone else there', async () => {
    const result = await browser.sw.evaluate(
      (u) => (globalThis as any).__offprintMenuClick({ menuItemId: 'offprint-save-link', linkUrl: u }),
      server.url('/link'),
    );
    expect(result).toMatchObject({ ok: true, title: 'A link saved unopened' });
    const open = await browser.sw.evaluate(
      async () =>
        (await (globalThis as any).chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length,
    );
    expect(open).toBe(1); // the offscreen document is there to refuse
    const message = {
      type: 'offscreen:extract-html',
      data: { html: `<title>x</title><article><p>${'word '.repeat(300)}</p></article>`, url: 'https://x.example/' },
    };
    expect(await sendFromPage(message)).toMatchObject({ reply: { ok: false, error: 'refused' } });
    const attacker = await openTab('/attacker');
    expect(await sendFromContentScript(attacker.tabId, message)).toMatchObject({
      reply: { ok: false, error: 'refused' },
    });
    await attacker.page.close();
  });
});
