import type { ComponentChildren, Ref } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { scrollToRow, visibleRange } from '@/components/library/visible-range';

/** Height rendered for before the list is measured (taller than the popup's list). */
const INITIAL_VIEWPORT = 480;

export interface VirtualListProps {
  count: number;
  rowHeight: number;
  /** Row kept in view (keyboard cursor). */
  active: number | null;
  renderRow(index: number): ComponentChildren;
  /** Told which rows are rendered, so their data can be loaded. */
  onRange(start: number, end: number): void;
  listRef?: Ref<HTMLUListElement>;
  label: string;
  /** Extra class of the list (its row style). */
  class?: string;
  /** Focus moved to something inside the list. */
  onFocusIn?(e: FocusEvent): void;
}

/**
 * A windowed list of fixed-height rows: only the rows on screen (plus overscan) are in the DOM. It is a
 * plain list (its rows hold their own buttons, all in the Tab order); the list itself takes the focus only
 * from code (`tabIndex=-1`), as the keyboard's starting point.
 */
export function VirtualList({
  count,
  rowHeight,
  active,
  renderRow,
  onRange,
  listRef,
  label,
  class: cls,
  onFocusIn,
}: VirtualListProps) {
  const own = useRef<HTMLUListElement>(null);
  const el = () => own.current;
  const [scrollTop, setScrollTop] = useState(0);
  // The height rendered for: only ever grows. A list shorter than the first guess (the popup's) keeps a
  // few more rows than it shows instead of rendering everything a second time before its first paint.
  const [viewport, setViewport] = useState(INITIAL_VIEWPORT);
  useLayoutEffect(() => {
    const node = el();
    if (!node) return;
    const grow = () => setViewport((v) => Math.max(v, node.clientHeight));
    grow();
    const ro = typeof ResizeObserver !== 'undefined' ? new ResizeObserver(grow) : null;
    ro?.observe(node);
    return () => ro?.disconnect();
  }, []);
  useEffect(() => {
    const node = el();
    if (active == null || !node) return;
    const top = scrollToRow(active, node.scrollTop, node.clientHeight || viewport, rowHeight);
    if (top !== node.scrollTop) node.scrollTop = top;
  }, [active]);
  const { start, end, offset } = visibleRange(scrollTop, viewport, rowHeight, count);
  useEffect(() => onRange(start, end), [start, end]);
  const rows = [];
  for (let i = start; i < end; i++) rows.push(renderRow(i));
  return (
    <ul
      class={cls ? `list ${cls}` : 'list'}
      id="list"
      tabIndex={-1}
      aria-label={label}
      data-row-height={rowHeight}
      onFocusCapture={onFocusIn}
      ref={(n) => {
        own.current = n;
        if (typeof listRef === 'function') listRef(n);
        else if (listRef) listRef.current = n;
      }}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)}
    >
      <li class="spacer" aria-hidden="true" style={{ height: `${offset}px` }} />
      {rows}
      <li class="spacer" aria-hidden="true" style={{ height: `${(count - end) * rowHeight}px` }} />
    </ul>
  );
}
