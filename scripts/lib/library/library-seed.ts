// Seeding the benchmark library through the app's own saveArticle, and reading its size.
import { type Launched } from '../../../tests/e2e/launch';
import type { CorpusDoc } from '../../../test-hooks/bench-seed';
import { libraryPage, log } from './library-browser';

/** Seeds the library up to `n` articles (a kept profile may have them already), then finishes the index. */
export async function seed(b: Launched, docs: CorpusDoc[], n: number): Promise<void> {
  const page = await libraryPage(b);
  let have: number = await page.evaluate(() => (globalThis as any).__offprint.getDb().articles.count());
  if (have < n) {
    await page.evaluate((c) => ((globalThis as any).__corpus = c), docs);
    const t0 = Date.now();
    for (let from = have; from < n; from += 500) {
      have = await page.evaluate(
        ([f, t]) => (globalThis as any).__offprint.seedLibrary((globalThis as any).__corpus, f, t),
        [from, Math.min(n, from + 500)],
      );
      log(`seeded ${have} / ${n} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    }
  }
  // The background merges new rows into the posting lists as they are saved; finish that before measuring.
  const t1 = Date.now();
  await page.evaluate(() => {
    const g = globalThis as any;
    return g.__offprint.compactSearchIndex(g.__offprint.getDb(), 500);
  });
  log(`index compacted (${((Date.now() - t1) / 1000).toFixed(0)} s)`);
  await page.close();
}

export interface LibraryStats {
  count: number;
  median: number;
  max: number;
  total: number;
  terms: number;
}

/**
 * The library's size: text lengths from a sample of bodies (reading all 10,000 would take longer than
 * the benchmark). Taken after the first-paint measures: reading 1,000 bodies leaves garbage in the
 * extension's renderer process, which the next pages would collect.
 */
export async function libraryStats(b: Launched): Promise<LibraryStats> {
  const page = await libraryPage(b);
  const stats = await page.evaluate(async () => {
    const db = (globalThis as any).__offprint.getDb();
    const ids: number[] = await db.articles.orderBy(':id').primaryKeys();
    const sample = ids.filter((_, i) => i % 10 === 0);
    const lens = ((await db.contents.bulkGet(sample)) as ({ text: string } | undefined)[])
      .map((c) => c?.text.length ?? 0)
      .sort((a, b) => a - b);
    return {
      count: ids.length,
      median: lens[lens.length >> 1],
      max: lens[lens.length - 1],
      total: (lens.reduce((a, b) => a + b, 0) * ids.length) / lens.length,
      terms: (await db.postings.count()) as number,
    };
  });
  await page.close();
  return stats;
}
