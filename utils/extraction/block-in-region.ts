import { wordTotal } from './word-overlap';

/** A text line as the section rules compare them: whitespace runs folded, ends trimmed. */
export const lineOf = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Where Readability's block stands in the region's text (see continuedSections and precedingSections). */
export interface BlockInRegion {
  /** The region's lines, folded by `lineOf`. */
  lines: string[];
  /** The block's non-empty lines. */
  kept: Set<string>;
  /** The region line where the block's first line of three words or more stands (−1 when none). */
  first: number;
  /** The region line where the block's last matched line stands. */
  last: number;
}

/**
 * Finds the block's lines (`blockText`) in the region's (`regionText`), in their order; null when the block is empty
 * or the region holds under four fifths of its lines. A short first line ("Note") may stand anywhere before `first`.
 */
export function blockInRegion(regionText: string, blockText: string): BlockInRegion | null {
  const blockLines = blockText.split('\n').map(lineOf).filter(Boolean);
  const kept = new Set(blockLines);
  if (!kept.size) return null;
  const lines = regionText.split('\n').map(lineOf);
  let last = -1;
  let first = -1;
  let found = 0;
  for (const b of blockLines) {
    const i = lines.indexOf(b, last + 1);
    if (i < 0) continue;
    last = i;
    found++;
    if (first < 0 && wordTotal(b) >= 3) first = i;
  }
  if (last < 0 || found < blockLines.length * 0.8) return null;
  return { lines, kept, first, last };
}
