import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Launched } from './launch';
import type { PageServer } from './serve-pages';
import { openPopup, tabIdOf } from './pages/popup';
import { axeViolations } from './pages/axe';
import { openAaPanel } from './pages/reader';
import { saveA11yLibrary, serveA11yArticle } from './a11y-article';
import { readStore } from './pages/db';

// axe-core 4.14.1 with its default rules (WCAG 2 A/AA and best practices) on every page of the
// extension, light and dark, with an article written for the test, and in the states a user meets:
// the bulk bar, the Undo toast, the reader's Aa panel and an error message.

let browser: Launched;
let server: PageServer;
let articleId: number;
const ext = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;
const SCHEMES = ['light', 'dark'] as const;
const cspErrors: string[] = [];

beforeAll(async () => {
  server = await serveA11yArticle();
  browser = await launch();
  // Every message a page of the extension logs about its Content Security Policy (checked at the end).
  browser.context.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|CSP/i.test(msg.text()))
      cspErrors.push(`${msg.location().url}: ${msg.text()}`);
  });
  articleId = await saveA11yLibrary(browser, server, ['german-article', 'spanish-article']);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** axe in the light and the dark scheme of the page as it is now. */
async function expectNoViolations(page: Page, what: string) {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page), `${what}, ${scheme}`).toEqual([]);
  }
}

async function openPage(path: string, ready: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(ext(path));
  await page.waitForSelector(ready);
  return page;
}

describe('axe-core finds no violation in real Chromium', () => {
  it('on the popup over a saved article (“Already saved”)', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(server.url('/article'));
    const popup = await openPopup(
      browser.context,
      browser.extensionId,
      await tabIdOf(browser.sw, server.url('/article')),
    );
    await popup.waitForState(/^existed$/);
    await popup.page.waitForSelector('.library[data-live] #list .item');
    await expectNoViolations(popup.page, 'popup');
    await popup.page.close();
    await tab.close();
  });

  it('on the popup showing an error message', async () => {
    // Without the `tabs` permission the worker cannot see a chrome:// tab's URL, so it opens the tab itself.
    const tabId = await browser.sw.evaluate(
      async () => (await (globalThis as any).chrome.tabs.create({ url: 'chrome://version/' })).id as number,
    );
    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    await popup.waitForState(/^restricted$/);
    await expect(popup.status.textContent()).resolves.toMatch(/cannot be saved/);
    await expectNoViolations(popup.page, 'popup with an error');
    await popup.page.close();
    await browser.sw.evaluate((id) => (globalThis as any).chrome.tabs.remove(id), tabId);
  });

  it('on the popup with the Undo toast', async () => {
    const { page } = await openPopup(browser.context, browser.extensionId);
    await page.waitForSelector('.library[data-live] #list .item');
    await page.locator('#list .item').first().getByRole('button', { name: 'Archive' }).click();
    await page.waitForSelector('.toast');
    await expectNoViolations(page, 'popup with the Undo toast');
    await page.locator('#toast-undo').click();
    await page.close();
  });

  it('on the library page, and with the bulk bar open', async () => {
    const page = await openPage('library.html', '.library[data-live] #list .item');
    await expectNoViolations(page, 'library');
    await page.locator('#list .item .item-check').nth(0).check();
    await page.locator('#list .item .item-check').nth(1).check();
    await page.waitForSelector('#bulk');
    await expectNoViolations(page, 'library with the bulk bar');
    await page.close();
  });

  it('on the options page', async () => {
    const page = await openPage('options.html', '#reading #font-size');
    await expectNoViolations(page, 'options');
    await page.close();
  });

  it('on the welcome page', async () => {
    const page = await openPage('welcome.html', '#welcome-allow-images');
    await expectNoViolations(page, 'welcome');
    await page.close();
  });

  it('on the privacy policy, reached offline from the options page', async () => {
    const page = await openPage('options.html', '#privacy-link');
    await page.locator('#privacy-link').click();
    await page.waitForSelector('#privacy h1');
    await expect(page.locator('#privacy h1').textContent()).resolves.toBe('Offprint privacy policy');
    await expect(page.locator('#privacy table').count()).resolves.toBeGreaterThan(0);
    await expectNoViolations(page, 'privacy');
    await page.close();
  });

  it('on the reader with the test article, and with the Aa panel open', async () => {
    const page = await openPage(`reader.html?id=${articleId}`, '#article-body p');
    await expectNoViolations(page, 'reader');
    await openAaPanel(page);
    await expectNoViolations(page, 'reader with the Aa panel');
    await page.close();
  });

  it('on the reader of a German article: its words are marked German, the controls around them English', async () => {
    const probe = await openPage('library.html', '#list .item');
    const rows = await readStore<{ id: number; lang?: string }>(probe, 'articles');
    await probe.close();
    const german = rows.find((r) => r.lang?.startsWith('de'));
    expect(german, 'the German fixture was saved with its language').toBeTruthy();
    const page = await openPage(`reader.html?id=${german!.id}`, '#article-body p');
    const langOf = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => el.closest('[lang]')?.getAttribute('lang'));
    for (const words of ['#article-title', '#article-body p']) expect(await langOf(words), words).toMatch(/^de/);
    for (const control of ['#original-link', '#highlights-toggle', '#listen-toggle', '#tag-editor'])
      expect(await langOf(control), control).toBe('en');
    await expectNoViolations(page, 'reader of a German article');
    await page.close();
  });

  it('and no page logged a Content Security Policy error', () => {
    expect(cspErrors).toEqual([]);
  });
});
