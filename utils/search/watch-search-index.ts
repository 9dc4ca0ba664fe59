import { liveQuery } from 'dexie';
import { getDb, type OffprintDB } from '@/utils/storage/db';
import { compactSearchIndex, lastSeq } from './search-index';

let running: Promise<void> | null = null;

/** Compacts the search index now unless a compaction is running (which picks up new rows as it loops). */
export function compactSoon(db: OffprintDB = getDb()): Promise<void> {
  running ??= compactSearchIndex(db)
    .then(
      () => undefined,
      (e) => console.warn('search index compaction failed', e),
    )
    .finally(() => (running = null));
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
      timer = setTimeout(() => void compactSoon(db), quietMs);
    },
    error: (e) => console.warn('search index watch failed', e),
  });
}
