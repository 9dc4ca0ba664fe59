import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { poll } from '../poll';

/** The id of the tab showing `url`, from the extension's service worker. */
export async function tabIdOf(sw: Worker, url: string): Promise<number> {
  return sw.evaluate(async (u) => {
    const tabs: { id?: number; url?: string }[] = await (globalThis as any).chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (!tab?.id) throw new Error(`no tab with ${u}: ${tabs.map((t) => t.url).join(', ')}`);
    return tab.id;
  }, url);
}

/**
 * Page object for the popup UI, opened as a page that acts on a given tab
 * (as the toolbar popup does on the active one).
 */
export async function openPopup(context: BrowserContext, extensionId: string, tabId?: number) {
  const page: Page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html${tabId != null ? `?tabId=${tabId}` : ''}`);
  // The first frame may be the kept opening screen (inert); the app replaces it right after that frame.
  await page.waitForSelector('#app:not([inert]) > main');
  const status = page.locator('#status');
  return {
    page,
    status,
    /** The save bar's state: starting, saving, saved, existed, idle or an error code. */
    state: () => status.getAttribute('data-state'),
    /** Waits until the save bar's data-state matches (usable in hooks too, unlike expect.poll). */
    async waitForState(re: RegExp, timeout = 15_000) {
      await page.waitForFunction(
        ([src, flags]) =>
          new RegExp(src, flags).test(document.querySelector('#status')?.getAttribute('data-state') ?? ''),
        [re.source, re.flags] as const,
        { timeout },
      );
    },
    clickSave: () => page.locator('#save').click(),
    listTitles: () => page.locator('#list .item-title').allTextContents(),
    async openArticle(title: string): Promise<Page> {
      const [reader] = await Promise.all([
        context.waitForEvent('page'),
        page.locator('#list .item-title', { hasText: title }).first().click(),
      ]);
      await reader.waitForLoadState('domcontentloaded');
      return reader;
    },
  };
}

/**
 * Opens the real toolbar popup (chrome.action.openPopup) over the active tab and returns its page,
 * found over CDP since Playwright does not list it. Needs launch({ cdp: true }). `file` is the popup's
 * page (another one when the test set it with chrome.action.setPopup).
 */
export async function openToolbarPopup(
  sw: Worker,
  cdpUrl: string,
  file = 'popup.html',
): Promise<{ page: Page; close(): Promise<void> }> {
  await sw.evaluate(() => (globalThis as any).chrome.action.openPopup());
  // Playwright lists a popup only to a CDP connection made after it opened.
  const cdp = await chromium.connectOverCDP(cdpUrl);
  try {
    const page = await poll(
      () =>
        cdp
          .contexts()
          .flatMap((c) => c.pages())
          .find((p) => p.url().includes(`/${file}`)),
      { what: `the toolbar popup (${file}) to open` },
    );
    return { page, close: () => cdp.close() };
  } catch (e) {
    await cdp.close();
    throw e;
  }
}
