import { byTag } from './tag-list';
import { childList } from './child-elements';
import { mayEndInContacts, saysContactDetail } from './contact-tail';
import { wordTotal } from './word-overlap';
import { textOutsideLinks } from './text-outside-links';

/** Words Readability's block holds at most to be the footer's address block, not a page's text. */
const BLOCK_WORDS = 40;

/** Words the region holds at most: a page of cards with no prose is short (a bigger region is weighed as it was). */
const REGION_WORDS = 300;

/** Like cards a grid needs at least: two are a pair of boxes. */
const MIN_CARDS = 3;

/** Characters a card's line holds at most: a name, a category, a short line, never a paragraph of prose. */
const CARD_LINE = 100;

/** Lines a card holds at most. */
const CARD_LINES = 4;

/** Elements a card's shape is read over at most (tag names in order): a card is small. */
const SHAPE_TAGS = 40;

/** The card's shape: its elements' tag names in document order (class words are left out: builders hash them). */
function shapeOf(el: Element): string | null {
  const tags = [el.localName];
  for (const d of byTag(el, '*')) {
    if (tags.length >= SHAPE_TAGS) return null;
    tags.push(d.localName);
  }
  return tags.join(' ');
}

/** The non-empty lines of a card's text (each leaf block or line break its own line). */
function linesOf(text: string): string[] {
  return text
    .split(/\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * True when `el` is one card: one to four short lines, none of them prose, and a name outside its links and buttons (a
 * row of buttons alone, each saying "Button", is no card).
 */
function isCardText(el: Element, blockLines: Set<string>): boolean {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > CARD_LINE * 2) return false;
  if (!/\p{L}{2}/u.test(textOutsideLinks(el)) || byTag(el, 'button').some((b) => b.textContent === el.textContent))
    return false;
  const lines = linesOf(el.textContent ?? '');
  // The footer's own lines (the block's, an address, a phone number) are no card: its address block is a column.
  const own = (l: string) => blockLines.has(l) || saysContactDetail(l);
  return (
    lines.length <= CARD_LINES && lines.every((l) => l.length <= CARD_LINE && !/[.!?]\s+\p{Lu}/u.test(l) && !own(l))
  );
}

/**
 * True when the page's main region (`region`, its text `regionText`) is a grid of like cards under the page's title,
 * and Readability's block (`blockText`) is the footer's address block: a builder's page whose content is cards with no
 * prose (Duda's rows, each a picture, a category, a name and a "Find Out More" button; a list of services, of
 * attractions). Readability scores no paragraph there and takes the footer's address; preferRegion wants the region
 * 40 words over the block, and four cards of a name and a category are fewer. The cards are three or more siblings
 * after the region's `<h1>` with the same shape (their elements' tag names in order), each one to four short lines, no
 * sentence among them. Read only when the block is short and may end in contact details (see mayEndInContacts) and
 * the region is small.
 */
export function cardsOverContacts(region: Element, regionText: string, blockText: string): boolean {
  if (wordTotal(blockText) > BLOCK_WORDS || !mayEndInContacts(blockText)) return false;
  const words = wordTotal(regionText);
  if (words > REGION_WORDS || words <= wordTotal(blockText)) return false;
  const h1 = byTag(region, 'h1')[0];
  if (!h1) return false;
  const blockLines = new Set(linesOf(blockText));
  for (const parent of [region, ...byTag(region, '*')]) {
    if (parent.contains(h1) && parent !== h1.parentElement && !parent.contains(h1.parentElement)) continue;
    const kids = childList(parent);
    if (kids.length < MIN_CARDS) continue;
    let run = 0;
    let last: string | null = null;
    for (const kid of kids) {
      const after = !kid.contains(h1) && !!(h1.compareDocumentPosition(kid) & 4);
      const shape = after && isCardText(kid, blockLines) ? shapeOf(kid) : null;
      run = shape && shape === last ? run + 1 : shape ? 1 : 0;
      last = shape;
      if (run >= MIN_CARDS) return true;
    }
  }
  return false;
}

/**
 * Removes what stands before the region's `<h1>` (a builder's header row: the site's e-mail, its name, a "Book now"
 * button; its hidden page title), once cardsOverContacts chose the region: the cards are under the title. True when
 * something went.
 */
export function removeBeforeTitle(region: Element): boolean {
  const h1 = byTag(region, 'h1')[0];
  if (!h1) return false;
  let removed = false;
  for (let el: Element | null = h1; el && el !== region; el = el.parentElement)
    while (el.previousSibling) {
      el.previousSibling.remove();
      removed = true;
    }
  return removed;
}
