import { RIGHTS_TEXT } from './clutter-text';
import { linkDensity } from './clutter-guard';

/** Characters of a rights line at most ("© 2026 Ledgerly, Inc. All rights reserved."): a footnote is longer. */
const RIGHTS_CHARS = 200;

/** Lines a footer's tail holds at most after its rights line (the legal links, a builder's credit). */
const AFTER_LINES = 30;

/** Lines of links walked back from the rights line at most (the footer's link columns above it). */
const BEFORE_LINES = 40;

/** Characters of a short line of the tail that is no link ("Cookie preferences" as a button, "Made in Oslo"). */
const SHORT_CHARS = 40;

/** Characters of a line of links above the rights line at most (a column's "Careers", "Press kit"). */
const LINK_LINE_CHARS = 60;

/** Characters of a column's title above its links at most ("Company", "Help and support"). */
const TITLE_CHARS = 30;

const SENTENCE_END = /[.!?…。！？]\s*$/u;

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A line of a footer's tail: links ("Privacy · Terms · Accessibility"), or a short line that is no sentence. */
function isTailLine(el: Element, t: string): boolean {
  if (t.length > RIGHTS_CHARS) return false;
  return linkDensity(el) >= 0.5 || (t.length <= SHORT_CHARS && !SENTENCE_END.test(t)) || RIGHTS_TEXT.test(t);
}

/**
 * The site's footer as the last lines of a copy of the page's main region (`lines`, its leaf blocks in order, those
 * already removed left out): the last rights line ("© 2026 …", "All rights reserved") when every line after it is a
 * short line or a line of links, those lines, and the lines of links right above it (the footer's columns). A page
 * whose footer is no landmark and whose class words are an unseen builder's names nothing to the clutter rules, and
 * its region ends on "© 2026 Acme Inc. / Privacy / Terms / Accessibility": structure and the rights line's words only.
 * Returns the lines to remove (none when the tail is not such a footer).
 */
export function rightsTail(lines: Element[]): Element[] {
  let rights = -1;
  for (let i = lines.length - 1; i >= 0 && lines.length - 1 - i <= AFTER_LINES; i--) {
    const t = textOf(lines[i]);
    if (!t) continue;
    if (t.length <= RIGHTS_CHARS && RIGHTS_TEXT.test(t)) {
      rights = i;
      break;
    }
    if (!isTailLine(lines[i], t)) return [];
  }
  if (rights < 0) return [];
  // Above it, the footer's columns: lines of links, each under its title ("Company", "Support": a short line that is
  // no sentence, no heading of the page's outline, right above a line of links). Nothing else is walked over.
  let start = rights;
  let linkLine = false;
  for (let i = rights - 1; i >= 0 && rights - i <= BEFORE_LINES; i--) {
    const el = lines[i];
    const t = textOf(el);
    if (!t) continue;
    const links = t.length <= LINK_LINE_CHARS && linkDensity(el) >= 0.9;
    const title =
      !links && linkLine && t.length <= TITLE_CHARS && !SENTENCE_END.test(t) && !/^H[1-3]$/.test(el.tagName);
    if (!links && !title) break;
    start = i;
    linkLine = links;
  }
  return lines.slice(start);
}
