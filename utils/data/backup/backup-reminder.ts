import { getDb, type OffprintDB } from '@/utils/storage/db';

/** meta key of the time of the last full backup (ms). */
export const LAST_BACKUP_KEY = 'lastBackupAt';
/** Days without a backup after which Offprint reminds, gently. */
export const BACKUP_REMINDER_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

/** Records that a full backup was just made. */
export async function markBackedUp(db: OffprintDB = getDb(), when = Date.now()): Promise<void> {
  await db.meta.put({ key: LAST_BACKUP_KEY, value: when });
}

/** When the last full backup was made, or null if never. */
export async function lastBackupAt(db: OffprintDB = getDb()): Promise<number | null> {
  const v = (await db.meta.get(LAST_BACKUP_KEY))?.value;
  return typeof v === 'number' ? v : null;
}

/**
 * True when a reminder is due: more than 30 days since the last backup, or, never backed up,
 * since the oldest article was saved (a brand-new library is not nagged). Empty library: never.
 */
export function isBackupDue(last: number | null, oldestSavedAt: number | null, now = Date.now()): boolean {
  const since = last ?? oldestSavedAt;
  return since !== null && now - since > BACKUP_REMINDER_DAYS * DAY;
}

/** The reminder state for the UI: whether it is due and how many days it has been. */
export async function backupReminder(
  db: OffprintDB = getDb(),
  now = Date.now(),
): Promise<{ due: boolean; last: number | null; days: number | null }> {
  const [last, oldest] = await Promise.all([lastBackupAt(db), db.articles.orderBy('savedAt').first()]);
  const since = last ?? oldest?.savedAt ?? null;
  return {
    due: isBackupDue(last, oldest?.savedAt ?? null, now),
    last,
    days: since === null ? null : Math.floor((now - since) / DAY),
  };
}
