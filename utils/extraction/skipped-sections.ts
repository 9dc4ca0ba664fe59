import { blockPlacement } from './block-placement';

/** Words of the sections Readability skipped, as a share of its block's words, from which it took a pick. */
const SKIPPED_SHARE = 0.3;

/** Words of skipped sections at least (a caption or an inline ad between two paragraphs is not a section). */
const SKIPPED_WORDS = 100;

/** The region's words per block word at least: a region a little larger than the block keeps the block. */
const REGION_RATIO = 1.5;

const wordsOf = (line: string) => (line.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * True when Readability's block is a pick of the sections of the main region, not one part of it: between the
 * block's first and last lines, as they stand in the region, the region holds sections the block skipped (a
 * third of the block's words or more, 100 words at least), and the region is 1.5 times the block. On a
 * service page laid out as many sections, Readability keeps the ones with paragraphs and drops the ones
 * between them (a feature grid, a process, a team); an article's region adds its headline above the block and
 * its teasers and comments below it, and little between its paragraphs.
 */
export function skipsSections(regionText: string, blockText: string): boolean {
  // Counted first, without placing the block: most regions are not 1.5 times their block.
  const blockWords = wordsOf(blockText);
  if (!blockWords || wordsOf(regionText) < blockWords * REGION_RATIO) return false;
  const { found, between } = blockPlacement(regionText, blockText);
  return found && between >= SKIPPED_WORDS && between >= blockWords * SKIPPED_SHARE;
}
