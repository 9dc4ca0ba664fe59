/** A short, human date: "14:05" today, "Mar 3" this year, "Mar 3, 2024" before. */
export function formatDate(ms: number, now = Date.now(), locale?: string): string {
  const d = new Date(ms);
  const n = new Date(now);
  if (d.toDateString() === n.toDateString())
    return d.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  const sameYear = d.getFullYear() === n.getFullYear();
  return d.toLocaleDateString(locale, { month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }) });
}

/** "2026-03-04": a day, not a moment (Date.parse reads it as midnight UTC, the day before west of UTC). */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A published-time string as a long date in the user's locale ("March 4, 2026", "4. März 2026"), with
 * Intl.DateTimeFormat; a date-only value is that day everywhere. Null when it does not parse.
 */
export function formatPublished(value: string | null, locale?: string, timeZone?: string): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const t = Date.parse(trimmed);
  if (Number.isNaN(t)) return null;
  const day = DATE_ONLY.test(trimmed);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: day ? 'UTC' : timeZone }).format(t);
}
