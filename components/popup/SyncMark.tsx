import { useEffect, useState } from 'preact/hooks';
import { getSyncStatus } from '@/utils/sync/sync-client';
import { syncFailing } from '@/utils/sync/sync-status-text';
import type { SyncStatus } from '@/utils/sync/sync-types';

/** How often the popup looks again while it is open (a round started by opening it may fail or recover). */
const RECHECK_MS = 10_000;

/**
 * A small mark in the popup's header while sync is failing; its name says what is wrong, and it opens
 * Options → Sync. Nothing at all while sync is off or well (and nothing in the popup's first-frame shell).
 */
export function SyncMark() {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    let live = true;
    const look = () => void getSyncStatus().then((s) => live && setStatus(s));
    look();
    const t = setInterval(look, RECHECK_MS);
    return () => {
      live = false;
      clearInterval(t);
    };
  }, []);
  if (!syncFailing(status)) return null;
  const what = status!.lastError!.message;
  return (
    <a
      class="head-link sync-mark"
      id="sync-mark"
      href="/options.html#sync"
      target="_blank"
      title={`Sync is failing: ${what}`}
      aria-label={`Sync is failing: ${what} Open the sync settings.`}
    >
      ⚠
    </a>
  );
}
