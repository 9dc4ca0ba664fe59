import { useEffect, useRef, useState } from 'preact/hooks';
import type { Highlight, HighlightColor } from '@/utils/article';
import type { ReaderHighlights as State } from '@/components/hooks/use-highlights';
import type { ReaderNotice } from '@/components/hooks/use-reader-actions';
import { describeRange } from '@/utils/highlights/describe-range';
import { addHighlight, deleteHighlight, undeleteHighlight, updateHighlight } from '@/utils/highlights/highlight-store';
import { ACTIVE } from '@/utils/highlights/paint-highlights';
import { bodySelection, SelectionToolbar } from './SelectionToolbar';
import { HighlightEditor } from './HighlightEditor';
import { HighlightsPanel } from './HighlightsPanel';

const inField = (el: Element | null) =>
  !!el &&
  (el.tagName === 'INPUT' ||
    el.tagName === 'TEXTAREA' ||
    el.tagName === 'SELECT' ||
    (el as HTMLElement).isContentEditable);

/** Scrolls a highlight into view and outlines it for a moment. */
function reveal(state: State, h: Highlight, behavior: ScrollBehavior = 'smooth'): void {
  const r = state.painter?.rangeOf(String(h.id));
  if (!r) return;
  const rect = r.getBoundingClientRect();
  window.scrollTo({ top: Math.max(0, rect.top + scrollY - innerHeight / 3), behavior });
  state.painter!.mark(ACTIVE, r);
  setTimeout(() => state.painter?.mark(ACTIVE, null), 2000);
}

/**
 * Making and changing highlights in the reader: the selection toolbar (and h / n), the editor that a
 * click on a highlight opens (colour, note, remove with Undo), and the Highlights panel.
 */
export function ReaderHighlights({
  articleId,
  contentAt,
  body,
  state,
  color,
  onColor,
  panelOpen,
  onPanelOpen,
  onPanelClose,
  notify,
}: {
  articleId: number;
  contentAt: number | undefined;
  body: HTMLElement | null;
  state: State;
  color: HighlightColor;
  onColor(c: HighlightColor): void;
  panelOpen: boolean;
  onPanelOpen(): void;
  onPanelClose(): void;
  notify(n: ReaderNotice): void;
}) {
  const [open, setOpen] = useState<{ id: number; note: boolean; top: number; left: number } | null>(null);
  const byId = new Map(state.anchored.map((a) => [a.highlight.id!, a.highlight]));
  const editing = open ? byId.get(open.id) : undefined;

  const placeAt = (id: number) => {
    const r = state.painter?.rangeOf(String(id))?.getBoundingClientRect();
    const left = Math.min(Math.max(8, (r?.left ?? 16) + scrollX), Math.max(8, innerWidth - 340 + scrollX));
    return { top: (r ? r.bottom : 80) + scrollY + 8, left };
  };

  const create = async (range: Range, withNote: boolean) => {
    const p = state.painter;
    if (!p || contentAt === undefined) return;
    const d = describeRange(p.index, range);
    if (!d) return;
    const h = await addHighlight({ articleId, ...d, color, contentAt });
    document.getSelection()?.removeAllRanges();
    if (withNote) setOpen({ id: h.id!, note: true, ...placeAt(h.id!) });
    else notify({ message: 'Highlighted' });
  };
  // Opened at a highlight (reader.html?id=N&highlight=GID, from the library's Highlights view): once it
  // is anchored, scroll to it, after the saved reading position was restored (a frame later).
  const landing = useRef(new URLSearchParams(location.search).get('highlight'));
  useEffect(() => {
    const gid = landing.current;
    if (!gid || !state.ready) return;
    const target = state.anchored.find((a) => a.highlight.gid === gid);
    if (!target) return;
    landing.current = null;
    if (!target.position) {
      onPanelOpen(); // not in the current text: the panel lists it
      return;
    }
    requestAnimationFrame(() => requestAnimationFrame(() => reveal(state, target.highlight, 'instant')));
  }, [state]);

  // What the listeners read, current as of the last render: a render follows each paint within the same
  // task, so a click right after the highlights appear finds them (an effect runs only after the next frame).
  const live = useRef({ create, body, state, placeAt });
  live.current = { create, body, state, placeAt };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || inField(e.target as Element)) return;
      if (e.key !== 'h' && e.key !== 'n') return;
      const r = bodySelection(live.current.body);
      if (!r) return;
      e.preventDefault();
      void live.current.create(r.cloneRange(), e.key === 'n');
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!body) return;
    const onClick = (e: MouseEvent) => {
      if (bodySelection(body) || (e.target as Element).closest?.('a[href], button, input, textarea, select')) return;
      const { state, placeAt } = live.current;
      const key = state.painter?.keyAt(e.clientX, e.clientY, e.target);
      if (key) setOpen({ id: Number(key), note: false, ...placeAt(Number(key)) });
    };
    body.addEventListener('click', onClick);
    return () => body.removeEventListener('click', onClick);
  }, [body]);

  // A press outside the open editor closes it (as Esc does).
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!(e.target as Element).closest?.('#highlight-editor')) setOpen(null);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [!!open]);

  const remove = async (h: Highlight) => {
    setOpen(null);
    await deleteHighlight(h.id!);
    notify({ message: 'Highlight removed', undo: () => void undeleteHighlight(h.id!).then(() => notify(null)) });
  };
  const actions = {
    onShow: (h: Highlight) => reveal(state, h),
    onColor: (h: Highlight, c: HighlightColor) => void updateHighlight(h.id!, { color: c }),
    onNote: (h: Highlight, note: string | null) => void updateHighlight(h.id!, { note }),
    onRemove: (h: Highlight) => void remove(h),
  };

  return (
    <>
      <SelectionToolbar
        body={body}
        color={color}
        onColor={onColor}
        onHighlight={(r) => void create(r, false)}
        onNote={(r) => void create(r, true)}
      />
      {editing && open && (
        <HighlightEditor
          floating
          highlight={editing}
          editNote={open.note}
          style={{ top: `${open.top}px`, left: `${open.left}px` }}
          onColor={(c) => actions.onColor(editing, c)}
          onNote={(n) => {
            actions.onNote(editing, n);
            if (open.note) setOpen(null);
          }}
          onRemove={() => actions.onRemove(editing)}
          onClose={() => setOpen(null)}
        />
      )}
      {panelOpen && <HighlightsPanel anchored={state.anchored} onClose={onPanelClose} {...actions} />}
    </>
  );
}
