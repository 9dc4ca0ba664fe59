import { useLiveQuery } from '@/components/hooks/use-live-query';
import { backupReminder } from '@/utils/data/backup/backup-reminder';

/** A subtle line when there has been no backup for 30 days, linking to the Data settings. */
export function BackupReminder() {
  const r = useLiveQuery(() => backupReminder(), []);
  if (!r?.due) return null;
  return (
    <p class="backup-reminder" id="backup-reminder">
      {r.last ? `No backup for ${r.days} days.` : 'Your library has never been backed up.'}{' '}
      <a href="/options.html#data" target="_blank">
        Back up now
      </a>
    </p>
  );
}
