import type { PostTime } from './post-time';

/** Longest words before the author's name on a time line ("by", "Post by", "Beitrag von", "Posted by"). */
const LEAD = 20;
/** The words before the name: letters only, ending in a space ("by ", "Post by "; not "Tue " of a date). */
const LEAD_WORDS = /^[\p{L}\s]*\p{L}\s+$/u;
/**
 * What stands between the name and the date: separators ("»", "›", "·", "|", dashes, a colon or comma) and a joining
 * word ("on", "at", "am", "le", "el", "il", "op", "em"), in any order, with spaces.
 */
const JOINER = /^(?:[\s»›·•|:,–—-]|\b(?:on|at|am|le|el|il|op|em)\b)+/i;

/**
 * A post's time without the byline printed before it on the same line: phpBB 3.0's `p.author` reads "by <strong>
 * name</strong> » Tue Aug 27, 2019 1:47 am" (German "von name » …", French "par name » …"), and the header printed
 * the name twice ("name · by name » Tue …"). When the author's name stands in the time's text after a few words, then
 * a separator or a joining word and a text with a digit, the time is that text; else the time as it is.
 */
export function withoutByline(time: PostTime, author: string | null): PostTime {
  if (!author) return time;
  const at = time.text.indexOf(author);
  if (at <= 0 || at > LEAD || !LEAD_WORDS.test(time.text.slice(0, at))) return time;
  const after = time.text.slice(at + author.length);
  const joiner = JOINER.exec(after)?.[0] ?? '';
  // Only a separator or a joining word ends the byline: a name that is also a month's ("Mar") stays in a date.
  if (!joiner.trim()) return time;
  const rest = after.slice(joiner.length);
  return /\d/.test(rest) ? { ...time, text: rest } : time;
}
