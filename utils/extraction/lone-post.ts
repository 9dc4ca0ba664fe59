import { isAuthorEl } from './find-posts';
import { DATE_TEXT } from './kind-text';
import { ownDateText } from './own-date';
import { clean } from './post-time';
import { byTag } from './tag-list';
import { wordTotal } from './word-overlap';

/**
 * The header of a lone post's box found by lonePost: its writer's name (a profile link's text, else the first line that
 * reads as a name) and its date as printed, both above the post's text. extractArticle prints them above Readability's
 * block as a thread prints each post's ("name · date"): a thread of one post is still a thread.
 */
export const loneHeads = new WeakMap<Element, { author: string; date: string }>();

/**
 * A lone post's header as a thread prints a post's: `<header><cite>name</cite> · <time>date</time></header>` (the date
 * alone where the box's only name line is a heading's).
 */
export function loneHeader(doc: Document, head: { author: string; date: string }): Element {
  const header = doc.createElement('header');
  if (head.author) header.append(Object.assign(doc.createElement('cite'), { textContent: head.author }), ' · ');
  header.append(Object.assign(doc.createElement('time'), { textContent: head.date }));
  return header;
}

/** Headings: a line inside one is a title (the post's subject), not a name. */
const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** An element's text, white space collapsed. */
const lineText = (el: Element) => clean(el.textContent);

/**
 * The date a date mark prints: a `<time>`'s or a date line's text, or its own text where a child beside it is no date
 * (phpBB 3.0's post icon inside the date's `<span>`: see isDateMark).
 */
const dateText = (el: Element) =>
  el.tagName === 'TIME' || !el.firstElementChild ? lineText(el) : (ownDateText(el) ?? lineText(el));

/** Words of the block's first line the region is searched for (the line's opening: enough to be its own). */
const PROBE_WORDS = 6;

/** Words a post's box may print beyond its text (its header: the name, the member's title, the date, a reply line). */
const HEADER_WORDS = 40;

/**
 * Words a post's header above its text may hold where the box runs past the block and 40 words: a profile column
 * beside the post (the name, a rank, the post count, the member's place), the subject printed twice, the date.
 */
const PROFILE_WORDS = 60;

/** Share of Readability's block's words a post's box holds at least (the whole block, a few words aside). */
const WHOLE_BLOCK = 0.9;

/** Date marks a post's box may show, all above its text: its date, and a member's join date beside it. */
const HEADER_DATES = 2;

/** Longest text of a line that reads as a post's date ("Feb 20, 2010", "Posted: 3 hours ago"). */
const DATE_LINE = 60;

/** A text's lower-case words, one space apart. */
const wordKey = (t: string) => (t.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');

/** The opening words of a text's first line of six words or more that is no date line ("" when none is). */
function firstLineProbe(text: string): string {
  for (const line of text.split('\n')) {
    // A post's date line ("06-14-2023, 09:12 AM") is its header's, not its text's.
    if (line.trim().length <= DATE_LINE && DATE_TEXT.test(line)) continue;
    const words = wordKey(line).split(' ');
    if (words.length >= PROBE_WORDS) return words.slice(0, PROBE_WORDS).join(' ');
  }
  return '';
}

/**
 * The innermost element under `root` whose words hold `probe` (a few words of one line): from `root` down, into the
 * child that holds them while one does.
 */
function innermostHolding(root: Element, probe: string): Element | null {
  if (!wordKey(root.textContent ?? '').includes(probe)) return null;
  let el = root;
  for (;;) {
    let next: Element | null = null;
    for (let c = el.firstElementChild; c && !next; c = c.nextElementSibling)
      if (wordKey(c.textContent ?? '').includes(probe)) next = c;
    if (!next) return el;
    el = next;
  }
}

/** Words of `box`'s text before `line` (a box's header above its first line of text). */
function wordsBefore(box: Element, line: Element): number {
  const walk = box.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let n = walk.nextNode(); n && !line.contains(n); n = walk.nextNode()) text += ` ${n.textContent}`;
  return wordTotal(text);
}

/**
 * True when `el` shows a date: a `<time>`, a `datetime` attribute, or a short line that reads as one: its whole text
 * where it has no child element, else its own text (phpBB 3.0 under a style of its own prints the post's icon, an
 * `<img>`, inside the date's `<span>`: "<img alt="Post"> Sat Mar 14, 2026 6:12 pm"; see ownDateText). A line whose date
 * is a child's own is that child's mark, read once.
 */
function isDateMark(el: Element): boolean {
  if (el.tagName === 'TIME' || el.hasAttribute('datetime')) return true;
  const text = (el.textContent ?? '').trim();
  if (text.length > DATE_LINE || !/\d/.test(text)) return false;
  return el.firstElementChild ? ownDateText(el) !== null : DATE_TEXT.test(text);
}

/** Longest text of a line that reads as a member's name ("tomas_h", "Ada Lovelace"). */
const NAME_LINE = 40;

/**
 * True when `el` is a line that reads as a member's name: no child element, one to three words, no more than 40
 * characters, not the page's title (an `<h1>`, `<h2>`). A region copy keeps links but not the attributes that mark an
 * author without one (`data-author`, `itemprop`), nor class words: a guest's name is such a line.
 */
function isNameLine(el: Element): boolean {
  if (el.firstElementChild || el.tagName === 'H1' || el.tagName === 'H2') return false;
  const text = (el.textContent ?? '').trim();
  if (!text || text.length > NAME_LINE) return false;
  const words = wordTotal(text);
  return words >= 1 && words <= 3;
}

/** True when `el` holds a date (see isDateMark). */
const holdsDate = (el: Element) => isDateMark(el) || byTag(el, '*').some(isDateMark);

/** True when a sibling of `el` holds a date: `el` is one of a list's dated boxes (a card, a review, a comment). */
function datedSibling(el: Element): boolean {
  for (let s = el.parentElement?.firstElementChild; s; s = s.nextElementSibling)
    if (s !== el && holdsDate(s)) return true;
  return false;
}

/** True when `a` comes before `b` in the page and does not hold it. */
const before = (a: Element, b: Element) => !a.contains(b) && !!(a.compareDocumentPosition(b) & 4);

/**
 * The box of one post around Readability's block inside the page's region: the smallest box around the block's first
 * line (of six words or more, no date line) that shows, before that line, a date (a `<time>`, a `datetime`, a date
 * line) and a name (a profile link, or a line of one to three words: see isNameLine), two dates at most and none after
 * that line (more are a stream's entries, or an edit stamp: not read), and that holds the whole block (90 % of its
 * words) and at most 40 words beyond it (the post's header); the region holds more than it, and neither it nor its
 * parent has a sibling that shows a date (a card of a list, a review among reviews, a comment among comments). Null
 * when there is none. `region` is a region copy (no class words, no `data-` attributes: see cleanRegion).
 *
 * A thread of one post (a question nobody answered yet) has no repeated boxes, so no thread is found; where the page
 * labels itself `og:type=website` its region then needs only 1.15 times Readability's block, and the forum's side
 * column (members online, statistics, headed boxes of prose), once its class words are hashed, is no chrome: the region
 * won and the page read as a service page. The post's own header says it is one post.
 */
export function lonePost(region: Element, blockText: string): Element | null {
  const blockWords = wordTotal(blockText);
  const probe = firstLineProbe(blockText);
  if (!probe) return null;
  const line = innermostHolding(region, probe);
  if (!line) return null;
  const regionWords = wordTotal(region.textContent ?? '');
  for (let box: Element | null = line; box && box !== region; box = box.parentElement) {
    const words = wordTotal(box.textContent ?? '');
    // The region holds something beside the post (breadcrumbs, the forum's rules, "1 post • Page 1 of 1"). A long
    // post's box is most of its region (phpBB 3.0: 1.04–1.13 times): the region's gain over the block is then the
    // box's own header and profile column, which the post's header (loneHeads) stands for.
    if (regionWords <= words) return null;
    // Past the block and 40 words, the box's header above the block's first line (a profile column) may hold 60
    // words; below that line, the box still holds the block and 40 words at most.
    const beyond = words - blockWords;
    if (beyond > HEADER_WORDS) {
      const head = wordsBefore(box, line);
      if (head > PROFILE_WORDS || beyond - head > HEADER_WORDS) return null;
    }
    // The box holds the whole block (a box of one entry of a block of several is not the post).
    if (words < blockWords * WHOLE_BLOCK) continue;
    let author: Element | null = null;
    let named: Element | null = null;
    let nameLine = false;
    let date: Element | null = null;
    let dates = 0;
    for (const el of byTag(box, '*')) {
      const dated = isDateMark(el);
      if (!before(el, line)) {
        // A date after the block's first line is another entry's (a stream's, a list's) or an edit stamp's.
        if (dated && !line.contains(el)) dates = Infinity;
        continue;
      }
      if (dated) dates++;
      date ??= dated ? el : null;
      if (dated) continue;
      if (isAuthorEl(el)) author ??= el;
      else if (isNameLine(el)) {
        nameLine = true;
        // A heading's short line is the post's subject ("The big update"), not its writer: no name for the header.
        if (!el.closest(HEADINGS)) named ??= el;
      }
    }
    // One header's dates (a post's, a member's join date): more are several entries' (a news stream, comments).
    if (!(author || nameLine) || !date || dates > HEADER_DATES) continue;
    if (datedSibling(box) || (box.parentElement !== region && datedSibling(box.parentElement!))) return null;
    const name = author ?? named;
    loneHeads.set(box, { author: name ? lineText(name) : '', date: dateText(date) });
    return box;
  }
  return null;
}
