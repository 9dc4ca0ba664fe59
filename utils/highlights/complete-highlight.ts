import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from '@/utils/article';

/** The colour a highlight gets when none was chosen (imports, older records). */
export const DEFAULT_HIGHLIGHT_COLOR: HighlightColor = 'yellow';

/** A highlight as older builds and other apps wrote it: only the quote is sure to be there. */
export type PartialHighlight = Partial<Highlight> & { quote: string; articleId: number };

const isPosition = (p: unknown): p is Highlight['position'] & object =>
  !!p &&
  typeof p === 'object' &&
  Number.isInteger((p as { start: unknown }).start) &&
  Number.isInteger((p as { end: unknown }).end) &&
  (p as { start: number }).start >= 0 &&
  (p as { start: number }).start <= (p as { end: number }).end;

/**
 * A complete highlight from an older or partial one: what it has is kept, what it lacks gets its
 * default (a new global id, updatedAt = createdAt, yellow, not deleted, no context, never anchored).
 * Used by the schema upgrade, by restoring older backups and by imports.
 */
export function completeHighlight(h: PartialHighlight, now = Date.now()): Highlight {
  const createdAt = Number.isFinite(h.createdAt) ? (h.createdAt as number) : now;
  const out: Highlight = {
    ...h,
    gid: typeof h.gid === 'string' && h.gid ? h.gid : crypto.randomUUID(),
    articleId: h.articleId,
    quote: h.quote,
    prefix: typeof h.prefix === 'string' ? h.prefix : '',
    suffix: typeof h.suffix === 'string' ? h.suffix : '',
    position: isPosition(h.position) ? { start: h.position.start, end: h.position.end } : null,
    color: HIGHLIGHT_COLORS.includes(h.color as HighlightColor) ? (h.color as HighlightColor) : DEFAULT_HIGHLIGHT_COLOR,
    note: typeof h.note === 'string' && h.note ? h.note : null,
    createdAt,
    updatedAt: Number.isFinite(h.updatedAt) ? Math.max(h.updatedAt as number, createdAt) : createdAt,
    deleted: h.deleted ? 1 : 0,
    anchor:
      h.anchor && typeof h.anchor === 'object' && Number.isFinite(h.anchor.contentAt)
        ? { contentAt: h.anchor.contentAt, found: !!h.anchor.found }
        : null,
  };
  if (h.id == null) delete out.id;
  return out;
}
