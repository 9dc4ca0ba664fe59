/** Longest wait for an idle moment before deferred upkeep runs anyway (ms). */
export const IDLE_TIMEOUT_MS = 1000;

type Idle = (fn: () => void) => void;

const onIdle: Idle = (fn) =>
  typeof requestIdleCallback === 'function'
    ? void requestIdleCallback(() => fn(), { timeout: IDLE_TIMEOUT_MS })
    : void setTimeout(fn, 50);

/**
 * Popup upkeep that is for later (the opening screen kept for the next open): run at an idle moment, and never
 * while `saving()` says a save is on its way: from the click to the reply the popup's main thread is the save's
 * (its reply and its row), and on a two-core machine the page's extraction and the service worker's store share
 * the CPU with it. `run` keeps the latest job only; `wake` is called when a save ends.
 */
export function whenNotSaving(
  saving: () => boolean,
  idle: Idle = onIdle,
): { run(job: () => void): void; wake(): void } {
  let due: (() => void) | null = null;
  let asked = false;
  const attempt = () => {
    asked = false;
    if (!due) return;
    if (saving()) return; // `wake` asks again when the save has ended
    const job = due;
    due = null;
    job();
  };
  const ask = () => {
    if (asked || !due) return;
    asked = true;
    idle(attempt);
  };
  return {
    run(job) {
      due = job;
      ask();
    },
    wake: ask,
  };
}
