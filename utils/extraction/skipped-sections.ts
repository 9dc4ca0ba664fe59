/** Words of the sections Readability skipped, as a share of its block's words, from which it took a pick. */
const SKIPPED_SHARE = 0.3;

/** Words of skipped sections at least (a caption or an inline ad between two paragraphs is not a section). */
const SKIPPED_WORDS = 100;

/** The region's words per block word at least: a region a little larger than the block keeps the block. */
const REGION_RATIO = 1.5;

/** Lines of three words or more tell where the block stands in the region (shorter ones repeat). */
const ANCHOR_WORDS = 3;

const keyOf = (line: string) => (line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
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
  const block = new Set<string>();
  let blockWords = 0;
  for (const line of blockText.split('\n')) {
    const n = wordsOf(line);
    blockWords += n;
    if (n >= ANCHOR_WORDS) block.add(keyOf(line));
  }
  if (!blockWords) return false;
  const lines = regionText.split('\n');
  const words = lines.map(wordsOf);
  let regionWords = 0;
  for (const n of words) regionWords += n;
  if (regionWords < blockWords * REGION_RATIO) return false;
  const inBlock = lines.map((l, i) => words[i] >= ANCHOR_WORDS && block.has(keyOf(l)));
  const first = inBlock.indexOf(true);
  const last = inBlock.lastIndexOf(true);
  if (first < 0) return false;
  let skipped = 0;
  for (let i = first + 1; i < last; i++) if (!inBlock[i] && !block.has(keyOf(lines[i]))) skipped += words[i];
  return skipped >= SKIPPED_WORDS && skipped >= blockWords * SKIPPED_SHARE;
}
