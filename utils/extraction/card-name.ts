import { DATE_TEXT } from './kind-text';
import { clean, isMemberLine, opensMemberLine } from './post-time';

/** Longest member's name read from a user card. */
const NAME_TEXT = 60;
/** Levels climbed from a member's date line to the card's list of lines. */
const CARD_LEVELS = 3;

/** The nearest sibling before `el` with text, or null. */
function textBefore(el: Element): Element | null {
  let p = el.previousElementSibling;
  while (p && !clean(p.textContent)) p = p.previousElementSibling;
  return p;
}

/**
 * The member's name in the user card that `line` (a line of 60 characters at most opening with a member's date label
 * and holding the date, or followed by it: "Registered: 2021-03-02") stands in: the card's first line. From the line
 * up (three levels at most) to the first box with a line with text before it; that box's list begins with the name
 * (FluxBB's `<dl><dt><strong>name</strong></dt><dd>Member</dd><dd><span>Registered: …</span></dd>`, printed for
 * guests without a profile link and without a class word but `usertitle` to say so). Null when that first line is
 * long, reads as a date, or is a labelled line itself ("Posts: 311").
 */
export function cardName(line: Element): Element | null {
  const own = clean(line.textContent);
  if (own.length > NAME_TEXT || !isMemberLine(own)) return null;
  // The label's date on its line or the next ("Joined" in a `<dt>`, the day in the `<dd>` after it).
  if (!DATE_TEXT.test(own) && !DATE_TEXT.test(clean(line.nextElementSibling?.textContent))) return null;
  let el: Element = line;
  for (let n = 0; n < CARD_LEVELS && !textBefore(el); n++) {
    if (!el.parentElement) return null;
    el = el.parentElement;
  }
  let first = textBefore(el);
  if (!first) return null;
  for (let p = textBefore(first); p; p = textBefore(p)) first = p;
  const text = clean(first.textContent);
  return text.length <= NAME_TEXT && !DATE_TEXT.test(text) && !/:\s*\S/.test(text) && !isMemberLine(text)
    ? first
    : null;
}

/**
 * True when `el` is a user card's member date line with the member's name above it (see cardName): the page's census
 * counts it as a mark of a post, as it counts a profile link. Only an element whose first child is text that opens
 * with such a label is read further. `first` is its first child where a walk has read it already.
 */
export function isCardLine(el: Element, first: ChildNode | null = el.firstChild): boolean {
  return first?.nodeType === 3 && opensMemberLine((first as Text).data) && !!cardName(el);
}
