import { linkDensity } from './clutter-guard';
import { RIGHTS_TEXT } from './clutter-text';
import { closestMatch } from './dom-query';
import { leafBlocks } from './trim-edges';
import { wordTotal } from './word-overlap';

/** Words of a line at the region's edge that make it the page's text whatever its shape (a paragraph of prose). */
const PROSE_WORDS = 20;

/** Words the region must add to Readability's block to be clearly more (as in preferRegion). */
const GAIN_WORDS = 40;

/** Lines that are content by their tag however short: a list's or a table's items, a heading of the outline. */
const CONTENT_TAGS = new Set(['LI', 'TD', 'TH', 'DD', 'DT', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'PRE']);

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

/** A text's lower-case words, one space apart (what a line and the block are matched on). */
const wordKey = (t: string) => (t.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ');

/**
 * True when an edge line of the region (above Readability's block or below it) is the page's chrome, not text
 * the block lacks: a line of links (a post's header row: the community's name and the poster), a short line that is
 * no list item and no heading (a sign-up box's "New to …?", its button's "Continue with Email", a one-sentence
 * pitch or terms line under twenty words), or a line of a form that does not hold the block (a registration
 * dialog's labels and help texts).
 */
function isEdgeChrome(line: Element, text: string, block: Element): boolean {
  if (CONTENT_TAGS.has(line.tagName)) return false;
  const form = closestMatch(line, 'form');
  if (form && !form.contains(block)) return true;
  if (linkDensity(line) >= 0.5) return true;
  return wordTotal(text) < PROSE_WORDS;
}

/**
 * Words the region adds to Readability's block that are text of the page: the lines between the block's first and
 * last line it lacks count whole; at the edges (above the block's first line, below its last) only prose, list
 * items, tables and headings count (see isEdgeChrome), and nothing from the page's rights line (©, "All rights
 * reserved") down: a footer, and the dialogs a page keeps after it. Null when no line of the block is found in the
 * region (the two are not one text, and the region choice stands as it is).
 */
export function regionGain(region: Element, blockText: string): number | null {
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
  const first = inBlock.indexOf(true);
  if (first < 0) return null;
  const last = inBlock.lastIndexOf(true);
  let gain = 0;
  for (let i = 0; i < lines.length; i++) {
    if (inBlock[i] || !texts[i]) continue;
    if (i > first && i < last) gain += wordTotal(texts[i]);
    else if (i > last && RIGHTS_TEXT.test(texts[i])) break;
    else if (!isEdgeChrome(lines[i], texts[i], lines[first])) gain += wordTotal(texts[i]);
  }
  return gain;
}

/**
 * True when the region beats Readability's block only by its edges' chrome: what it adds that is text of the page
 * (regionGain) is under 40 words, or under the share of the block the region choice asks for (`ratio` − 1: 0.15, or
 * 1 for an article). A post's page without landmarks or class names (a community's name and the poster above the
 * post, a "New to …? Create your account" box below it), or a packages page whose region runs on into its footer
 * and the registration forms after it, keeps the block.
 */
export function gainsOnlyChrome(region: Element, blockText: string, ratio: number): boolean {
  const gain = regionGain(region, blockText);
  if (gain === null) return false;
  return gain < GAIN_WORDS || gain < wordTotal(blockText) * (ratio - 1);
}
