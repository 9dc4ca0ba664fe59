// The browsers of bench:library: Chromium with the benchmark's copy of the e2e build, a probe of the
// popup's first frames, and a kept profile per library size so that seeding 10,000 articles is done once.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Page } from 'playwright-core';
import { launch, type Launched } from '../../../tests/e2e/launch';

// The seeded rows depend on these files: a change invalidates the cached profile.
const FINGERPRINT_FILES = [
  'utils/storage/save-article.ts',
  'utils/search/search-index.ts',
  'utils/search/search-terms.ts',
  'utils/search/stopwords.ts',
  'utils/storage/db.ts',
  'test-hooks/bench-seed.ts',
  'utils/extraction/word-count.ts',
];

export const log = (...a: unknown[]) => console.error('[bench]', ...a);

/**
 * Starts Chromium (with the DevTools port open; a fresh profile unless given) and marks, in every popup page,
 * the frames the bench times.
 */
export async function launchLibrary(extensionDir: string, userDataDir?: string): Promise<Launched> {
  const b = await launch({ extensionDir, userDataDir, cdp: true });
  await b.context.addInitScript(() => {
    if (!location.pathname.endsWith('/popup.html')) return;
    const w = window as any;
    // First paint: the first frame with a list row in it (the first-screen picture, or live rows when
    // there is none yet); "live": the first frame after the rows read from IndexedDB replaced it.
    const mo = new MutationObserver(() => {
      if (w.__firstList === undefined && document.querySelector('#list .item-title') && !w.__listSeen) {
        w.__listSeen = true;
        requestAnimationFrame(() => (w.__firstList = performance.now()));
      }
      if (document.querySelector('.library[data-live] #list .item-title')) {
        mo.disconnect();
        requestAnimationFrame(() => {
          w.__liveList = performance.now();
          w.__dcl = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
            ?.domContentLoadedEventEnd;
        });
      }
    });
    mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-live'] });
  });
  return b;
}

/** The full-page library with the bench hooks (globalThis.__offprint) ready. */
export async function libraryPage(b: Launched): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/library.html?bench`);
  await page.waitForFunction(() => !!(globalThis as any).__offprint);
  return page;
}

/**
 * The kept profile of an `n`-article library (`given`, or .cache/bench-library-<n>), emptied when the
 * seeding code or the corpus changed since it was seeded.
 */
export function profileDir(n: number, corpusFingerprint: string, given?: string): string {
  const dir = path.resolve(given ?? `.cache/bench-library-${n}`);
  const fp = crypto
    .createHash('sha256')
    .update([...FINGERPRINT_FILES.map((f) => fs.readFileSync(f, 'utf8')), corpusFingerprint].join('\0'))
    .digest('hex');
  const mark = path.join(dir, 'offprint-fingerprint');
  if (fs.existsSync(dir) && (!fs.existsSync(mark) || fs.readFileSync(mark, 'utf8') !== fp)) {
    log('cached profile is stale (seeding code or corpus changed): starting over');
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(mark, fp);
  return dir;
}
