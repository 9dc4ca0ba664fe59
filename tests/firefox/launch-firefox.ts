import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The Firefox e2e build (`wxt build -b firefox --mode e2e`): MV2, host access to 127.0.0.1. */
export const FIREFOX_EXTENSION_DIR = path.resolve(process.env.FF_EXT ?? '.output/firefox-mv2-e2e');
/** Debian's Firefox ESR; override with FIREFOX_PATH. */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'offprint@example.org';

export interface LaunchedFirefox {
  browser: Browser;
  /** moz-extension://<uuid>, fixed before install so pages can be opened by URL. */
  base: string;
  /** Opens an extension page and waits until it has loaded (Firefox sends no load event for them over BiDi). */
  openExtensionPage(pathname: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts headless Firefox ESR over WebDriver BiDi (puppeteer-core) and installs the extension as a
 * temporary add-on. The moz-extension UUID is preset by pref, and `--remote-allow-system-access` lets
 * the test open moz-extension:// pages (the approach of ../shared/design/firefox-e2e.md; README, "Tests").
 * `extensionDir`: another build (the Firefox-for-Android stand-in of android.e2e.test.ts).
 */
export async function launchFirefox(extensionDir = FIREFOX_EXTENSION_DIR): Promise<LaunchedFirefox> {
  const uuid = crypto.randomUUID();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'offprint-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
  });
  await browser.installExtension(extensionDir);
  const base = `moz-extension://${uuid}`;
  return {
    browser,
    base,
    async openExtensionPage(pathname) {
      // A page in its own window: clicks into a hidden background tab stall over BiDi.
      const page = await browser.newPage({ type: 'window' });
      const url = base + pathname;
      page.goto(url).catch(() => {}); // never resolves for moz-extension pages: poll instead
      const t0 = Date.now();
      for (;;) {
        const state = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
        if (state === `${url} complete`) return page;
        if (Date.now() - t0 > 20_000) throw new Error(`${url} did not load (last state: ${state})`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async close() {
      await browser.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The id of the tab showing `url`, asked from an extension page (Firefox has no handle on the background). */
export async function firefoxTabId(page: Page, url: string): Promise<number> {
  // Match patterns with a port do not match in Firefox: list every tab and compare URLs.
  return page.evaluate(async (u) => {
    const tabs: { id?: number; url?: string }[] = await (globalThis as any).browser.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (!tab?.id) throw new Error(`no tab with ${u}: ${tabs.map((t) => t.url).join(', ')}`);
    return tab.id;
  }, url);
}
