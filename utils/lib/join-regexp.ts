/**
 * A regular expression too long for one line, written as shorter literals: `open`, then the parts' sources joined
 * by `|`, then `close`, compiled with `flags` (a part's own flags only let its literal parse; they are not used).
 */
export function joinRegExp(open: string, parts: RegExp[], close: string, flags: string): RegExp {
  return new RegExp(open + parts.map((p) => p.source).join('|') + close, flags);
}
