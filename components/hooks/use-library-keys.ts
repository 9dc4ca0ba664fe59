import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { libraryKey } from '@/components/library/library-key';
import type { LibraryState } from './use-library-state';
import type { Selection } from './use-selection';
import type { UndoableActions } from './use-undoable-actions';

function inField(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  return (
    !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

/** The keyboard cursor, and the elements the keys move the focus between. */
export interface LibraryKeys {
  /** Index in the list of the row under the keyboard cursor. */
  cursor: number | null;
  searchRef: RefObject<HTMLInputElement | null>;
  listRef: RefObject<HTMLUListElement | null>;
}

/**
 * The library's keyboard (see libraryKey): `/` search, ↑/↓ (j/k) move the cursor (↓ from the search
 * enters the list), Enter opens, `a`/`f`/Delete act on the row under the cursor, `x` selects it, Esc
 * clears the selection, then the search. The cursor goes back to none when the query, view or sort
 * changes. One listener on the document for the component's life.
 */
export function useLibraryKeys(
  lib: LibraryState,
  ids: number[],
  selection: Selection,
  actions: UndoableActions,
  onOpen: (id: number) => void,
): LibraryKeys {
  const { query, view, sort } = lib;
  const [cursor, setCursor] = useState<number | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  useEffect(() => setCursor(null), [query, view, sort]);

  // The key handler reads the latest state through a ref: keys can arrive faster than effects re-run.
  const live = useRef({ cursor, ids, selected: selection.selected });
  live.current = { cursor, ids, selected: selection.selected };
  const moveCursor = (c: number) => {
    live.current.cursor = c;
    setCursor(c);
  };
  const onKey = useRef<(e: KeyboardEvent) => void>(() => {});
  onKey.current = (e: KeyboardEvent) => {
    const field = inField(e.target);
    const onButton = (e.target as HTMLElement)?.tagName === 'BUTTON';
    const action = libraryKey(e, field);
    if (!action || (onButton && action === 'open')) return;
    const { cursor: cur, ids: list, selected: sel } = live.current;
    const id = cur != null ? list[cur] : undefined;
    const inSearch = e.target === searchRef.current;
    if (action === 'focus-search') searchRef.current?.focus();
    else if (action === 'down') {
      moveCursor(Math.min(list.length - 1, (cur ?? -1) + 1));
      if (inSearch) list.length && listRef.current?.focus();
    } else if (action === 'up') moveCursor(Math.max(0, (cur ?? 0) - 1));
    else if (action === 'open') {
      const target = id ?? (inSearch ? list[0] : undefined);
      if (target == null) return;
      onOpen(target);
    } else if (action === 'archive' && id != null) void actions.archive([id]);
    else if (action === 'favorite' && id != null) void actions.favorite([id]);
    else if (action === 'delete' && id != null) void actions.remove([id]);
    else if (action === 'select' && id != null) selection.toggle(id);
    else if (action === 'clear') {
      if (sel.size) selection.clear();
      else if (query && inSearch) lib.setQuery('');
      else return;
    } else return;
    e.preventDefault();
  };
  useEffect(() => {
    const handler = (e: KeyboardEvent) => onKey.current(e);
    document.addEventListener('keydown', handler);
    return () => document.removeEventListener('keydown', handler);
  }, []);
  return { cursor, searchRef, listRef };
}
