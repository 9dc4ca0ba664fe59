import { linkDensity, sizeOf } from './clutter-guard';
import { byTag } from './tag-list';

/** Headings of one level, each over its own prose, a block holds at least to be a series of sections. */
const MIN_SERIES = 3;

/** Characters of the paragraph under a heading that make it the heading's own text, not a caption or a button. */
const MIN_PROSE = 80;

/** A sentence's end inside a text (a bio's, a service's description). */
const SENTENCE_END = /[.!?…](\s|$)/;

/**
 * True when the element right after a heading is its own prose: a paragraph of 80 characters or more that reads as a
 * sentence and is not itself mostly links (a "Read more" row, a list of links).
 */
function proseAfter(h: Element): boolean {
  const next = h.nextElementSibling;
  if (!next || next.tagName !== 'P' || sizeOf(next).chars < MIN_PROSE) return false;
  return SENTENCE_END.test((next.textContent ?? '').trim()) && linkDensity(next) < 0.5;
}

/**
 * True when a heading whose text is all link (a link line for the tidy pass: a "READ MORE: …" teaser between an
 * article's paragraphs) heads a section of a series instead: a paragraph of its own prose right under it, and two more
 * headings of its level in the block that each stand over their own prose too. A team page prints each member's name
 * as a heading linked to a profile ("Jim Ward, CEO" to LinkedIn, the others not), a service page each service's name
 * linked to its page, each over a paragraph: those names are the page's headings, and the tidy pass took the linked
 * ones. An article's teaser heading stands alone; a listing keeps its linked titles anyway (see removeLines). Read only
 * for a heading that is a link line, on a page that declares no article (the caller's `contacts`).
 */
export function headsSectionSeries(el: Element, root: Element): boolean {
  if (!/^H[2-6]$/.test(el.tagName) || !proseAfter(el)) return false;
  let series = 0;
  for (const h of byTag(root, el.tagName.toLowerCase())) if (proseAfter(h) && ++series >= MIN_SERIES) return true;
  return false;
}
