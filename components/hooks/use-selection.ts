import { useEffect, useState } from 'preact/hooks';
import type { LibraryView, SearchResult } from '@/utils/search/search-articles';
import { selectRows } from '@/components/library/select-rows';

/** The list's selection and what changes it. */
export interface Selection {
  selected: Set<number>;
  /** A checkbox click: toggles the row, or with Shift sets the range from the last clicked row. */
  click(id: number, shift: boolean): void;
  /** Toggles one row (the keyboard's `x`): no range. */
  toggle(id: number): void;
  selectAll(): void;
  clear(): void;
  /** Takes rows out of the selection (they were deleted). */
  drop(ids: number[]): void;
}

/**
 * The selected rows of the list `ids`. Emptied when the view changes. Rows that left the list
 * (archived from Unread, deleted elsewhere, filtered out) leave the selection: a bulk action must never
 * reach rows the user no longer sees. A partial phrase `result` is not the list yet.
 */
export function useSelection(ids: number[], result: SearchResult | undefined, view: LibraryView): Selection {
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);
  useEffect(() => setSelected(new Set()), [view]);
  useEffect(() => {
    if (!result || result.partial || !selected.size) return;
    const shown = new Set(result.ids);
    if ([...selected].some((id) => !shown.has(id))) setSelected(new Set([...selected].filter((id) => shown.has(id))));
  }, [result]);
  return {
    selected,
    click: (id, shift) => {
      setSelected(selectRows(selected, ids, id, shift, anchor));
      setAnchor(id);
    },
    toggle: (id) => setSelected((s) => selectRows(s, ids, id, false, null)),
    selectAll: () => setSelected(new Set(ids)),
    clear: () => setSelected(new Set()),
    drop: (gone) => setSelected((s) => new Set([...s].filter((id) => !gone.includes(id)))),
  };
}
