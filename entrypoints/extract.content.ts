import { startExtractor } from '@/utils/extraction/page-extractor';

/**
 * Injected on demand by the background (scripting.executeScript): extracts the page (its result is the reply),
 * or only loads the extractor when the popup opens (see utils/saving/load-extractor.ts).
 */
export default defineContentScript({
  registration: 'runtime',
  // WXT's "script started" window.postMessage would reach the page's own message listeners.
  noScriptStartedPostMessage: true,
  main: () => startExtractor(),
});
