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
  return skippedBetween(regionText, blockText, REGION_RATIO, SKIPPED_SHARE);
}

/** The region's words per block word at least, on a manual (see skipsManualSections). */
const MANUAL_RATIO = 1.2;

/** Words of the skipped sections as a share of the block's, on a manual (see skipsManualSections). */
const MANUAL_SHARE = 0.15;

/**
 * Words of the skipped sections as a share of the block's from which a manual's region need only be as long as the
 * block (see skipsManualSections).
 */
const MANUAL_WIDE_SHARE = 0.2;

/**
 * True when Readability's block of a manual skips sections of it between its lines: with its class weights hashed or
 * of no known word, Readability takes the sections of a reference whose paragraphs score ("Common middleware",
 * "Security middleware") and leaves out the short ones between them ("Conditional GET middleware", "Locale
 * middleware": a signature and a sentence each), all siblings of one outline. The region holds them in place. A
 * manual's region adds its title and contents around the block, not text between its lines, so the bar is lower than
 * a service page's pick of sections (see skipsSections): the region 1.2 times the block, the skipped words 15 % of
 * the block's and 100 at least. Or the region is as long as the block at least and the sections skipped are a fifth
 * of the block's words: a YARD class page's block holds its source listings with their comments (see freeCodeTokens)
 * and skips the constructor's description, examples and parameters (771 words, a quarter of the block), its region
 * only 1.196 times the block.
 */
export function skipsManualSections(regionText: string, blockText: string): boolean {
  return skippedBetween(regionText, blockText, MANUAL_RATIO, MANUAL_SHARE, MANUAL_WIDE_SHARE);
}

/**
 * True when `region` prints code (a `<pre>` or a `<code>`: a manual's signatures, settings and examples) and
 * Readability's block skips short sections of it (see skipsManualSections). A shop's category or product page has
 * sections too, but its region adds rows of cards and specifications that Readability rightly left out (IKEA's and
 * Steam's pages lost 0.04–0.20 of F1 to the rule without this test).
 */
export function skipsManualCode(region: Element, regionText: string, blockText: string): boolean {
  return !!region.querySelector('pre, code') && skipsManualSections(regionText, blockText);
}

function skippedBetween(regionText: string, blockText: string, ratio: number, share: number, wide = share): boolean {
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
  // Under `ratio` times the block, the region may still win where the sections skipped are a `wide` share of it.
  const under = regionWords < blockWords * ratio;
  if (under && (wide <= share || regionWords < blockWords)) return false;
  const inBlock = lines.map((l, i) => words[i] >= ANCHOR_WORDS && block.has(keyOf(l)));
  const first = inBlock.indexOf(true);
  const last = inBlock.lastIndexOf(true);
  if (first < 0) return false;
  let skipped = 0;
  for (let i = first + 1; i < last; i++) if (!inBlock[i] && !block.has(keyOf(lines[i]))) skipped += words[i];
  return skipped >= SKIPPED_WORDS && skipped >= blockWords * (under ? wide : share);
}
