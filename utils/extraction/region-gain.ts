import { linkDensity } from './clutter-guard';
import { RIGHTS_TEXT } from './clutter-text';
import { closestMatch } from './dom-query';
import { leafBlocks } from './trim-edges';
import { wordTotal } from './word-overlap';

/** Words of a line at the region's edge that make it the page's text whatever its shape (a paragraph of prose). */
const PROSE_WORDS = 20;

/**
 * Words of short and link lines an edge may hold and still be a box of chrome (a header row, a sign-up box): more is
 * a page of cards or deals whose short lines are its text.
 */
const CHROME_WORDS = 60;

/**
 * Words of a short block (a post, a notice) against which an edge's short lines are chrome: a larger block's page
 * prints its own short lines beside it (a service page's taglines, a deals page's dates), and the truths keep them.
 */
const SHORT_BLOCK_WORDS = 150;

/** Words the region must add to Readability's block to be clearly more (as in preferRegion). */
const GAIN_WORDS = 40;

/** Lines that are content by their tag however short: a list's or a table's items, a heading of the outline. */
const CONTENT_TAGS = new Set(['LI', 'TD', 'TH', 'DD', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'PRE']);

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

/** A text's lower-case words, one space apart (what a line and the block are matched on). */
const wordKey = (t: string) => (t.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');

/** True when a line stands in a form that does not hold the block (a popup's registration form: labels, help texts). */
function inForm(line: Element, block: Element): boolean {
  const form = closestMatch(line, 'form');
  return !!form && !form.contains(block);
}

/**
 * True when an edge line of the region (above Readability's block or below it) reads as the page's chrome, not text
 * the block lacks: a line of links (a post's header row: the community's name and the poster), or a short line that
 * is no list item and no heading (a sign-up box's "New to …?", its button's "Continue with Email", a one-sentence
 * pitch or terms line under twenty words).
 */
function isEdgeChrome(line: Element, text: string): boolean {
  if (CONTENT_TAGS.has(line.tagName)) return false;
  if (linkDensity(line) >= 0.5) return true;
  return wordTotal(text) < PROSE_WORDS;
}

/**
 * Words of the region's edges that are not text of the page: above the block's first line and below its last, short
 * and link lines (see isEdgeChrome) beside a block under 150 words when an edge holds 60 words of them at most and
 * no heading, item or prose (a box of chrome, not a page of cards or sections), lines of a form that does not hold
 * the block, and everything from the page's rights line (©, "All rights reserved") down: a footer, and the dialogs a
 * page keeps after it. Null when no line of the block is found in the region (the two are not one text, and the
 * region choice stands as it is).
 */
export function edgeChromeWords(region: Element, blockText: string): number | null {
  const block = ` ${wordKey(blockText)} `;
  const lines = leafBlocks(region);
  const texts = lines.map((l) => squash(l.textContent ?? ''));
  // A line of the block: its words stand in the block in their order (two words at least: a lone "Z" or "0" is
  // anywhere). Words, not characters: a line's text runs its bold label into its sentence ("for?The"), the block's
  // text breaks it.
  const inBlock = texts.map((t) => {
    const key = wordKey(t);
    return key.includes(' ') && block.includes(` ${key} `);
  });
  const shortBlock = wordTotal(blockText) < SHORT_BLOCK_WORDS;
  const first = inBlock.indexOf(true);
  if (first < 0) return null;
  const last = inBlock.lastIndexOf(true);
  let dropped = 0;
  // Short and link lines of the edge above the block and of the edge below it: chrome while they stay few.
  // An edge that holds a heading, an item or prose is the page's sections, its short lines with them.
  const chrome = [0, 0];
  const text = [false, false];
  for (let i = 0; i < lines.length; i++) {
    if (inBlock[i] || !texts[i] || (i > first && i < last)) continue;
    const words = wordTotal(texts[i]);
    if (i > last && RIGHTS_TEXT.test(texts[i])) {
      for (let j = i; j < lines.length; j++) dropped += wordTotal(texts[j]);
      break;
    }
    if (inForm(lines[i], lines[first])) dropped += words;
    else if (!isEdgeChrome(lines[i], texts[i])) text[i < first ? 0 : 1] = true;
    else chrome[i < first ? 0 : 1] += words;
  }
  for (const edge of [0, 1]) if (shortBlock && !text[edge] && chrome[edge] <= CHROME_WORDS) dropped += chrome[edge];
  return dropped;
}

/**
 * True when the region beats Readability's block only by its edges' chrome: what it adds that is text of the page
 * (its words beyond the block's, less edgeChromeWords) is under 40 words, or under the share of the block the region
 * choice asks for (`ratio` − 1: 0.15, 1 for an article, none for a region that won by holding the whole block). A
 * post's page without landmarks or class names (a community's name and the poster above the post, a "New to …?
 * Create your account" box below it), or a packages page whose region runs on into its footer and the registration
 * forms after it, keeps the block.
 */
export function gainsOnlyChrome(region: Element, regionText: string, blockText: string, ratio: number): boolean {
  const dropped = edgeChromeWords(region, blockText);
  if (!dropped) return false;
  const blockWords = wordTotal(blockText);
  const gain = wordTotal(regionText) - blockWords - dropped;
  return gain < GAIN_WORDS || gain < blockWords * (ratio - 1);
}
