import { liveQuery } from 'dexie';
import { getDb, type OffprintDB } from '@/utils/storage/db';
import { compactSearchIndex, lastSeq } from './search-index';
import { timed } from '@/utils/lib/phase-timings';

/**
 * Terms rows per compaction transaction here: small, so a hold (a sync round starting) waits for one short
 * chunk at most, also while a large backlog (a first sync's arrivals) is being compacted.
 */
const CHUNK = 25;

let running: Promise<void> | null = null;
let holds = 0;
/** A compaction is wanted (after the one running, or on release of the holds): the database to compact. */
let due: OffprintDB | null = null;

/**
 * Holds compaction while a bulk write runs in this context (sync taking many articles in): compacting as each
 * batch lands would compete with the writes for the same thread and IndexedDB, batch after batch. A
 * compaction under way stops after its current chunk; the rows wait and are compacted together on release.
 * Searches meanwhile read the rows not compacted yet directly, so every article is found. Returns the release.
 */
export function holdCompaction(): () => void {
  holds++;
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    holds--;
    start();
  };
}

/** Starts the compaction that is due, unless one runs or compaction is held (each ends by looking again). */
function start(): void {
  if (holds || running || !due) return;
  const db = due;
  due = null;
  running = timed('search.compact', () => compactSearchIndex(db, CHUNK, () => holds > 0))
    .then(
      () => undefined,
      (e) => console.warn('search index compaction failed', e),
    )
    .finally(() => {
      running = null;
      start();
    });
}

/**
 * Compacts the search index now unless a compaction is running (it picks up new rows as it loops, and one
 * more follows it) or compaction is held (then on release).
 */
export function compactSoon(db: OffprintDB = getDb()): Promise<void> {
  due = db;
  start();
  return running ?? Promise.resolve();
}

/**
 * Background: compacts at start and after any context saves (Dexie's liveQuery sees writes from every
 * page), once writes pause for `quietMs` so a burst of saves (import, save all tabs) is merged at once.
 */
export function watchSearchIndex(db: OffprintDB = getDb(), quietMs = 1500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  liveQuery(() => lastSeq(db)).subscribe({
    next: () => {
      clearTimeout(timer);
      timer = setTimeout(() => void compactSoon(db), quietMs);
    },
    error: (e) => console.warn('search index watch failed', e),
  });
}
