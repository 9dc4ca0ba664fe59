import { DATE_TEXT } from './kind-text';
import { childList } from './child-elements';
import { clean } from './post-time';

/**
 * A post's header line that says who wrote the post and when, and carries no other mark of either: no profile link,
 * no author class word, no `<time>`. Static archives and mirrors generated from a board's pages or its database print
 * posts so: gbadev's mirror of a phpBB 2 board (github.com/gbadev-org/forum-archive) heads each `div.post` with an
 * `<h4>` "#81346 - Crs - Fri Apr 28, 2006 4:23 pm" over its `div.postbody`; OpenDCL's archive of an SMF board prints
 * "Danell" and "2008-10-27 19:06 UTC" as two plain spans in the post's head, which are only class names once those
 * are hashed. Without a member's mark the page's census counts no post marks and the thread pass never ran: the posts
 * came out as Readability's block with each header as a line and every signature kept.
 *
 * The line is short (80 characters at most), reads as a date with a clock time ("4:23 pm", "19:06": a post's stamp,
 * not a changelog's or a news list's day, which print no clock), and holds a part that is a name: a part cut by a
 * separator (" - ", "|", "·", "•") or a child element's text, of a letter, under 41 characters, that is neither the
 * date, a post's number ("#81346") nor a weekday's or a month's word.
 */
const DATED_LINE_TEXT = 80;
/** A clock time: hours and minutes. */
const CLOCK = /\b\d{1,2}:\d{2}\b/;
/** What parts of a header line stand between: a spaced dash, a bar, a middle dot, a bullet. */
const SEPARATOR = /\s+[-\u2013\u2014]\s+|\s*[|\u00b7\u2022]\s*/;
/**
 * Whole words of a date that are no name (a weekday, an English month, a clock's half, a zone, "on", "at"): whole,
 * as a name may open with one ("marrowfat", "Saturnine").
 */
const DATE_WORD = new RegExp(
  '^(mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(r(s(day)?)?)?|fri(day)?|sat(urday)?|sun(day)?|jan(uary)?|' +
    'feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|' +
    'dec(ember)?|am|pm|utc|gmt|on|at|posted)\\.?$',
  'i',
);
/** Longest name read from a header line. */
const NAME_TEXT = 40;

/** Who wrote a post and when, as its header line prints them (see namedDateLine). */
export interface NamedDate {
  name: string;
  date: string;
}

/** True when `part` of a header line may be a member's name (see namedDateLine). */
function isNamePart(part: string): boolean {
  if (!part || part.length > NAME_TEXT || !/\p{L}/u.test(part) || DATE_TEXT.test(part)) return false;
  if (/^#?\d+$/.test(part)) return false;
  return !part.split(/[\s,.]+/).every((w) => !w || DATE_WORD.test(w) || /^\d+$/.test(w));
}

/**
 * True when `text` (a line's text, read already) may be a dated name line: short, a date and a clock time in it. The
 * cheap test before the line's parts are read.
 */
export const mayBeDatedLine = (text: string) =>
  text.length > 0 && text.length <= DATED_LINE_TEXT && CLOCK.test(text) && DATE_TEXT.test(text);

/** The name and the date a post's header line `line` prints (see the comment above), or null. */
export function namedDateLine(line: Element): NamedDate | null {
  const text = clean(line.textContent);
  if (!mayBeDatedLine(text)) return null;
  const kids = childList(line);
  const parts = (kids.length >= 2 ? kids.map((k) => clean(k.textContent)) : [text]).flatMap((t) =>
    t.split(SEPARATOR).map((p) => p.trim()),
  );
  const date = parts.find((p) => CLOCK.test(p) && DATE_TEXT.test(p));
  const name = parts.find((p) => p !== date && isNamePart(p));
  return date && name ? { name, date } : null;
}
