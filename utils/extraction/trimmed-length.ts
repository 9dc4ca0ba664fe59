/**
 * True for the code units `String.prototype.trim` drops (ECMAScript's WhiteSpace and LineTerminator: tab, line feed,
 * vertical tab, form feed, carriage return, space, no-break space, the Zs spaces, the line and paragraph separators,
 * the byte order mark). No code unit above U+FFFF is one.
 */
function isTrimmed(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `s.trim().length` without the trimmed copy: the walks that measure every text node of a page (the census's) made a
 * new string for each one with space at an edge (most of a page's), only to read its length.
 */
export function trimmedLength(s: string): number {
  const start = startAfterSpace(s);
  let end = s.length;
  while (end > start && isTrimmed(s.charCodeAt(end - 1))) end--;
  return end - start;
}

/** Where `s` starts after the whitespace `trimStart` drops (its length when it is all whitespace). */
function startAfterSpace(s: string): number {
  let start = 0;
  while (start < s.length && isTrimmed(s.charCodeAt(start))) start++;
  return start;
}

/** The first code unit of `s` after the whitespace `trimStart` drops (NaN when there is none). */
export function firstAfterSpace(s: string): number {
  return s.charCodeAt(startAfterSpace(s));
}
