import { SHORT_TAGS, type Census } from './page-census';
import { closestMatch } from './dom-query';
import { CROWD } from './clutter-guard';

/**
 * Copies of its phrase a marquee holds at least: a ticker repeats it to fill twice the screen's width. The census lists
 * the boxes with that many children (see Census.crowded), so the two counts are one.
 */
const MARQUEE_COPIES = CROWD;

/** Characters of the repeated phrase at most ("Book Now *", "SECURE YOUR SPOT - ENROL NOW"): a slide is longer. */
const PHRASE_CHARS = 80;

const squeezed = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * True for a marquee: a box of six children or more that all say the same short phrase and nothing else ("Book Now *"
 * a hundred times in a row of spans, "SECURE YOUR SPOT - ENROL NOW" in each item of a list), the strip a script
 * scrolls across a band of the page. Its phrase holds a letter (a row of stars is a rating); tables, lists of
 * options and code keep their repeats (a comparison's "check" cells, a log's lines).
 */
export function isMarquee(box: Element): boolean {
  let copies = 0;
  let phrase: string | null = null;
  for (let c = box.firstElementChild; c; c = c.nextElementSibling) {
    const t = squeezed(c);
    if (phrase === null) {
      if (!t || t.length > PHRASE_CHARS || !/\p{L}/u.test(t)) return false;
      phrase = t;
    } else if (t !== phrase) return false;
    copies++;
  }
  if (copies < MARQUEE_COPIES || phrase === null) return false;
  // Nothing beside the copies: the box's own text is theirs (separators and spaces only between them).
  for (let n = box.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 3 && /[\p{L}\p{N}]/u.test((n as Text).data)) return false;
  return !closestMatch(box, 'table, select, datalist, pre, code');
}

/**
 * Removes the page's marquees (see isMarquee): a reader wants the phrase once at most, and it is a call to action or
 * a slogan the band says beside the content, not the content. Structure only: no class word, no text pattern.
 */
export function removeMarquees(c: Census): void {
  // The boxes of six children or more the census found (see Census.crowded), parents before their children: a box
  // whose first child is one of the short blocks, with children enough still.
  for (let i = c.crowded.length - 1; i >= 0; i--) {
    const box = c.crowded[i];
    const first = box.firstElementChild;
    if (!first || !SHORT_TAGS.has(first.tagName)) continue;
    let n = 0;
    for (let s: Element | null = first; s && n < MARQUEE_COPIES; s = s.nextElementSibling) n++;
    if (n === MARQUEE_COPIES && box.isConnected && isMarquee(box)) box.remove();
  }
}
