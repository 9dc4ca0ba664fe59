import { startExtractor } from '@/utils/extraction/page-extractor';

/**
 * Injected on demand by the background (scripting.executeScript, utils/saving/load-extractor.ts): extracts the
 * page (its result is the reply), or only loads the extractor when the popup opens.
 *
 * An unlisted script, not a WXT content script: WXT's content-script wrapper announces itself to the page (a
 * "script started" CustomEvent on `document`, which every script of the page can listen for, and a
 * `window.postMessage`), so a page could tell that Offprint ran on it. This one is injected only when asked
 * for, so it needs no wrapper: nothing of it is visible to the page.
 */
export default defineUnlistedScript(() => startExtractor());
