/** Share of the article read, 0..1, from the scroll position (1 at the bottom; 1 for a page that fits). */
export function progressOf(scrollY: number, scrollHeight: number, viewport: number): number {
  const max = scrollHeight - viewport;
  if (max <= 0) return 1;
  return Math.min(1, Math.max(0, scrollY / max));
}

/** The scroll position that shows a saved progress again (0 for unread and for finished articles). */
export function scrollYFor(progress: number, scrollHeight: number, viewport: number): number {
  if (!(progress > 0) || progress >= FINISHED) return 0;
  return Math.round(progress * Math.max(0, scrollHeight - viewport));
}

/** Progress from which an article counts as read to the end. */
export const FINISHED = 0.98;

/** Calls `fn` at most once every `ms`, always with the latest arguments (trailing call kept). */
export function throttle<A extends unknown[]>(
  fn: (...a: A) => void,
  ms: number,
): ((...a: A) => void) & { flush(): void } {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let args: A | null = null;
  const run = () => {
    timer = null;
    last = Date.now();
    if (args) fn(...args);
    args = null;
  };
  const t = (...a: A) => {
    args = a;
    if (timer) return;
    const wait = Math.max(0, ms - (Date.now() - last));
    timer = setTimeout(run, wait);
  };
  t.flush = () => {
    if (timer) clearTimeout(timer);
    if (args) run();
  };
  return t;
}
