/** A short, human date: "14:05" today, "Mar 3" this year, "Mar 3, 2024" before. */
export function formatDate(ms: number, now = Date.now(), locale?: string): string {
  const d = new Date(ms);
  const n = new Date(now);
  if (d.toDateString() === n.toDateString())
    return d.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  const sameYear = d.getFullYear() === n.getFullYear();
  return d.toLocaleDateString(locale, { month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }) });
}

/** A published-time string as a date, or null when it does not parse. */
export function formatPublished(value: string | null, locale?: string): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  return new Date(t).toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
}
