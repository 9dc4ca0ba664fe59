import type Dexie from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { onTablesChanged } from '@/utils/storage/on-tables-changed';
import { localImports } from '@/utils/data/local-imports';

/** Quiet time after the last write before a whole-table statistic (`settle`) is counted again. */
export const SETTLE_MS = 1000;

export interface ThrottleOptions {
  /** The database whose changes re-run the query (the app's database unless given: tests give their own). */
  db?: Dexie;
  /** Tables whose changes re-run the query. */
  tables: string[];
  /** Shortest time between two runs during a burst of writes. */
  ms: number;
  /**
   * Wait for the writes to settle instead: run only once no change came for `ms` and no import or restore of
   * this page is running (a whole-table scan such as the image statistics must not repeat while a restore or
   * an import writes page after page: its writes can be seconds apart, and each scan held up the next write).
   */
  settle?: boolean;
}

/**
 * Like useLiveQuery, for reads too heavy to repeat on every write (the list's 10,000-key catalogue):
 * re-runs when one of `tables` changes (in any extension context: see onTablesChanged): at
 * once when no change made it run in the last `ms` (a click, a save), else once `ms` have passed since
 * that run, so a burst of writes (an import, "Save all tabs") costs one run per `ms`, always with a
 * run after the last write. The first run (on mount) does not count: a save made just after the popup
 * opened is listed at once, not after the throttle's window. With `settle`, it runs once the writes pause.
 */
export function useThrottledQuery<T>(
  query: () => Promise<T>,
  deps: unknown[],
  { db, tables, ms, settle = false }: ThrottleOptions,
): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let alive = true;
    let running = false;
    let again = false;
    /** When a change last made it run (the first run on mount is not a change). */
    let last = -Infinity;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let held: (() => void) | undefined;
    const run = async (changed: boolean) => {
      timer = undefined;
      if (settle && changed && localImports.running()) {
        // Counted once the page's imports end (their last write was a change already seen).
        held ??= localImports.onIdle(() => {
          held?.();
          held = undefined;
          if (alive) schedule();
        });
        return;
      }
      if (running) return void (again = true);
      running = true;
      if (changed) last = Date.now();
      try {
        const v = await query();
        if (alive) setValue(() => v);
      } catch (e) {
        console.error('query failed', e);
      } finally {
        running = false;
        if (again && alive) {
          again = false;
          schedule();
        }
      }
    };
    const schedule = () => {
      if (settle) {
        clearTimeout(timer);
        timer = setTimeout(() => void run(true), ms);
        return;
      }
      if (timer !== undefined) return; // a run is already due: it will read the latest state
      timer = setTimeout(() => void run(true), Math.max(0, last + ms - Date.now()));
    };
    const stop = onTablesChanged(tables, schedule, db);
    void run(false);
    return () => {
      alive = false;
      clearTimeout(timer);
      held?.();
      stop();
    };
  }, deps);
  return value;
}
