// Page builders' grids of captioned pictures (Divi's rows of image and text modules, a shop's "our range" grid, a
// service page's icons over each service's name): each card one picture over a short caption that links nowhere. The
// edge trimming took the captions before the first prose for kickers and hero captions (a hero's picture with its
// credit line), as far as its budget went: a gift shop's page kept 7 of its 20 items, the last ones, whose captions
// were short enough to fit what the budget had left. Three such cards or more before the first prose are the page's
// own list of items, and stay; one or two pictures with their captions are still a hero. (The tail is left as it is.)
// Reads no class name: tags, links and text lengths. Read only where the text holds three pictures or more, at the
// first line the lead would drop.
import { closestMatch, queryFirst } from './dom-query';
import { clean } from './post-time';

/** Cards a gallery holds at least: one or two captioned pictures before the text are a hero and its credit. */
export const MIN_PICTURE_CARDS = 3;

/** Characters of a card's text at most: a caption (an item's name, a line under it), not a teaser's excerpt. */
const CARD_CHARS = 120;

/** Pictures and embeds a card holds. */
const PICTURE = 'img, picture, svg, video';

/**
 * The card a line stands in: its nearest box (inside `root`) that holds a picture, when that box holds one picture,
 * a short text with a letter or a digit, no link with an address, no button and no heading of a page's parts (`h1`,
 * `h2`), no form and no frame, and lies in no link or button; null otherwise. A picture's own line (the box around
 * the image alone) is its card's too.
 */
export function pictureCard(line: Element, root: Element): Element | null {
  let box: Element | null = line;
  while (box && box !== root && !box.matches(PICTURE) && !queryFirst(box, PICTURE)) box = box.parentElement;
  if (!box || box === root) return null;
  // A picture that is the line itself: its card is the box around it and its caption.
  if (box.matches(PICTURE) || !clean(box.textContent)) {
    let up = box.parentElement;
    while (up && up !== root && !clean(up.textContent)) up = up.parentElement;
    if (!up || up === root) return null;
    box = up;
  }
  if (box.querySelectorAll('img').length > 1 || queryFirst(box, 'a[href], button, h1, h2, form, iframe')) return null;
  if (closestMatch(box, 'a[href], button')) return null;
  // A caption without a letter or a digit is a video thumbnail's play mark ("▶"), not an item's name.
  const t = clean(box.textContent);
  return t.length <= CARD_CHARS && /[\p{L}\p{N}]/u.test(t) ? box : null;
}

/**
 * The cards of an edge's lines (see pictureCard) when they are a gallery: `MIN_PICTURE_CARDS` cards or more, none
 * holding another; an empty set otherwise. The lines a caller keeps are those the cards contain.
 */
export function pictureGallery(lines: Element[], root: Element): Set<Element> {
  const cards = new Set<Element>();
  // Fewer pictures in the whole text than a gallery holds: no card is read.
  let pictures = 0;
  for (const tag of ['img', 'svg', 'video']) pictures += root.getElementsByTagName(tag).length;
  if (pictures < MIN_PICTURE_CARDS) return cards;
  for (const line of lines) {
    const card = pictureCard(line, root);
    if (card) cards.add(card);
  }
  if (cards.size < MIN_PICTURE_CARDS) return new Set();
  // Cards nested in one another are one card's parts read from two lines: no gallery.
  for (const a of cards) for (const b of cards) if (a !== b && a.contains(b)) return new Set();
  return cards;
}
