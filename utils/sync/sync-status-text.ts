import type { SyncProgress, SyncStatus } from './sync-types';

const count = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/**
 * A round's progress in words, always in articles (an article's images travel with it): "1,240 / 10,000
 * articles" (the first sync says so).
 */
export function syncProgressText(p: SyncProgress, firstSync: boolean): string {
  const total = p.total > 0 ? Math.max(p.total, p.done) : 0;
  const of = total > 0 ? `${count(p.done)} / ${count(total)}` : count(p.done);
  const articles = `${of} ${(total || p.done) === 1 ? 'article' : 'articles'}`;
  const lead = firstSync ? 'First sync: ' : '';
  if (p.phase === 'pull') return `${lead}receiving from the server: ${articles}`;
  if (p.phase === 'apply') return `${lead}${articles}`;
  return `${lead}sending to the server: ${articles}`;
}

/** "Last synced just now / 5 minutes ago / on 3 Dec at 14:02", or that it has not synced yet. */
export function lastSyncedText(at: number | null, now = Date.now()): string {
  if (at == null) return 'Not synced yet.';
  const s = Math.max(0, Math.round((now - at) / 1000));
  if (s < 45) return 'Last synced just now.';
  const m = Math.round(s / 60);
  if (m < 60) return `Last synced ${plural(m, 'minute', 'minutes')} ago.`;
  const h = Math.round(m / 60);
  if (h < 24) return `Last synced ${plural(h, 'hour', 'hours')} ago.`;
  const d = new Date(at);
  const day = d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  const time = d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return `Last synced on ${day} at ${time}.`;
}

/** "N changes waiting" to be sent, or that all are sent. */
export function pendingText(pending: number): string {
  return pending ? `${plural(pending, 'change', 'changes')} waiting to be sent.` : 'No changes waiting.';
}

/** True when the popup should show its "sync is failing" mark. */
export const syncFailing = (s: SyncStatus | null): boolean => !!s?.enabled && !!s.lastError;
