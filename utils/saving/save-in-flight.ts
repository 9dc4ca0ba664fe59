/**
 * Saves this service worker is answering (from the request to the reply). Background work that can wait — the
 * image queue's next download and write, the search index's compaction — gives way to them: a save's reply waits
 * for its own IndexedDB transaction (which queues behind any other that writes the same tables) and shares two
 * cores with the page's extraction, the popup and whatever else runs.
 */
let inFlight = 0;
let waiters: (() => void)[] = [];
let generation = 0;

/**
 * The longest a save holds background work back. A save whose page never answers (a tab stuck in a script, an
 * injection the browser never settles) would otherwise hold the image queue and the index's compaction until the
 * service worker stops; the save itself carries on, only the hold ends.
 */
export const SAVE_HOLD_MS = 10_000;

/** Notes that a save started; the returned function notes its end (a second call does nothing). */
export function beginSave(holdMs = SAVE_HOLD_MS): () => void {
  inFlight++;
  let open = true;
  const born = generation;
  const end = () => {
    if (!open || born !== generation) return;
    open = false;
    clearTimeout(cap);
    if (--inFlight === 0) for (const w of waiters.splice(0)) w();
  };
  const cap = setTimeout(end, holdMs);
  return end;
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
  generation++;
  inFlight = 0;
  for (const w of waiters.splice(0)) w();
  waiters = [];
}
