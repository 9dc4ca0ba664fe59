import { extractPage } from '@/utils/extraction/extract-page';

/** Injected on demand by the background (scripting.executeScript); its result is the reply. */
export default defineContentScript({
  registration: 'runtime',
  main: () => extractPage(document, location.href, { force: true }),
});
