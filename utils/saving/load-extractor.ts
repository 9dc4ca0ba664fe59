import type { ExtractPageResult } from '@/utils/extraction/extract-page';
import {
  EXTRACTOR_GLOBAL,
  LOAD_ONLY_GLOBAL,
  markLoadOnly,
  runLoadedExtractor,
  type ExtractorLoaded,
} from '@/utils/extraction/page-extractor';
import { restrictedReason } from './restricted-url';
import { targetTab } from './target-tab';

/** Path of the built extractor script (entrypoints/extract.ts), injected on demand. */
export const EXTRACT_SCRIPT = '/extract.js';

/**
 * Tabs whose page has the extractor loaded, as far as this service worker knows (it forgets them when it
 * stops, and when a tab starts loading another page): whether the load worked, once it has ended.
 */
const loaded = new Map<number, Promise<boolean>>();

/** How long the last load took (for bench:save): both injections, ms. */
export let lastLoadMs: number | null = null;

/**
 * Loads the extractor into the tab's page without running it (see utils/extraction/page-extractor.ts): the
 * isolated world is created now, so a Save that follows only runs it. Nothing is read, extracted or stored,
 * and the page does not change. Quiet: a page that cannot be injected (a browser page, the web store, a
 * page that did not load) gives false, and a Save there gives its message as before.
 */
export function loadExtractor(tabId: number): Promise<boolean> {
  const known = loaded.get(tabId);
  if (known) return known;
  const t0 = performance.now();
  const load = (async () => {
    try {
      await browser.scripting.executeScript({ target: { tabId }, func: markLoadOnly, args: [LOAD_ONLY_GLOBAL] });
      const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
      lastLoadMs = performance.now() - t0;
      return (injection?.result as Partial<ExtractorLoaded> | undefined)?.loaded === true;
    } catch {
      return false;
    }
  })();
  loaded.set(tabId, load);
  void load.then((ok) => {
    if (!ok && loaded.get(tabId) === load) loaded.delete(tabId);
  });
  return load;
}

/** The popup's target tab (as for a save: see targetTab), unless it shows a page no extension may read. */
export async function loadExtractorFor(tabId?: number, self?: number): Promise<boolean> {
  const tab = await targetTab(tabId, self).catch(() => undefined);
  if (!tab?.id || (tab.url && restrictedReason(tab.url))) return false;
  return loadExtractor(tab.id);
}

/** The tab shows another page (or is gone): its extractor is not there any more. */
export function forgetExtractor(tabId: number): void {
  loaded.delete(tabId);
}

/** Whether the extractor is loaded in the tab (waits for a load under way); null when none was asked for. */
export function extractorLoaded(tabId: number): Promise<boolean> | null {
  return loaded.get(tabId) ?? null;
}

async function runLoaded(tabId: number): Promise<ExtractPageResult | undefined> {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    func: runLoadedExtractor,
    args: [EXTRACTOR_GLOBAL],
  });
  return (injection?.result ?? undefined) as ExtractPageResult | undefined;
}

/**
 * Extracts the tab's page: with the loaded extractor when the popup loaded it (waiting for a load under way),
 * else (or when the tab shows another page since) by injecting the content script, which extracts at once.
 * Injection errors are thrown as the browser gives them; undefined when the page gave no answer.
 */
export async function extractInTab(tabId: number): Promise<ExtractPageResult | undefined> {
  if (await loaded.get(tabId)) {
    const result = await runLoaded(tabId);
    if (result) return result;
    loaded.delete(tabId); // not there (another page): inject it
  }
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [EXTRACT_SCRIPT] });
  const result = injection?.result as ExtractPageResult | ExtractorLoaded | undefined;
  // (A load whose file injection failed left its mark: the script only loaded. Run it.)
  if (result && 'loaded' in result) return runLoaded(tabId);
  return result;
}
