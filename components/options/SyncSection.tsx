import { useSyncStatus } from '@/components/hooks/use-sync-status';
import { SyncSetup } from './SyncSetup';
import { SyncState } from './SyncState';

/** Options → Sync: the setup form while sync is off, the state and its controls while it is on. */
export function SyncSection() {
  const { status, loaded, set } = useSyncStatus();
  if (!loaded) return <p class="muted">Loading…</p>;
  if (!status)
    return (
      <p class="error" role="alert">
        Offprint’s background did not answer, so the sync state is unknown. Reload this page.
      </p>
    );
  return status.enabled ? <SyncState status={status} onChange={set} /> : <SyncSetup onEnabled={set} />;
}
