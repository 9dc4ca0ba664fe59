import { sizeOf } from './clutter-guard';
import { queryFirst } from './dom-query';

/** Look-alike blocks (the card among them) a grid holds at least: fewer are a row of tiles or a menu's columns. */
const MIN_CARDS = 4;

/** Share of the region's text the look-alike blocks hold together at least to be its grid of cards. */
const GRID_SHARE = 0.5;

/** The first class word of an element ("product" of "product type-product post-15859"), or '' without a class. */
function firstClassWord(el: Element): string {
  return (el.getAttribute('class') ?? '').trim().split(/\s+/)[0];
}

/**
 * True when a cloud of links (see isLinkCloud in extract-region.ts) is one card of the page's grid, not a menu or a
 * footer column: it holds a picture or a heading, and it stands among look-alike siblings (same tag, same first
 * class word; four or more with it) that together hold half of the region's text (`total`) or more. A shop's card
 * that lists its colours as swatch links ("Amberlight Bluestone Butterrum … +11": a dozen short links and the
 * product's title) is a cloud of short links, and the region copy dropped every card with five colours or more. A
 * footer's columns and a menu's submenus are a small part of the page.
 */
export function isGridCard(el: Element, total: number): boolean {
  const parent = el.parentElement;
  if (total === Infinity || !parent || parent.childElementCount < MIN_CARDS) return false;
  if (!queryFirst(el, 'img, picture, h2, h3, h4, h5, h6')) return false;
  const word = firstClassWord(el);
  let alike = 0;
  let chars = 0;
  for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
    if (s.tagName !== el.tagName || firstClassWord(s) !== word) continue;
    alike++;
    chars += sizeOf(s).chars;
  }
  return alike >= MIN_CARDS && chars >= total * GRID_SHARE;
}
