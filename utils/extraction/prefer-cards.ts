import { overlapOf } from './word-overlap';
import { contentShape, isCardShape, isListShape } from './page-kind';

/** Share of Readability's block a region of cards must hold to take it (see preferCards). */
const CARDS_COVER = 0.3;

/**
 * True when the main region is cards (linked titles, or pictures linking to pages: a category's products, a
 * list's entries) and Readability's block, neither cards nor an article's prose (the caller checks both), is a
 * part of the page beside them: a category's introduction partly in the page header, a promotion strip. The
 * region needs 1.15 times the block's words and a third of its words (not preferRegion's 70 %: the region copy
 * leaves the page header out).
 */
export function preferCards(regionText: string, articleText: string, region: Element): boolean {
  const { candidateWords: regionWords, articleWords, covered } = overlapOf(regionText, articleText);
  if (!articleWords || regionWords < articleWords * 1.15) return false;
  const shape = contentShape(region);
  return (isListShape(shape) || isCardShape(shape)) && covered() >= CARDS_COVER;
}
