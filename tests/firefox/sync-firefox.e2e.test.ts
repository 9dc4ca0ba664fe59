// Firefox and Chromium sync through the same server: one Firefox ESR profile (puppeteer over BiDi) and one Chromium
// profile (Playwright), each with its e2e build, both turned on from the Sync section. Budget: about a minute.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type LaunchedFirefox } from './launch-firefox';
import { launch, launchProblem, type Launched } from '../e2e/launch';
import { openSyncSection, type SyncPage } from '../e2e/pages/sync';
import { openPopup, tabIdOf } from '../e2e/pages/popup';
import { servePages, type PageServer } from '../e2e/serve-pages';
import { articlePage, htmlRoute, imageRoute, prose, routes } from '../e2e/image-fixtures';
import { poll } from '../e2e/poll';
import { couchUrl, uniqueDbName } from '../helpers/couch/couch-url';

const PASSPHRASE = 'orchard lantern quietly seventeen';
const TITLE = 'Ferry timetable changes for the winter';
const db = uniqueDbName('ffsync');

let ff: LaunchedFirefox;
let ch: Launched;
let site: PageServer;
let chrome: SyncPage;
let fox: Page;

beforeAll(async () => {
  // This tier needs the Chromium e2e build too (npm test builds it before this tier).
  const problem = launchProblem();
  if (problem) throw new Error(problem);
  site = await servePages(
    routes(
      imageRoute,
      htmlRoute('/ferry', () =>
        articlePage(TITLE, [
          `<img src="${site.origin}/img/f1.png?w=480&amp;h=300" width="480" height="300" alt="one">`,
        ]),
      ),
    ),
  );
  [ff, ch] = await Promise.all([launchFirefox(), launch()]);
  chrome = await openSyncSection(ch.context, ch.extensionId);
  fox = await ff.openExtensionPage('/options.html#sync');
  await fox.waitForFunction(() => (globalThis as any).__offprintSync && document.querySelector('#sync-on'), {
    polling: 50,
  });
});
afterAll(async () => {
  await Promise.all([ff?.close(), ch?.close()]);
  await site?.close();
});

/** Calls a sync hook (test-hooks/sync-hooks.ts) in Firefox's options page. */
const foxHook = <T = any>(name: string, ...args: unknown[]): Promise<T> =>
  fox.evaluate((n, a) => (globalThis as any).__offprintSync[n](...a), name, args) as Promise<T>;

describe('Firefox and Chromium through one server', () => {
  it('Chromium’s library arrives in Firefox with text and image; Firefox’s edits arrive in Chromium', async () => {
    const url = site.url('/ferry');
    const tab = await ch.context.newPage();
    await tab.goto(url);
    const popup = await openPopup(ch.context, ch.extensionId, await tabIdOf(ch.sw, url));
    await popup.waitForState(/^saved$/);
    await expect
      .poll(() => popup.page.locator('#image-count').textContent(), { timeout: 20_000 })
      .toBe('The image is saved for offline reading');
    await chrome.turnOn({ url: couchUrl() + db, passphrase: PASSPHRASE });

    // Firefox: the same URL and passphrase in its Sync section (an existing library: no "Repeat passphrase").
    await fox.type('#sync-url', couchUrl() + db);
    await fox.type('#sync-passphrase', PASSPHRASE);
    await fox.click('#sync-on');
    await fox.waitForSelector('#sync-target, #sync-setup-error', { timeout: 30_000 });
    expect(await fox.$eval('#sync', (s) => s.querySelector('#sync-setup-error')?.textContent ?? null)).toBeNull();
    expect(await fox.$('#sync-repeat')).toBeNull();

    const got = await poll(
      async () => ((await foxHook('view', url))?.images.length === 1 ? foxHook('view', url) : null),
      {
        timeout: 45_000,
        what: 'Firefox to receive the article with its image',
      },
    );
    const inChrome = await chrome.hook<any>('view', url);
    expect(got).toMatchObject({ title: TITLE, gid: inChrome.gid, text: inChrome.text, images: inChrome.images });
    expect(got.text).toContain(prose(101).slice(0, 80));

    await foxHook('setStatus', url, 'archived');
    await foxHook('addTag', url, 'ferrytimes');
    await foxHook('highlight', url, 'the council voted late', 'from Firefox');
    await poll(async () => (await chrome.hook<any>('view', url))?.highlights.length === 1, {
      timeout: 45_000,
      what: 'Chromium to get Firefox’s edits',
    });
    expect(await chrome.hook('view', url)).toMatchObject({
      status: 'archived',
      tags: ['ferrytimes'],
      highlights: [{ quote: 'the council voted late', note: 'from Firefox' }],
    });
    await popup.page.close();
    await tab.close();
  });
});
