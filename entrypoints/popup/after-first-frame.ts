/**
 * Longest wait for the first frame after load (a page in a background tab paints none;
 * the popup's shows ~60 ms after load).
 */
export const FIRST_FRAME_TIMEOUT_MS = 300;

/**
 * Runs `fn` once the page's first frame is on screen (the browser's first paint entry, reported after
 * the frame was presented), or FIRST_FRAME_TIMEOUT_MS after load. An extension popup is shown only after
 * its load event: work started before its first frame is presented delays that frame.
 */
export function afterFirstFrame(fn: () => void, win: Window = window): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  const afterLoad = () => {
    win.setTimeout(run, FIRST_FRAME_TIMEOUT_MS);
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint'))
      return;
    const po = new PerformanceObserver(() => {
      po.disconnect();
      win.setTimeout(run, 0);
    });
    po.observe({ type: 'paint', buffered: true });
  };
  if (win.document.readyState === 'complete') afterLoad();
  else win.addEventListener('load', afterLoad, { once: true });
}
