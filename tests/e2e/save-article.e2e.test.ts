import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Launched } from './launch';
import { servePages, type PageServer } from './serve-pages';
import { openPopup, tabIdOf } from './pages/popup';

const SEED = 'kyiv-independent-ghost';
const CLUTTER = [
  'The Power Within',
  'Skip to content',
  'This audio is created',
  'Russia asks US to lift sanctions',
  'News Feed',
  'MORE NEWS',
  "Editors' Picks",
  'Enter your email',
  'indicates required',
  'Successfuly subscribed',
  'Allison Robbert',
];

let browser: Launched;
let server: PageServer;

beforeAll(async () => {
  server = await servePages();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('core slice in real Chromium', () => {
  it('saves the open article when the popup opens, and lists it first', async () => {
    const article = await browser.context.newPage();
    const url = server.url(`/pages/${SEED}/`);
    await article.goto(url);
    const popup = await openPopup(browser.context, browser.extensionId, await tabIdOf(browser.sw, url));
    await popup.waitForState(/^saved$/);
    await expect.poll(popup.listTitles).toEqual(['Kremlin envoy Dmitriev meets Witkoff in St. Petersburg']);
    await expect(popup.page.locator('#list .item-meta').first().textContent()).resolves.toMatch(
      /The Kyiv Independent · \d+ min · /,
    );
    await popup.page.close();
  });

  it('says "already saved" when the popup opens again on the same article', async () => {
    const url = server.url(`/pages/${SEED}/`);
    const popup = await openPopup(browser.context, browser.extensionId, await tabIdOf(browser.sw, url));
    await popup.waitForState(/^existed$/);
    await expect(popup.status.textContent()).resolves.toMatch(/Already saved/);
    expect(await popup.listTitles()).toHaveLength(1);
    await popup.page.close();
  });

  it('offers "Save this page" on a page that is not an article, and saves it on click', async () => {
    const page = await browser.context.newPage();
    const url = server.url('/sites/search-results.html');
    await page.goto(url);
    const popup = await openPopup(browser.context, browser.extensionId, await tabIdOf(browser.sw, url));
    await popup.waitForState(/^not-article$/);
    await expect(popup.status.textContent()).resolves.toMatch(/does not look like an article/);
    await popup.clickSave();
    await popup.waitForState(/^saved$/);
    await expect.poll(popup.listTitles).toContain('Search results for "ceasefire" — Example Search');
    await popup.page.close();
    await page.close();
  });

  it('opens the reading view with the 8 body paragraphs and none of the clutter', async () => {
    const popup = await openPopup(browser.context, browser.extensionId);
    const reader = await popup.openArticle('Kremlin envoy');
    await expect(reader.locator('#article-title').textContent()).resolves.toBe(
      'Kremlin envoy Dmitriev meets Witkoff in St. Petersburg',
    );
    const body = (await reader.locator('#article-body').innerText()) ?? '';
    expect(await reader.locator('#article-body p').count()).toBe(8);
    expect(body).toMatch(/^A Kremlin envoy Kirill Dmitriev/);
    expect(body.trim()).toMatch(/economic incentives\.$/);
    for (const c of CLUTTER) expect(body).not.toContain(c);
    await expect(reader.locator('.reader-byline').textContent()).resolves.toBe('Martin Fornusek');
    await expect(reader.locator('#original-link').getAttribute('href')).resolves.toBe(server.url(`/pages/${SEED}/`));
    await reader.close();
    await popup.page.close();
  });

  it('keeps the list and the reading view working with the network off and the server stopped', async () => {
    await server.close();
    await browser.context.setOffline(true);
    const popup = await openPopup(browser.context, browser.extensionId);
    await expect.poll(popup.listTitles).toContain('Kremlin envoy Dmitriev meets Witkoff in St. Petersburg');
    const reader = await popup.openArticle('Kremlin envoy');
    await expect(reader.locator('#article-body p').first().textContent()).resolves.toMatch(/^A Kremlin envoy/);
    await browser.context.setOffline(false);
  });
});
