// `npm run demo`: saves the seed-like fixture (and the other fixture pages) in headless Chromium with
// the built extension, then writes popup and reader screenshots (light and dark) to docs/screenshots/.
import fs from 'node:fs';
import { launch } from '../tests/e2e/launch';
import { tabIdOf } from '../tests/e2e/pages/popup';
import { servePages } from '../tests/e2e/serve-pages';
import { requireE2eBuild } from './lib/bench-extension';
import { runScript } from './lib/run-script';

const OUT = 'docs/screenshots';
const SEED = 'kyiv-independent-ghost';

async function main() {
  requireE2eBuild();
  fs.mkdirSync(OUT, { recursive: true });
  const server = await servePages();
  const app = await launch();
  const { context, extensionId, sw } = app;
  const popupUrl = (tabId: number) => `chrome-extension://${extensionId}/popup.html?tabId=${tabId}`;
  try {
    const slugs = fs
      .readdirSync('tests/fixtures/pages')
      .filter((s) => s !== SEED)
      .slice(0, 4);
    for (const slug of [...slugs, SEED]) {
      const page = await context.newPage();
      const url = server.url(`/pages/${slug}/`);
      await page.goto(url);
      const popup = await context.newPage();
      await popup.goto(popupUrl(await tabIdOf(sw, url)));
      await popup.waitForSelector(
        '#status[data-state="saved"], #status[data-state="existed"], #status[data-state="not-article"]',
      );
      if (slug !== SEED) {
        await popup.close();
        await page.close();
        continue;
      }
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        await popup.setViewportSize({ width: 400, height: 520 });
        await popup.screenshot({ path: `${OUT}/popup-${scheme}.png` });
      }
      const [reader] = await Promise.all([context.waitForEvent('page'), popup.locator('.item-title').first().click()]);
      await reader.waitForSelector('#article-body');
      await reader.setViewportSize({ width: 1000, height: 1100 });
      for (const scheme of ['light', 'dark'] as const) {
        await reader.emulateMedia({ colorScheme: scheme });
        await reader.screenshot({ path: `${OUT}/reader-${scheme}.png` });
      }
    }
    console.log(`screenshots written to ${OUT}/`);
  } finally {
    await app.close();
    await server.close();
  }
}

runScript(main);
