import { wordTotal } from './word-overlap';
import { blockInRegion, lineOf } from './block-in-region';

/** Words of a title at most (a page's name, not a paragraph set as a heading). */
const MAX_TITLE_WORDS = 15;

/** Share of the block's words the box right after the title must hold: the box is the block's, not a paragraph. */
const BLOCK_SHARE = 0.8;

/** Words of Readability's block at least: a manual's page, not a line or two. */
const MIN_BLOCK_WORDS = 100;

/**
 * The page's `<h1>` when it stands right above Readability's block, outside it: a manual's title printed as the first
 * child of the page's content box and the text's box after it (`div[role=article] > h1 + article`: TypeScript's
 * handbook). Readability takes the text's box and leaves the title out (it scores a heading as no paragraph, and
 * drops a heading that repeats the page's title). Read from the region copy (`region`, its text `regionText`) by
 * structure only: the region holds one `<h1>`, of a title's length, whose line the block (`blockText`) does not
 * hold; the next line of the region is the block's, and the next sibling element of the `<h1>` (or of a box holding
 * only it) holds four fifths of the
 * block's words at least (the block's box, not its first paragraph: a Sphinx section prints its title and its
 * paragraphs side by side, and WCXB's truths leave those titles out). Returns the title's line, or null.
 */
export function titleAboveBlock(region: Element, regionText: string, blockText: string): string | null {
  const h1s = region.querySelectorAll('h1');
  if (h1s.length !== 1) return null;
  const h1 = h1s[0];
  const title = lineOf(h1.textContent);
  const titleWords = wordTotal(title);
  if (!titleWords || titleWords > MAX_TITLE_WORDS) return null;
  const blockWords = wordTotal(blockText);
  if (blockWords < MIN_BLOCK_WORDS) return null;
  const placed = blockInRegion(regionText, blockText);
  if (!placed || placed.first < 0 || placed.kept.has(title)) return null;
  const { lines, kept, first } = placed;
  const at = lines.indexOf(title);
  if (at < 0 || at >= first) return null;
  let next = at + 1;
  while (next < lines.length && !lines[next]) next++;
  if (next > first || !kept.has(lines[next])) return null;
  // The title's own box (a header holding only it) stands beside the block's.
  let head: Element = h1;
  while (head.parentElement && head.parentElement !== region && lineOf(head.parentElement.textContent) === title)
    head = head.parentElement;
  const box = head.nextElementSibling;
  if (!box || wordTotal(lineOf(box.textContent)) < blockWords * BLOCK_SHARE) return null;
  return title;
}
