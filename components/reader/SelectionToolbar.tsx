import { useEffect, useRef, useState } from 'preact/hooks';
import type { HighlightColor } from '@/utils/article';
import { ColorPicker } from './ColorPicker';
import { isTouchScreen } from '@/utils/lib/is-touch-screen';
import { toolbarPlacement, type Placement } from './toolbar-placement';

/** The selection inside the article body, or null. */
export function bodySelection(body: HTMLElement | null): Range | null {
  const sel = body?.ownerDocument.getSelection();
  if (!body || !sel?.rangeCount || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  if (!body.contains(r.commonAncestorContainer) && r.commonAncestorContainer !== body) {
    // A selection that starts or ends in the body but reaches beyond it: keep the part inside.
    if (!body.contains(r.startContainer) && !body.contains(r.endContainer)) return null;
    const c = r.cloneRange();
    if (!body.contains(c.startContainer)) c.setStart(body, 0);
    if (!body.contains(c.endContainer)) c.setEnd(body, body.childNodes.length);
    return c.toString().trim() ? c : null;
  }
  return r.toString().trim() ? r : null;
}

/**
 * The small toolbar over a selection in the article: Highlight (in the last colour chosen), the
 * Colour radios, Note and Copy. It keeps the selection (its buttons never take it away).
 */
export function SelectionToolbar({
  body,
  color,
  onColor,
  onHighlight,
  onNote,
}: {
  body: HTMLElement | null;
  color: HighlightColor;
  onColor(c: HighlightColor): void;
  onHighlight(range: Range): void;
  onNote(range: Range): void;
}) {
  const [range, setRange] = useState<Range | null>(null);
  const [place, setPlace] = useState<Placement | null>(null);
  const [copied, setCopied] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        // Focus inside the toolbar (the Colour radios) leaves the selection as it was: keep showing.
        if (bar.current?.contains(document.activeElement)) return;
        const r = bodySelection(body);
        setRange(r);
        setCopied(false);
        if (!r) return setPlace(null);
        const rect = r.getBoundingClientRect();
        const size = bar.current?.getBoundingClientRect();
        setPlace(
          toolbarPlacement(
            rect,
            { width: size?.width || 330, height: size?.height || 44 },
            { width: innerWidth, height: innerHeight, scrollX, scrollY },
            isTouchScreen(),
          ),
        );
      });
    };
    document.addEventListener('selectionchange', update);
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('resize', update);
    };
  }, [body]);
  if (!range || !place) return null;
  const act = (fn: (r: Range) => void) => () => {
    const r = range;
    setRange(null);
    fn(r);
  };
  const copy = async () => {
    await navigator.clipboard.writeText(document.getSelection()?.toString() || range.toString());
    setCopied(true);
  };
  return (
    <div
      class={`selection-toolbar ${place.side}`}
      id="selection-toolbar"
      role="toolbar"
      aria-label="Selection"
      ref={bar}
      style={{ top: `${place.top}px`, left: `${place.left}px` }}
      // Keep the selection: a press on the toolbar must not move it (buttons and radios still get their click).
      onMouseDown={(e) => e.preventDefault()}
    >
      <button type="button" class="btn primary" onClick={act(onHighlight)} title="Highlight (h)">
        Highlight
      </button>
      <ColorPicker name="selection-colour" value={color} onChange={onColor} />
      <button type="button" class="btn" onClick={act(onNote)} title="Highlight with a note (n)">
        Note
      </button>
      <button type="button" class="btn" onClick={() => void copy()}>
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}
