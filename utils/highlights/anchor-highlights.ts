import type { Highlight, TextPosition } from '@/utils/article';
import { matchQuote } from './match-quote';
import { describePosition } from './describe-range';

/** The outcome of anchoring one highlight against the current body text. */
export interface Anchored {
  highlight: Highlight;
  /** Where it is now; null = not found in the current text (kept, listed as such). */
  position: TextPosition | null;
  /** The fields to store when they changed (the local anchor cache; the quote's context when it moved). */
  update: Partial<Pick<Highlight, 'anchor' | 'position' | 'prefix' | 'suffix'>> | null;
}

/** True when the text at `p` is the quote, or (a fuzzy match) is still between the context stored with it. */
function stillThere(text: string, h: Highlight, p: TextPosition): boolean {
  if (p.end > text.length || p.start > p.end) return false;
  if (p.end - p.start === h.quote.length && text.startsWith(h.quote, p.start)) return true;
  return (
    (!!h.prefix || !!h.suffix) &&
    text.slice(Math.max(0, p.start - h.prefix.length), p.start) === h.prefix &&
    text.startsWith(h.suffix, p.end)
  );
}

/**
 * Anchors highlights in the body text of version `contentAt` (ArticleContent.updatedAt). A highlight
 * already anchored against this version is only checked (its text must still be there); others are
 * matched by quote (matchQuote). Deleted ones are left out. Nothing is written: `update` says what to store.
 */
export function anchorHighlights(text: string, highlights: Highlight[], contentAt: number): Anchored[] {
  const out: Anchored[] = [];
  // In reading order of their last positions, so each is looked for where its predecessor's shift puts it.
  const ordered = [...highlights].sort((a, b) => (a.position?.start ?? Infinity) - (b.position?.start ?? Infinity));
  let shift = 0;
  for (const h of ordered) {
    if (h.deleted) continue;
    const cached = h.anchor?.contentAt === contentAt;
    if (cached && !h.anchor!.found) {
      out.push({ highlight: h, position: null, update: null });
      continue;
    }
    const p = h.position;
    if (cached && p && stillThere(text, h, p)) {
      out.push({ highlight: h, position: p, update: null });
      continue;
    }
    const m = matchQuote(text, h, p && { start: p.start + shift, end: p.end + shift });
    if (m && p) shift = m.start - p.start;
    const anchor = { contentAt, found: !!m };
    if (!m) {
      out.push({ highlight: h, position: null, update: { anchor } });
      continue;
    }
    const position = { start: m.start, end: m.end };
    // The stored quote stays what the user highlighted; position and context follow the current text,
    // so the next open (and the next change) starts from where it is now.
    const ctx = describePosition(text, m.start, m.end);
    const moved = !p || p.start !== m.start || p.end !== m.end;
    out.push({
      highlight: h,
      position,
      update:
        moved || !h.prefix || !h.suffix ? { anchor, position, prefix: ctx.prefix, suffix: ctx.suffix } : { anchor },
    });
  }
  return out;
}
