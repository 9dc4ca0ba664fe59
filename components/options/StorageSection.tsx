import { useEffect, useState } from 'preact/hooks';
import { formatBytes, requestPersistence, storageStatus, type StorageStatus } from '@/utils/storage/storage-status';
import { backupReminder } from '@/utils/data/backup/backup-reminder';
import { SETTLE_MS, useThrottledQuery } from '@/components/hooks/use-throttled-query';

/** Storage used, whether the browser may evict it, and when the last backup was made. */
export function StorageSection() {
  const [s, setS] = useState<StorageStatus | null>(null);
  // Once writes pause, not after each of a restore's writes (whose next write its read would hold up).
  const reminder = useThrottledQuery(() => backupReminder(), [], {
    tables: ['articles', 'meta'],
    ms: SETTLE_MS,
    settle: true,
  });
  useEffect(() => {
    storageStatus().then(setS);
  }, []);
  const persist = async () => {
    await requestPersistence();
    setS(await storageStatus());
  };
  return (
    <div class="data-block">
      <h3>Storage</h3>
      <p id="storage-usage">
        {s?.usage == null
          ? 'Storage use is not reported by this browser.'
          : `Offprint uses ${formatBytes(s.usage)}${s.quota ? ` of ${formatBytes(s.quota)} available` : ''}.`}
      </p>
      <p id="storage-persisted">
        {s?.persisted ? (
          'Your library is stored persistently: the browser will not clear it to free space.'
        ) : (
          <>
            The browser may clear your library when the disk runs low.{' '}
            <button id="storage-persist" onClick={persist}>
              Keep my library stored persistently
            </button>
          </>
        )}
      </p>
      {reminder && (
        <p id="backup-last" class={reminder.due ? 'reminder' : 'muted'}>
          {reminder.last ? `Last backup: ${new Date(reminder.last).toLocaleDateString()}.` : 'No backup made yet.'}
          {reminder.due &&
            ` It has been ${reminder.days} days — a backup keeps your library safe if the browser’s data is lost.`}
        </p>
      )}
    </div>
  );
}
