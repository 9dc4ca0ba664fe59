import { positionOf, type TextIndex } from './text-index';
import type { QuoteTarget } from './match-quote';

/** Characters of context kept on each side of a quote (W3C TextQuote prefix and suffix). */
export const CONTEXT_CHARS = 32;

/** The selectors of a text range: TextQuote (exact, prefix, suffix) and TextPosition. */
export function describePosition(
  text: string,
  start: number,
  end: number,
): QuoteTarget & { position: { start: number; end: number } } {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    position: { start, end },
  };
}

/**
 * Describes a DOM Range (a selection in the article body) as selectors over the indexed text, with
 * surrounding white space trimmed off the quote. Null when the range holds no article text.
 */
export function describeRange(index: TextIndex, range: Range): ReturnType<typeof describePosition> | null {
  const pos = positionOf(index, range);
  if (!pos) return null;
  let { start, end } = pos;
  while (start < end && /\s/.test(index.text[start])) start++;
  while (end > start && /\s/.test(index.text[end - 1])) end--;
  return end > start ? describePosition(index.text, start, end) : null;
}
