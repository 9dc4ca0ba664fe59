/**
 * Saves this service worker is answering (from the request to the reply). Background work that can wait — the
 * image queue's next download and write, the search index's compaction — gives way to them: a save's reply waits
 * for its own IndexedDB transaction (which queues behind any other that writes the same tables) and shares two
 * cores with the page's extraction, the popup and whatever else runs.
 */
let inFlight = 0;
let waiters: (() => void)[] = [];

/** Notes that a save started; the returned function notes its end (a second call does nothing). */
export function beginSave(): () => void {
  inFlight++;
  let open = true;
  return () => {
    if (!open) return;
    open = false;
    if (--inFlight === 0) for (const w of waiters.splice(0)) w();
  };
}

/** Whether a save is being answered now. */
export function saveInFlight(): boolean {
  return inFlight > 0;
}

/** Resolves at once when no save is being answered, else when the last one has its reply. */
export function noSaveInFlight(): Promise<void> {
  return inFlight === 0 ? Promise.resolve() : new Promise((r) => waiters.push(r));
}

/** Tests: forget every save. */
export function resetSavesInFlight(): void {
  inFlight = 0;
  for (const w of waiters.splice(0)) w();
  waiters = [];
}
