import approxSearch from 'approx-string-match';
import type { TextPosition } from '@/utils/article';

/** What a highlight is anchored by: the W3C TextQuote selector and, as a hint, its last TextPosition. */
export interface QuoteTarget {
  quote: string;
  prefix: string;
  suffix: string;
  position: TextPosition | null;
}

/** A place the quote was found, with its score (0..1: 1 = quote, context and position all equal). */
export interface QuoteMatch extends TextPosition {
  score: number;
  errors: number;
}

type Hit = { start: number; end: number; errors: number };

function exactHits(text: string, quote: string, limit = 1000): Hit[] {
  const out: Hit[] = [];
  for (let at = text.indexOf(quote); at !== -1 && out.length < limit; at = text.indexOf(quote, at + 1))
    out.push({ start: at, end: at + quote.length, errors: 0 });
  return out;
}

/** How alike two short strings are (1 = equal), by edit distance: used for the prefix and suffix. */
function similarity(text: string, pattern: string): number {
  if (!pattern.length || !text.length) return pattern.length ? 0 : 1;
  const best = approxSearch(text, pattern, pattern.length);
  return best.length ? 1 - best[0].errors / pattern.length : 0;
}

/** Score a fuzzy match near the expected place needs to be taken without searching the whole text. */
const NEAR_ENOUGH = 0.6;

/** Errors a fuzzy match may have: a quarter of the quote (none below 4 characters), as most 256. */
export function maxErrorsFor(quote: string): number {
  return quote.length < 4 ? 0 : Math.min(256, Math.floor(quote.length / 4));
}

function score(text: string, t: QuoteTarget, hit: Hit): number {
  // Weights after Hypothesis's match-quote (quote first, then context, then position as a tie-break).
  const quoteScore = 1 - hit.errors / Math.max(1, t.quote.length);
  const prefixScore = t.prefix
    ? similarity(text.slice(Math.max(0, hit.start - t.prefix.length), hit.start), t.prefix)
    : 1;
  const suffixScore = t.suffix ? similarity(text.slice(hit.end, hit.end + t.suffix.length), t.suffix) : 1;
  const posScore = t.position ? 1 - Math.min(1, Math.abs(hit.start - t.position.start) / Math.max(1, text.length)) : 1;
  return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore) / 92;
}

function best(text: string, t: QuoteTarget, hits: Hit[]): QuoteMatch | null {
  let top: QuoteMatch | null = null;
  for (const h of hits) {
    const s = score(text, t, h);
    if (!top || s > top.score) top = { start: h.start, end: h.end, errors: h.errors, score: s };
  }
  return top;
}

/**
 * The cheap case of a changed quote: its prefix and suffix are still there, near the expected place, with
 * about the quote's length between them. The text between is the match (its edits counted on that slice
 * only), without scanning a window of the text.
 */
function betweenContext(text: string, t: QuoteTarget, hint: TextPosition, maxErrors: number): QuoteMatch | null {
  if (t.prefix.length < 8 || t.suffix.length < 8) return null;
  const from = Math.max(0, hint.start - 256 - t.prefix.length);
  const limit = hint.start + 256;
  for (let i = text.indexOf(t.prefix, from); i !== -1 && i <= limit; i = text.indexOf(t.prefix, i + 1)) {
    const start = i + t.prefix.length;
    const j = text.indexOf(t.suffix, start + Math.max(1, t.quote.length - maxErrors));
    if (j === -1 || j - start > t.quote.length + maxErrors) continue;
    const fit = approxSearch(text.slice(start, j), t.quote, maxErrors);
    if (!fit.length) continue;
    // Edits of the whole slice against the quote: the unmatched ends of the slice count too.
    const errors = fit[0].errors + fit[0].start + (j - start - fit[0].end);
    if (errors > maxErrors) continue;
    const hit = { start, end: j, errors };
    return { ...hit, score: score(text, t, hit) };
  }
  return null;
}

/**
 * Finds a highlight's quote in `text`: at its last position when the text there is unchanged, else
 * the best exact occurrence (by context and distance), else the best fuzzy match (approx-string-match,
 * the matcher Hypothesis uses) within a quarter of the quote's length in edits. Null when not found.
 * `near` is where it is expected now (its last position moved by the shift of its neighbours): a fuzzy
 * match is looked for there first, and the whole text is searched only when none fits well there.
 */
export function matchQuote(text: string, t: QuoteTarget, near?: TextPosition | null): QuoteMatch | null {
  if (!t.quote) return null;
  const p = t.position;
  if (p && p.end - p.start === t.quote.length && text.startsWith(t.quote, p.start))
    return { start: p.start, end: p.end, errors: 0, score: 1 };
  const exact = exactHits(text, t.quote);
  if (exact.length === 1) return { ...exact[0], score: 1 };
  if (exact.length) return best(text, t, exact);
  const maxErrors = maxErrorsFor(t.quote);
  if (!maxErrors) return null;
  // Near the expected place first (cheap: most edits are local); the whole text only when nothing fits there.
  const hint = near ?? p;
  const between = hint && betweenContext(text, t, hint, maxErrors);
  if (between) return between;
  // Widening windows: just around it (the usual case once neighbours gave the shift), then a few paragraphs.
  if (hint)
    for (const margin of [256, 2000 + t.quote.length * 2]) {
      const from = Math.max(0, Math.min(text.length, hint.start) - margin);
      const to = hint.start + t.quote.length + margin;
      const hits = approxSearch(text.slice(from, to), t.quote, maxErrors).map((h) => ({
        start: h.start + from,
        end: h.end + from,
        errors: h.errors,
      }));
      const top = best(text, t, hits);
      if (top && top.score >= NEAR_ENOUGH) return top;
    }
  return best(text, t, approxSearch(text, t.quote, maxErrors));
}
