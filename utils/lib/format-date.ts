/** The three forms of formatDate, as Intl.DateTimeFormat options (what toLocaleTimeString/DateString get). */
const FORMS = {
  time: { hour: '2-digit', minute: '2-digit' },
  day: { month: 'short', day: 'numeric' },
  dayYear: { month: 'short', day: 'numeric', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * Formatters made once per locale and form: `toLocaleTimeString(locale, options)` builds a new one on every
 * call (about a millisecond each, more under load), and every list row formats its date at every render.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, form: keyof typeof FORMS): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${form}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, FORMS[form])));
  return f;
}

/** A short, human date: "14:05" today, "Mar 3" this year, "Mar 3, 2024" before. */
export function formatDate(ms: number, now = Date.now(), locale?: string): string {
  const d = new Date(ms);
  const n = new Date(now);
  const sameDay = d.getDate() === n.getDate() && d.getMonth() === n.getMonth() && d.getFullYear() === n.getFullYear();
  if (sameDay) return formatter(locale, 'time').format(d);
  return formatter(locale, d.getFullYear() === n.getFullYear() ? 'day' : 'dayYear').format(d);
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
