// What one more save costs in a large library, and the JS heaps of the extension's contexts.
import { type Page } from 'playwright-core';
import { type Launched } from '../../../tests/e2e/launch';
import { servePages } from '../../../tests/e2e/serve-pages';
import type { CorpusDoc } from '../../../test-hooks/bench-seed';
import { heapOf } from '../cdp-heap';
import { libraryPage } from './library-browser';

/** Saves five articles (after two warm-ups) into an `n`-article library: the save, then its index merge. */
export async function saveOneMore(
  b: Launched,
  docs: CorpusDoc[],
  n: number,
): Promise<{ save: number; merge: number }[]> {
  const page = await libraryPage(b);
  await page.evaluate((c) => ((globalThis as any).__corpus = c), docs);
  const times = await page.evaluate(async (n0) => {
    const g = globalThis as any;
    const { benchArticle, saveArticle, deleteArticle, compactSearchIndex, getDb } = g.__offprint;
    const out = [];
    for (let k = 0; k < 7; k++) {
      const { article } = benchArticle(g.__corpus, n0 + 1000 + k);
      article.url += '-extra';
      const t = performance.now();
      const { id } = await saveArticle(article);
      const save = performance.now() - t;
      // What the background does ~1.5 s after a save: merge the new terms row into the posting lists.
      const t2 = performance.now();
      await compactSearchIndex(getDb());
      out.push({ save, merge: performance.now() - t2 });
      await deleteArticle(id); // keeps the cached library at N
      await new Promise((r) => setTimeout(r, 2000)); // let the background's own merge pass finish
    }
    return out.slice(2);
  }, n);
  await page.close();
  return times;
}

export interface LinkSave {
  link: { ms: number; state: string; error?: string };
  /** JS heaps after GC (bytes): service worker, offscreen document (null when not open). */
  sw: number | null;
  off: number | null;
}

/**
 * Saves a served fixture page with the whole "save link" path (fetch in the worker, parse offscreen),
 * then reads the heaps.
 */
export async function saveLinkAndHeaps(b: Launched): Promise<LinkSave> {
  const server = await servePages();
  const url = server.url(`/pages/kyiv-independent-ghost/?bench-link-${Date.now()}`);
  const page = await libraryPage(b);
  const link = await page.evaluate(async (u) => {
    const { enqueueSaveUrls, getDb, deleteArticle } = (globalThis as any).__offprint;
    const t0 = performance.now();
    await enqueueSaveUrls([{ url: u }], 'bench');
    for (;;) {
      const task = await getDb().queue.where('batch').equals('bench').last();
      if (task.state === 'done' || task.state === 'failed') {
        await getDb().queue.where('batch').equals('bench').delete();
        if (task.articleId) await deleteArticle(task.articleId);
        return { ms: performance.now() - t0, state: task.state as string, error: task.error as string | undefined };
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }, url);
  await page.close();
  await server.close();
  const sw = await heapOf(b.cdpUrl!, (x) => x.type === 'service_worker' && x.url.includes(b.extensionId));
  const off = await heapOf(b.cdpUrl!, (x) => x.url.includes(`${b.extensionId}/offscreen.html`));
  return { link, sw, off };
}

/** The JS heap of an extension page (bytes), after a GC. */
export async function pageHeap(b: Launched, page: Page): Promise<number> {
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
