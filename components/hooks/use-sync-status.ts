import { useEffect, useState } from 'preact/hooks';
import { getSyncStatus } from '@/utils/sync/sync-client';
import type { SyncStatus } from '@/utils/sync/sync-types';

/** Polls faster while a round runs, so the first sync's progress moves. */
const FAST_MS = 1_000;
const SLOW_MS = 5_000;

/**
 * The sync state from the background, kept fresh while the page is open (every second while syncing,
 * every 5 s otherwise). `set` takes a state a reply already carried (after Sync now, Turn on/off).
 * `loaded` is false until the first answer; `status` stays null when the background does not answer.
 */
export function useSyncStatus(): { status: SyncStatus | null; loaded: boolean; set(s: SyncStatus | null): void } {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    void getSyncStatus().then((s) => {
      if (!live) return;
      if (s) setStatus(s);
      setLoaded(true);
    });
    return () => void (live = false);
  }, [tick]);
  useEffect(() => {
    const t = setTimeout(() => setTick((n) => n + 1), status?.state === 'syncing' ? FAST_MS : SLOW_MS);
    return () => clearTimeout(t);
  }, [status, tick]);
  return {
    status,
    loaded,
    set: (s) => {
      if (s) setStatus(s);
      setTick((n) => n + 1);
    },
  };
}
