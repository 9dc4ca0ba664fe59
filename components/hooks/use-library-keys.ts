import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { isTypingTarget, libraryKey, type KeyPlace } from '@/components/library/library-key';
import type { LibraryState } from './use-library-state';
import type { Selection } from './use-selection';
import type { UndoableActions } from './use-undoable-actions';

/** The keyboard cursor, and the elements the keys move the focus between. */
export interface LibraryKeys {
  /** Index in the list of the row under the keyboard cursor. */
  cursor: number | null;
  searchRef: RefObject<HTMLInputElement | null>;
  listRef: RefObject<HTMLUListElement | null>;
  /** Focus moved into the list (Tab, a click): the row it went to becomes the cursor's. */
  onListFocus(e: FocusEvent): void;
}

/** The row button the keyboard focuses (it opens the article). */
const ROW_FOCUS = '.item-main';

/**
 * The library's keyboard (see libraryKey): `/` search, ↑/↓ (j/k) move the cursor and the focus from row
 * to row (↓ from the search enters the list), Enter opens, `a`/`f`/Delete act on the row under the cursor,
 * `x` selects it, Esc clears the selection, then the search. Every row's buttons are in the Tab order;
 * focusing one moves the cursor there. The cursor goes back to none when the query, view or sort changes.
 * One listener on the document for the component's life.
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
  /**
   * The cursor moved by a key: focus its row as soon as it is rendered (a windowed list may scroll first).
   * `index`: the cursor it moved to (a render may come before the move is applied). `leaving`: the focused
   * row is being archived or deleted; focus the row that takes its place.
   */
  const focusCursor = useRef<false | { index?: number; leaving?: number }>(false);
  useEffect(() => setCursor(null), [query, view, sort]);

  // The key handler reads the latest state through a ref: keys can arrive faster than effects re-run.
  const live = useRef({ cursor, ids, selected: selection.selected });
  live.current = { cursor, ids, selected: selection.selected };
  const moveCursor = (c: number) => {
    live.current.cursor = c;
    focusCursor.current = { index: c };
    setCursor(c);
  };
  useEffect(() => {
    const want = focusCursor.current;
    if (!want || cursor == null || (want.index != null && want.index !== cursor)) return;
    const id = ids[cursor];
    if (id === want.leaving) return;
    // After a row left, never take the focus from where the user put it meanwhile (the search box, a field).
    const active = document.activeElement;
    if (want.leaving != null && active && active !== document.body && !listRef.current?.contains(active))
      return void (focusCursor.current = false);
    const row = listRef.current?.querySelector<HTMLElement>(`.item[data-id="${id}"] ${ROW_FOCUS}`);
    if (!row) return; // not rendered yet: the next render tries again
    focusCursor.current = false;
    if (document.activeElement !== row) row.focus();
  });
  const onKey = useRef<(e: KeyboardEvent) => void>(() => {});
  onKey.current = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    const place: KeyPlace = target === searchRef.current ? 'search' : isTypingTarget(target) ? 'field' : 'list';
    const action = libraryKey(e, place);
    // Enter on a button (a row's own, Undo, a view tab) is that button's click.
    if (!action || (action === 'open' && target?.closest('button, a[href], summary'))) return;
    const { cursor: cur, ids: list, selected: sel } = live.current;
    const id = cur != null ? list[cur] : undefined;
    const inList = !!target && !!listRef.current?.contains(target);
    if (action === 'focus-search') searchRef.current?.focus();
    else if (action === 'down') {
      if (!list.length) return;
      moveCursor(Math.min(list.length - 1, (cur ?? -1) + 1));
    } else if (action === 'up') {
      if (!list.length) return;
      moveCursor(Math.max(0, (cur ?? 0) - 1));
    } else if (action === 'open') {
      const target = id ?? (place === 'search' ? list[0] : undefined);
      if (target == null) return;
      onOpen(target);
    } else if (action === 'archive' && id != null) {
      if (inList) focusCursor.current = { leaving: id }; // the next row takes the focus if this one leaves
      void actions.archive([id]);
    } else if (action === 'favorite' && id != null) void actions.favorite([id]);
    else if (action === 'delete' && id != null) {
      if (inList) focusCursor.current = { leaving: id };
      void actions.remove([id]);
    } else if (action === 'select' && id != null) selection.toggle(id);
    else if (action === 'clear') {
      if (sel.size) selection.clear();
      else if (query && place === 'search') lib.setQuery('');
      else return;
    } else return;
    e.preventDefault();
  };
  useEffect(() => {
    const handler = (e: KeyboardEvent) => onKey.current(e);
    document.addEventListener('keydown', handler);
    return () => document.removeEventListener('keydown', handler);
  }, []);
  const onListFocus = (e: FocusEvent) => {
    const row = (e.target as Element | null)?.closest?.('.item[data-id]');
    if (!row) return;
    const i = live.current.ids.indexOf(Number(row.getAttribute('data-id')));
    if (i >= 0 && i !== live.current.cursor) {
      live.current.cursor = i;
      setCursor(i);
    }
  };
  return { cursor, searchRef, listRef, onListFocus };
}
