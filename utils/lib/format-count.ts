/** One formatter per locale: `n.toLocaleString()` builds a new Intl.NumberFormat at every call. */
const formatters = new Map<string, Intl.NumberFormat>();

/** A count in the user's locale ("10,000", "10.000"), as `n.toLocaleString(locale)` writes it. */
export function formatCount(n: number, locale?: string): string {
  const key = locale ?? '';
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale)));
  return f.format(n);
}
