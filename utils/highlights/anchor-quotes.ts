import type { TextPosition } from '@/utils/article';
import { indexText } from './text-index';
import { matchQuote } from './match-quote';
import { describePosition } from './describe-range';

/** Where a quote was found in an article body: its selectors. */
export interface QuoteAnchor {
  prefix: string;
  suffix: string;
  position: TextPosition;
}

/**
 * Finds quotes (imported highlights) in an article body given as HTML, the way the reader will render
 * it: the selectors of each, or null for a quote that is not in the text. Needs DOMParser.
 */
export function anchorQuotes(
  html: string,
  quotes: string[],
  parser: DOMParser = new DOMParser(),
): (QuoteAnchor | null)[] {
  if (!quotes.length) return [];
  const doc = parser.parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  const { text } = indexText(doc.body);
  return quotes.map((quote) => {
    const m = matchQuote(text, { quote, prefix: '', suffix: '', position: null });
    if (!m) return null;
    const d = describePosition(text, m.start, m.end);
    return { prefix: d.prefix, suffix: d.suffix, position: d.position };
  });
}
