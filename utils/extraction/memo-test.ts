/**
 * `re.test(s)` remembered per string: a page repeats its class strings (a list's items, a framework's utility
 * classes on every card), and a case-insensitive alternation's scan of a long class string costs more than a Map
 * look-up (V8 keeps a string's hash on the string, and jsdom hands out the attribute's one string on every read).
 * `re` must not be global or sticky (its answer must not depend on `lastIndex`). At most `max` strings are kept:
 * the memory starts over when full, so it stays small across the pages of a session.
 */
export function memoTest(re: RegExp, max = 4096): (s: string) => boolean {
  if (re.global || re.sticky) throw new Error('memoTest: a global or sticky expression has state');
  const seen = new Map<string, boolean>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      if (seen.size >= max) seen.clear();
      v = re.test(s);
      seen.set(s, v);
    }
    return v;
  };
}
