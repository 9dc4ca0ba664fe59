/** Lines of three words or more tell where the block stands in the region (shorter ones repeat). */
const ANCHOR_WORDS = 3;

const keyOf = (line: string) => (line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
const wordsOf = (line: string) => (line.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Where Readability's block stands in the main region's text (see blockPlacement). */
export interface BlockPlacement {
  blockWords: number;
  regionWords: number;
  /** The region holds one of the block's lines (of three words or more) at least. */
  found: boolean;
  /** Words of the region's lines the block lacks between the block's first and last lines, and around them. */
  between: number;
  around: number;
  /** The region's lines the block lacks outside its first and last lines. */
  aroundLines: string[];
}

/**
 * Where Readability's block stands in the main region: the words of the region's lines the block does not hold,
 * between its first and last lines as they stand in the region (sections the block skipped) and outside them
 * (a headline and byline above it, the page's footer below it). Lines are matched by their letters and digits.
 */
export function blockPlacement(regionText: string, blockText: string): BlockPlacement {
  const block = new Set<string>();
  let blockWords = 0;
  for (const line of blockText.split('\n')) {
    const n = wordsOf(line);
    blockWords += n;
    if (n >= ANCHOR_WORDS) block.add(keyOf(line));
  }
  const lines = regionText.split('\n');
  const words = lines.map(wordsOf);
  let regionWords = 0;
  for (const n of words) regionWords += n;
  const keys = lines.map(keyOf);
  const inBlock = keys.map((k, i) => words[i] >= ANCHOR_WORDS && block.has(k));
  const first = inBlock.indexOf(true);
  const last = inBlock.lastIndexOf(true);
  let between = 0;
  let around = 0;
  const aroundLines: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (inBlock[i] || block.has(keys[i])) continue;
    if (i > first && i < last) between += words[i];
    else {
      around += words[i];
      aroundLines.push(lines[i]);
    }
  }
  return { blockWords, regionWords, found: first >= 0, between, around, aroundLines };
}
