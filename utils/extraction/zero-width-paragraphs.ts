import type { Census } from './page-census';
import { queryFirst } from './dom-query';

/** A character other than whitespace and the zero-width ones (space, non-joiner, joiner, word joiner, BOM). */
const INK = /[^\s\u200b-\u200d\u2060\ufeff]/u;

/** A zero-width character. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/u;

/**
 * True when the text of `p` is whitespace and zero-width characters alone, one of them at least. Reads its first
 * text node down its first children, then its text nodes in order, and stops at the first with any other character:
 * on a paragraph of text, its first.
 */
export function holdsOnlyZeroWidth(p: Element): boolean {
  // Its first text node, down the first children (no walker made): a paragraph of text answers here.
  let first: Node | null = p.firstChild;
  while (first && first.nodeType === 1) first = first.firstChild;
  if (first && first.nodeType === 3 && INK.test(first.nodeValue ?? '')) return false;
  const walker = p.ownerDocument.createTreeWalker(p, 4 /* NodeFilter.SHOW_TEXT */);
  let zeroWidth = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n.nodeValue ?? '';
    if (INK.test(t)) return false;
    zeroWidth ||= ZERO_WIDTH.test(t);
  }
  return zeroWidth;
}

/**
 * Paragraphs that hold nothing but a zero-width character: Wix's rich text writes each blank line an author leaves
 * between paragraphs as `<p class="font_8"><span><span class="wixGuard">&#8203;</span></span></p>` (a salon's price
 * list held 188 of them, each a line of nothing in the reader). Readability removes an empty paragraph, but
 * JavaScript's `trim` keeps a zero-width space, so these stayed, in Readability's block and in the region alike. A
 * `<p>` whose text is whitespace and zero-width characters alone and that holds no picture, embed or form field goes
 * (see holdsOnlyZeroWidth); a paragraph with a word beside the character (Webflow's "‍Behandlungsdauer ca. 50 min")
 * stays. Reads the census's paragraphs, each up to its first text node with a letter, a digit or a mark in it.
 */
export function removeZeroWidthParagraphs(c: Census): void {
  for (let i = 0; i < c.short.length; i++) {
    if (c.shortTags[i] !== 'P') continue;
    const p = c.short[i];
    if (!holdsOnlyZeroWidth(p) || !p.isConnected) continue;
    if (queryFirst(p, 'img, picture, video, audio, iframe, object, embed, svg, input, select, textarea')) continue;
    p.remove();
  }
}
