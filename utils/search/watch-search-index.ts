import { liveQuery } from 'dexie';
import { getDb, type OffprintDB } from '@/utils/storage/db';
import { importRunning } from '@/utils/data/import-batch';
import { compactSearchIndex, lastSeq, pendingCount } from './search-index';
import { timed } from '@/utils/lib/phase-timings';
import { saveInFlight } from '@/utils/saving/save-in-flight';

/**
 * Terms rows per compaction transaction: small, so a save or a sync round waits for one short chunk at most.
 * A backlog of BACKLOG rows or more (after a first sync, an import, a restore) goes in chunks of BIG_CHUNK:
 * every chunk rewrites the last posting segment of each word it touches, so 1,000 arrivals cost ~10× less
 * work in one chunk than in twenty (measured: one chunk 5 s, twenty chunks 58 s), and the short chunks kept
 * IndexedDB busy for minutes, delaying every sync round and save behind them (docs/sync.md): after a first
 * sync of 300 articles, six chunks of 50 (about 3 s each) each held up a save arriving from the other browser.
 */
export const CHUNK = 50;
export const BACKLOG = 100;
export const BIG_CHUNK = 1000;

/**
 * After the last hold is released (a sync round ended), the compaction still waits this long: while the other
 * browser saves, rounds follow each other about a second apart, and a backlog chunk started between two of
 * them (several seconds at 10,000 articles) held up the next save's round (bench:sync (b), docs/sync.md).
 */
export const COOL_MS = 3_000;

let running: Promise<void> | null = null;
let retry: ReturnType<typeof setTimeout> | undefined;
let holds = 0;
let releasedAt = -Infinity;

/**
 * Keeps the compaction away while bulk work of this context writes (sync's first sync): compaction and a
 * bulk write take the same tables, so each would wait for the other's transactions. Returns the release.
 */
export function holdCompaction(): () => void {
  holds++;
  let held = true;
  return () => {
    if (held && --holds === 0) releasedAt = Date.now();
    held = false;
  };
}

/**
 * Bulk work is writing: here (a hold, or one released less than COOL_MS ago) or in any page (an import or
 * restore beating its heartbeat); or a save is being answered here (its transaction would queue behind a chunk).
 */
async function bulkWorkRunning(db: OffprintDB, coolMs: number): Promise<boolean> {
  return holds > 0 || saveInFlight() || Date.now() - releasedAt < coolMs || (await importRunning(db));
}

/**
 * Compacts the search index now unless a compaction is running (which picks up new rows as it loops).
 * While an import, a restore or a first sync writes, it waits (checking every `retryMs`) and stops between
 * chunks: searches still find the rows not compacted yet, and the bulk write keeps IndexedDB to itself.
 */
export function compactSoon(db: OffprintDB = getDb(), retryMs = 1500, coolMs = COOL_MS): Promise<void> {
  clearTimeout(retry);
  running ??= (async () => {
    let gaveWay = false;
    try {
      const backlog = await pendingCount(db);
      await timed('search.compact', () =>
        compactSearchIndex(
          db,
          backlog >= BACKLOG ? BIG_CHUNK : CHUNK,
          async () => (gaveWay = await bulkWorkRunning(db, coolMs)),
        ),
      );
    } catch (e) {
      console.warn('search index compaction failed', e);
    } finally {
      running = null;
    }
    if (gaveWay) retry = setTimeout(() => void compactSoon(db, retryMs, coolMs), retryMs);
  })();
  return running;
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
      timer = setTimeout(() => void compactSoon(db, quietMs), quietMs);
    },
    error: (e) => console.warn('search index watch failed', e),
  });
}
