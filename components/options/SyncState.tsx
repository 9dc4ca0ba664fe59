import { useEffect, useRef, useState } from 'preact/hooks';
import { setImageSync, syncNow, turnOffSync } from '@/utils/sync/sync-client';
import { lastSyncedText, pendingText, syncProgressText } from '@/utils/sync/sync-status-text';
import type { SyncStatus } from '@/utils/sync/sync-types';

/** What to do about an error, when the message alone does not say it. */
const HINTS: Partial<Record<string, string>> = {
  unauthorized: 'If the password was changed on the server: Turn off sync, then turn it on with the new password.',
  'wrong-passphrase': 'Turn off sync, then turn it on with the library’s passphrase.',
  'no-permission': 'Turn off sync, then turn it on again and allow Offprint to reach the server.',
};

/**
 * Options → Sync while sync is on: where to, the first sync's progress, "Last synced …", "N changes waiting",
 * the last error in words, **Sync now**, image sync, and **Turn off sync** (asks once).
 */
export function SyncState({ status, onChange }: { status: SyncStatus; onChange(s: SyncStatus | null): void }) {
  const [working, setWorking] = useState(false);
  const [confirmOff, setConfirmOff] = useState(false);
  const yesRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmOff) yesRef.current?.focus();
  }, [confirmOff]);
  const run = async (f: () => Promise<SyncStatus | null>) => {
    setWorking(true);
    onChange(await f());
    setWorking(false);
  };
  const { progress, lastError } = status;
  const syncing = status.state === 'syncing' || working;
  return (
    <div class="fields sync-state">
      <p id="sync-target">
        Syncing with <b class="sync-url">{status.url}</b>
        {status.username ? (
          <>
            {' '}
            as <b>{status.username}</b>
          </>
        ) : null}
        .
      </p>
      <div role="status" aria-live="polite" aria-atomic="true" class="sync-live" id="sync-status">
        {progress ? (
          <div class="job">
            <span id="sync-progress">{syncProgressText(progress, !status.firstSyncDone)}</span>
            <progress
              max={progress.total || undefined}
              value={progress.total ? progress.done : undefined}
              aria-label="Sync progress"
            />
          </div>
        ) : syncing ? (
          <p id="sync-progress">{status.firstSyncDone ? 'Syncing…' : 'First sync: starting…'}</p>
        ) : null}
        <p id="sync-last">{lastSyncedText(status.lastSyncedAt)}</p>
        <p id="sync-pending">{pendingText(status.pending)}</p>
      </div>
      <div role="alert" class="sync-live">
        {lastError && (
          <p class="error" id="sync-error" data-code={lastError.code}>
            {lastError.message}
            {HINTS[lastError.code] && <small class="block">{HINTS[lastError.code]}</small>}
          </p>
        )}
      </div>
      <label class="check">
        <input
          type="checkbox"
          id="sync-images"
          checked={status.syncImages}
          disabled={working}
          onChange={(e) => void run(() => setImageSync((e.target as HTMLInputElement).checked))}
        />
        <span>
          Sync images
          <small>Off: this browser neither sends nor receives images (its own stay here).</small>
        </span>
      </label>
      <div class="buttons">
        <button type="button" class="primary" id="sync-now" disabled={syncing} onClick={() => void run(syncNow)}>
          {syncing ? 'Syncing…' : 'Sync now'}
        </button>
        {!confirmOff && (
          <button type="button" id="sync-off" onClick={() => setConfirmOff(true)}>
            Turn off sync
          </button>
        )}
      </div>
      {confirmOff && (
        <div class="preview" id="sync-off-confirm" role="group" aria-labelledby="sync-off-question">
          <p id="sync-off-question">
            Turn off sync in this browser? Its library stays as it is. Offprint forgets the server, the account and the
            key: to sync again you need the passphrase.
          </p>
          <div class="buttons">
            <button
              type="button"
              class="primary"
              id="sync-off-yes"
              ref={yesRef}
              onClick={() => void run(turnOffSync).then(() => setConfirmOff(false))}
            >
              Turn off sync
            </button>
            <button type="button" id="sync-off-no" onClick={() => setConfirmOff(false)}>
              Keep syncing
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
