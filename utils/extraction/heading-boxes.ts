import type { Census } from './page-census';

/** The heading tags' names, H1 to H6. */
export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** A letter or a digit: a box without one is a permalink's icon, "#" or zero-width space, left to Readability. */
const WORD = /[\p{L}\p{N}]/u;

/**
 * Headings that print their parts in `<div>`s: GitBook writes every heading of a page as `<h2><div><a
 * aria-label="Direct link to heading" href="#…"><svg/></a></div><div>Play Around with Code</div></h2>`. Readability
 * reads a `<div>` with no block inside as a paragraph of its own and its conditional cleaning drops a box of fewer
 * than 25 characters, so the heading stayed as an empty `<h2>` and every short section title of the page went. A
 * heading holds phrasing content only: each `<div>` in it becomes a `<span>` with the same children (its attributes
 * go with it: a layout box's), and a space stands before each that follows text, so that two boxes' words stay apart.
 * A box with no letter or digit (a permalink's icon, Mintlify's zero-width space) stays a box, for Readability to drop
 * as before.
 */
export function unwrapHeadingBoxes(c: Census): void {
  for (let i = 0; i < c.short.length; i++) {
    if (!HEADING_TAGS.has(c.shortTags[i])) continue;
    const h = c.short[i];
    const boxes = h.getElementsByTagName('div');
    if (!boxes.length || !h.isConnected) continue;
    const doc = h.ownerDocument;
    // Innermost first (reverse document order), so that a box is replaced before the box around it.
    for (const box of [...boxes].reverse()) {
      if (!WORD.test(box.textContent ?? '')) continue;
      const span = doc.createElement('span');
      span.append(...box.childNodes);
      if (box.previousSibling) box.before(doc.createTextNode(' '));
      box.replaceWith(span);
    }
  }
}
