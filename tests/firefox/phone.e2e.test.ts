import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxTabId, launchFirefox, type LaunchedFirefox } from './launch-firefox';
import { servePages, type PageServer } from '../e2e/serve-pages';
import { htmlRoute, imageRoute, routes } from '../e2e/image-fixtures';
import { a11yArticle } from '../e2e/a11y-article';
import { PHONES, TOUCH, phoneReport } from '../e2e/pages/phone';
import { ROW_HEIGHT } from '../../components/library/row-height';

// The phone-width check of tests/e2e/phone.e2e.test.ts in Firefox ESR (the engine of Firefox for Android,
// where Offprint's pages are full-screen tabs): nothing scrolls sideways or is cut off, every control is
// a touch-sized target, and list rows keep their fixed heights.

let ff: LaunchedFirefox;
let server: PageServer;
let home: Page;
let articleId: number;

const until = (page: Page, fn: string) => page.waitForFunction(fn, { polling: 50, timeout: 20_000 });

beforeAll(async () => {
  server = await servePages(
    routes(
      imageRoute,
      htmlRoute('/article', () => a11yArticle(server.origin, server.origin.replace('127.0.0.1', 'localhost'))),
    ),
  );
  ff = await launchFirefox();
  home = await ff.openExtensionPage('/library.html');
  const url = server.url('/article');
  const tab = await ff.browser.newPage();
  await tab.goto(url);
  const popup = await ff.openExtensionPage(`/popup.html?tabId=${await firefoxTabId(home, url)}`);
  await until(popup, `document.querySelector('#status')?.getAttribute('data-state') === 'saved'`);
  await popup.close();
  await tab.close();
  await until(home, `document.querySelectorAll('#list .item').length === 1`);
  articleId = Number(await home.evaluate(() => document.querySelector('#list .item')!.getAttribute('data-id')));
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
});

async function expectFits(page: Page, what: string) {
  const r = await page.evaluate(phoneReport, TOUCH);
  expect({ sideways: r.scrollWidth > r.width, cut: r.cut, small: r.small }, what).toEqual({
    sideways: false,
    cut: [],
    small: [],
  });
}

async function open(path: string, ready: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await ff.openExtensionPage(path);
  await page.setViewport(viewport);
  await until(page, `!!document.querySelector(${JSON.stringify(ready)})`);
  return page;
}

const heights = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('#list .item')].map((e) => e.getBoundingClientRect().height));

describe.each(PHONES)('at $width × $height px in Firefox', (viewport) => {
  it('popup (as a tab), library with its drawer, options and reader fit the screen', async () => {
    const popup = await open('/popup.html', '.library[data-live] #list .item', viewport);
    await expectFits(popup, 'popup');
    expect(new Set(await heights(popup))).toEqual(new Set([ROW_HEIGHT.popup]));
    await popup.close();

    const library = await open('/library.html', '.library[data-live] #list .item', viewport);
    await expectFits(library, 'library');
    expect(new Set(await heights(library))).toEqual(new Set([ROW_HEIGHT.page]));
    await library.click('#drawer-toggle');
    await until(library, `getComputedStyle(document.querySelector('.sidebar')).display !== 'none'`);
    await expectFits(library, 'library with the drawer open');
    await library.close();

    const options = await open('/options.html', '#reading #font-size', viewport);
    await expectFits(options, 'options');
    await options.close();

    const reader = await open(`/reader.html?id=${articleId}`, '#article-body p', viewport);
    await expectFits(reader, 'reader');
    await reader.click('#settings-toggle');
    await until(reader, `!!document.querySelector('#reader-settings')`);
    await expectFits(reader, 'reader with the Aa panel');
    await reader.close();
  });
});
