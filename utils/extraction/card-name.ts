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

/** Longest name printed after a name label (see labelledName). */
const LABELLED_NAME_TEXT = 40;

/**
 * A post's name label as the whole of a text between two elements ("Name", "名前", "Nombre", "Nom", "Имя", "Nome",
 * with or without a colon): imageboards print each post's header as labelled parts without links or author classes.
 */
const NAME_LABEL = /^(name|名前|nombre|nom|имя|nome)\s*[:：]?$/i;

/**
 * True when `el` is a poster's name printed after a name label: Futaba and the imageboards drawn from it print each
 * reply's header as `<span class="csb">subject</span>Name<span class="cnm">name</span><span class="cnw">date
 * ID:…</span><span class="cno">No.…</span>`, the name with no link (a guest's) and no author class word, so no reply
 * carried an author mark and no thread was found. The label is the whole text node right before `el` (blank text
 * skipped: a label closing a longer line is a sentence's word, not a label); `el`'s text is one short line (40
 * characters at most) with a letter, not a date. Only elements after a text node are read.
 */
export function isLabelledName(el: Element): boolean {
  let prev = el.previousSibling;
  while (prev?.nodeType === 3 && !(prev as Text).data.trim()) prev = prev.previousSibling;
  if (prev?.nodeType !== 3 || !NAME_LABEL.test((prev as Text).data.trim())) return false;
  const text = clean(el.textContent);
  return text.length > 0 && text.length <= LABELLED_NAME_TEXT && /\p{L}/u.test(text) && !DATE_TEXT.test(text);
}
