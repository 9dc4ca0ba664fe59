// `npm run demo`: saves the seed-like fixture (and four other fixture pages, in name order) in headless
// Chromium with the built extension, then writes screenshots to docs/screenshots/: popup and reader in
// light and dark at desktop size, and popup, library and reader at phone width (360 px). The same
// article every run: the seed page is saved last, so it is the newest row and the one opened. Its
// pictures are served by the demo's own server (deterministic images in place of the fixture's dead
// `http://fakehost/` addresses), and the demo answers the image question as a user who allows it would,
// so the article shows its stored images.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launch } from '../tests/e2e/launch';
import { tabIdOf } from '../tests/e2e/pages/popup';
import { servePages } from '../tests/e2e/serve-pages';
import { htmlRoute, imageRoute, routes } from '../tests/e2e/image-fixtures';
import { requireE2eBuild } from './lib/bench-extension';
import { runScript } from './lib/run-script';

const OUT = 'docs/screenshots';
const SEED = 'kyiv-independent-ghost';
const PHONE = { width: 360, height: 740 };

/** The seed page with each `http://fakehost/…` image pointed at a generated picture on the demo server. */
function seedWithImages(origin: string): string {
  const html = fs.readFileSync(path.join('tests/fixtures/pages', SEED, 'source.html'), 'utf8');
  let n = 0;
  return html.replace(
    /http:\/\/fakehost\/[^"'\s)]+\.(?:jpe?g|png|webp)/gi,
    () => `${origin}/img/d${n++}.png?w=1200&h=675`,
  );
}

async function main() {
  requireE2eBuild();
  fs.mkdirSync(OUT, { recursive: true });
  const server = await servePages(
    routes(
      imageRoute,
      htmlRoute('/demo/seed/', () => seedWithImages(server.origin)),
    ),
  );
  const app = await launch();
  const { context, extensionId, sw } = app;
  const ext = (p: string) => `chrome-extension://${extensionId}/${p}`;
  try {
    // The user's answer to the one question: images may be downloaded (the e2e build may read 127.0.0.1).
    await sw.evaluate(() =>
      (globalThis as any).chrome.storage.local.set({
        prompts: { 'image-permission': { decision: 'granted', at: 0 } },
      }),
    );
    const others = fs
      .readdirSync('tests/fixtures/pages')
      .filter((s) => s !== SEED)
      .sort()
      .slice(0, 4)
      .map((s) => server.url(`/pages/${s}/`));
    let popup: Page | null = null;
    for (const url of [...others, server.url('/demo/seed/')]) {
      const page = await context.newPage();
      await page.goto(url);
      popup = await context.newPage();
      await popup.goto(ext(`popup.html?tabId=${await tabIdOf(sw, url)}`));
      await popup.waitForSelector(
        '#status[data-state="saved"], #status[data-state="existed"], #status[data-state="not-article"]',
      );
      if (url !== server.url('/demo/seed/')) {
        await popup.close();
        await page.close();
      }
    }
    // The seed's images are stored before any picture is taken.
    await popup!.waitForSelector('#image-progress[data-done="yes"]', { timeout: 30_000 });
    for (const scheme of ['light', 'dark'] as const) {
      await popup!.emulateMedia({ colorScheme: scheme });
      await popup!.setViewportSize({ width: 400, height: 560 });
      await popup!.screenshot({ path: `${OUT}/popup-${scheme}.png` });
    }
    const [reader] = await Promise.all([context.waitForEvent('page'), popup!.locator('.item-title').first().click()]);
    await reader.waitForSelector('main img:not(.img-missing)');
    await reader.setViewportSize({ width: 1000, height: 1100 });
    await settle(reader);
    for (const scheme of ['light', 'dark'] as const) {
      await reader.emulateMedia({ colorScheme: scheme });
      await reader.screenshot({ path: `${OUT}/reader-${scheme}.png` });
    }
    // Phone width: the pages as Firefox for Android shows them (full-screen tabs).
    const readerUrl = reader.url();
    for (const [name, url, ready] of [
      ['popup', ext('popup.html'), '.library[data-live] #list .item'],
      ['library', ext('library.html'), '.library[data-live] #list .item'],
      ['reader', readerUrl, 'main img:not(.img-missing)'],
    ] as const) {
      const page = await context.newPage();
      await page.setViewportSize(PHONE);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(url);
      await page.waitForSelector(ready);
      await settle(page);
      await page.screenshot({ path: `${OUT}/phone-${name}.png` });
      await page.close();
    }
    console.log(`screenshots written to ${OUT}/`);
  } finally {
    await app.close();
    await server.close();
  }
}

/** Waits for fonts and images to be drawn and the scroll to rest at the top. */
async function settle(page: Page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await Promise.all([...document.images].map((i) => (i.complete ? null : i.decode().catch(() => null))));
    window.scrollTo(0, 0);
  });
}

runScript(main);
