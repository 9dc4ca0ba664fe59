import { extractPage, type ExtractPageResult } from './extract-page';
import { warmUpExtractor, warmUpKinds } from './warm-up-extractor';

/*
 * The extractor, kept loaded in a page. Injecting the content script into a page for the first time makes the
 * browser create the extension's isolated world there (~50 ms on a quiet machine, more under load: most of a
 * save's injection). The popup has it loaded when it opens, without extracting (utils/saving/load-extractor.ts):
 * the content script then only defines the extractor as a global of that world, where it stays for later
 * injections into the same page, and Save runs it with a one-line function. The page's own scripts cannot see it:
 * an isolated world's globals are its own.
 */

/** The extractor's name in the isolated world (run by runLoadedExtractor). */
export const EXTRACTOR_GLOBAL = 'offprintPageExtractor';
/** Set in the isolated world just before the content script is injected to load the extractor without running it. */
export const LOAD_ONLY_GLOBAL = 'offprintLoadOnly';

/**
 * How long after the load the other kinds' warm-up starts (ms): an auto-save follows the load at once, and its
 * extraction should find the page idle; a person's click comes later and finds the warm-up done.
 */
export const WARM_UP_KINDS_AFTER_MS = 250;

/** The content script's reply when it only loaded the extractor. */
export interface ExtractorLoaded {
  ok: true;
  loaded: true;
}

type Scope = Record<string, unknown>;

/**
 * The content script's work (entrypoints/extract.ts): defines the extractor in the isolated world, then
 * extracts the page and returns the result, or, when the injection was asked only to load it (LOAD_ONLY_GLOBAL,
 * which it clears), warms it up on its own sample article (warmUpExtractor) and returns `{ ok: true, loaded: true }`;
 * the other kinds' samples (warmUpKinds) follow in the background and stop when a Save starts. Loading reads
 * nothing of the page and changes nothing there.
 */
export async function startExtractor(
  doc: Document = document,
  scope: Scope = globalThis as unknown as Scope,
  warmUp: () => Promise<void> = warmUpExtractor,
  warmUpLater: (stop: () => boolean) => Promise<void> = warmUpKinds,
): Promise<ExtractPageResult | ExtractorLoaded> {
  let saving = false;
  const extract = () => {
    saving = true;
    return extractPage(doc, doc.location?.href ?? doc.URL, { force: true });
  };
  scope[EXTRACTOR_GLOBAL] = extract;
  const loadOnly = scope[LOAD_ONLY_GLOBAL] === true;
  delete scope[LOAD_ONLY_GLOBAL];
  if (!loadOnly) return extract();
  // A failed warm-up costs the first Save its speed, nothing else.
  await warmUp().catch((e: unknown) => console.warn('Offprint: the extractor’s warm-up failed', e));
  setTimeout(() => {
    if (saving) return;
    warmUpLater(() => saving).catch((e: unknown) => console.warn('Offprint: the extractor’s warm-up failed', e));
  }, WARM_UP_KINDS_AFTER_MS);
  return { ok: true, loaded: true };
}

/**
 * Runs in the page (scripting.executeScript `func`, args [LOAD_ONLY_GLOBAL]) right before the content script:
 * its next run only loads the extractor. Self-contained: no imports.
 */
export function markLoadOnly(name: string): true {
  (globalThis as unknown as Record<string, unknown>)[name] = true;
  return true;
}

/**
 * Runs in the page (scripting.executeScript `func`, args [EXTRACTOR_GLOBAL]): the loaded extractor's result,
 * or null when the page has none (it was not loaded, or the tab shows another page since). Self-contained.
 */
export function runLoadedExtractor(name: string): Promise<unknown> | null {
  const run = (globalThis as unknown as Record<string, unknown>)[name];
  return typeof run === 'function' ? (run as () => Promise<unknown>)() : null;
}
