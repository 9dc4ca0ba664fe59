// Firefox for Android cannot run here: this runs the Firefox build as it would be there, in real Firefox
// ESR. The switch is in a copy of the e2e build's manifest: without the `commands` key and the
// `contextMenus`/`menus` permission Firefox itself leaves out `browser.commands`, `browser.menus` and
// `browser.contextMenus` (and Offprint asks for no `downloads`), as Firefox for Android does. The popup
// is opened as a tab with no tab id, as Android opens it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR, launchFirefox, type LaunchedFirefox } from './launch-firefox';
import { servePages, type PageServer } from '../e2e/serve-pages';

const SEED = 'kyiv-independent-ghost';
const TITLE = 'Kremlin envoy Dmitriev meets Witkoff in St. Petersburg';
const MISSING = ['commands', 'menus', 'contextMenus', 'downloads'];

/** A copy of the Firefox e2e build whose manifest asks for none of what Firefox for Android lacks. */
function androidLikeBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offprint-android-'));
  fs.cpSync(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  delete manifest.commands;
  manifest.permissions = manifest.permissions.filter((p: string) => !MISSING.includes(p));
  fs.writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

let ff: LaunchedFirefox;
let server: PageServer;
let dir: string;
let home: Page;

beforeAll(async () => {
  server = await servePages();
  dir = androidLikeBuild();
  ff = await launchFirefox(dir);
  home = await ff.openExtensionPage('/library.html');
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('Offprint where Firefox for Android’s APIs are missing', () => {
  it('really runs without them, and its background script ran to its end', async () => {
    const apis = await home.evaluate((names) => names.filter((n) => (globalThis as any).browser[n]), MISSING);
    expect(apis).toEqual([]);
    // The e2e hooks are the background's last statement: set only when nothing before them threw.
    const ranToEnd = await home.evaluate(async () => {
      const bg = await (globalThis as any).browser.runtime.getBackgroundPage();
      return typeof bg.__offprintMenuClick === 'function' && typeof bg.__offprintGuard === 'object';
    });
    expect(ranToEnd).toBe(true);
  });

  it('the popup opened as a tab saves the tab the user was on, not itself', async () => {
    const url = server.url(`/pages/${SEED}/`);
    const tab = await ff.browser.newPage();
    await tab.goto(url);
    const popup = await ff.openExtensionPage('/popup.html'); // no tabId: it finds its target itself
    await popup
      .waitForFunction(
        () => /^(saved|existed|error)$/.test(document.querySelector('#status')?.getAttribute('data-state') ?? ''),
        { polling: 50, timeout: 30_000 },
      )
      .catch(() => undefined); // the expectation below then says which state it stopped in
    expect(await popup.$eval('#status', (e) => `${e.getAttribute('data-state')}: ${e.textContent}`)).toMatch(/^saved/);
    await popup.waitForFunction(
      (t) => [...document.querySelectorAll('#list .item-title')].some((e) => e.textContent === t),
      { polling: 50 },
      TITLE,
    );
    await popup.close();
    await tab.close();
  });

  it('leaves the keyboard shortcut out of the settings', async () => {
    const options = await ff.openExtensionPage('/options.html');
    await options.waitForSelector('#auto-save');
    expect(await options.$('#shortcut')).toBeNull();
    await options.close();
  });
});
