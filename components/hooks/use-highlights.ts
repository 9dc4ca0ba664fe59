import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useLiveQuery } from './use-live-query';
import { listHighlights, saveAnchors } from '@/utils/highlights/highlight-store';
import { anchorHighlights, type Anchored } from '@/utils/highlights/anchor-highlights';
import { createPainter, type Painter } from '@/utils/highlights/paint-highlights';

/** The reader's highlights: anchored in the rendered body, drawn, and what became of each. */
export interface ReaderHighlights {
  /** Every live highlight with where it is now (position null = not found in the current text). */
  anchored: Anchored[];
  painter: Painter | null;
  /** True once the article's highlights are anchored and drawn on the current body. */
  ready: boolean;
}

/**
 * Anchors an article's highlights on its rendered body (`body`, replaced each time `renderCount`
 * changes) against body version `contentAt`, draws them, and stores what anchoring learnt (new
 * positions after a Re-extract, "not found"), so the next open only checks them.
 */
export function useHighlights(
  articleId: number,
  contentAt: number | undefined,
  body: HTMLElement | null,
  renderCount: number,
): ReaderHighlights {
  const rows = useLiveQuery(() => listHighlights(articleId), [articleId]);
  const painter = useRef<Painter | null>(null);
  const [state, setState] = useState<ReaderHighlights>({ anchored: [], painter: null, ready: false });
  useLayoutEffect(() => {
    if (!body) return;
    painter.current = createPainter(body);
    return () => painter.current?.clear();
  }, [body, renderCount]);
  useLayoutEffect(() => {
    const p = painter.current;
    if (!p || !rows || contentAt === undefined) return;
    const anchored = anchorHighlights(p.index.text, rows, contentAt);
    p.paint(
      anchored.flatMap((a) =>
        a.position ? [{ key: String(a.highlight.id), ...a.position, color: a.highlight.color }] : [],
      ),
    );
    const updates = anchored.flatMap((a) => (a.update ? [{ id: a.highlight.id!, changes: a.update }] : []));
    if (updates.length) void saveAnchors(updates).catch((e) => console.error('storing highlight anchors failed', e));
    setState({ anchored, painter: p, ready: true });
    if (!performance.getEntriesByName('offprint:highlights').length) performance.mark('offprint:highlights');
  }, [rows, body, renderCount, contentAt]);
  return state;
}
