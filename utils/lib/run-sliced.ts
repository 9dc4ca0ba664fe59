/** Longest stretch of work, in ms, before runSliced lets the page's other tasks run. */
export const SLICE_MS = 8;

/** Resolves in a new task (not a microtask): events that are waiting (IndexedDB's, input) run first. */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * Calls `f` on every item, in order, giving way to the page's other tasks every `sliceMs` of work. A long
 * loop on the main thread (sanitizing or tokenizing a page of a backup) would otherwise hold up every
 * IndexedDB answer a running transaction waits for, and the page's input, until it ends.
 */
export async function runSliced<T>(items: readonly T[], f: (item: T, index: number) => void, sliceMs = SLICE_MS) {
  let start = performance.now();
  for (let i = 0; i < items.length; i++) {
    f(items[i], i);
    if (i < items.length - 1 && performance.now() - start >= sliceMs) {
      await nextTask();
      start = performance.now();
    }
  }
}
