import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import type { LibraryView, SearchResult } from '@/utils/search/search-articles';
import { FIRST_SCREEN_ROWS, markListShown, OPENING_KEY, writeFirstScreen } from '@/components/library/first-screen';
import type { LibraryState } from './use-library-state';
import { useFirstScreen } from './use-first-screen';
import { useLibrarySearch } from './use-library-search';
import { useRows } from './use-rows';
import { pinFirst, pinShows, type PinnedRow } from '@/components/library/pinned-row';

/** What the list shows, and what it needs to know while it shows it. */
export interface LibraryList {
  /** The list's ids in order: the result, else (no query yet answered) the first screen. */
  ids: number[];
  /** The whole result for the query, view and sort; undefined until it is known. */
  result: SearchResult | undefined;
  /** Nothing to show yet (no first screen, or a query not answered yet). */
  loading: boolean;
  /** The live first screen of the view is on screen (or a query is typed): the catalogue is read after it. */
  firstShown: boolean;
  /** Live rows loaded for the window (kept live; rows seen before stay cached). */
  rows: Map<number, Article>;
  /** The row to paint for an id: live, else from the first-screen read, the save's reply or the kept picture. */
  rowOf(id: number): Article | undefined;
  /** Tells which rows the window renders, so they are loaded. */
  setRange(start: number, end: number): void;
}

/**
 * The library list: the first screen (the kept picture at once, then the live rows), then the whole
 * catalogue, which views and search filter in memory; the rows of the window, loaded by id. The
 * catalogue is read only after the first screen's live rows are painted (IndexedDB serves one read
 * at a time: reading 10,000 keys first would delay the rows the user sees). Keeps the picture of the
 * opening view up to date for the next open and reports it with `onFirstScreen`.
 */
export function useLibraryList(
  { query, view, sort }: Pick<LibraryState, 'query' | 'sort'> & { view: LibraryView },
  /** Called when the live first screen of the opening view is known; `changed` when its picture was rewritten. */
  onFirstScreen?: (changed: boolean) => void,
  /** The row the popup's save just stored (from its reply), listed at once: see PinnedRow. */
  pinned?: PinnedRow,
): LibraryList {
  const { key, snapRows, headRows, liveHead, head } = useFirstScreen(view, sort);
  const [painted, setPainted] = useState(false);
  const result = useLibrarySearch(query, view, sort, painted, pinned);
  // (Before the catalogue's first read the list is the first screen: the pinned row goes on top of it.)
  const headIds = head && pinShows(pinned, view, sort, query) ? pinFirst(head, pinned!.row.id) : head;
  const ids = result?.ids ?? (query.trim() ? [] : (headIds ?? []));
  const loading = result === undefined && (query.trim() !== '' || head === undefined);
  const [range, setRange] = useState<[number, number]>([0, 20]);
  const rows = useRows(ids, range[0], range[1]);
  // (A query typed before then needs the catalogue at once.)
  const firstShown =
    liveHead !== undefined &&
    (liveHead.length === 0 || rows.has(liveHead[0]) || headRows.has(liveHead[0]) || query.trim() !== '');
  useEffect(() => {
    if (!firstShown || painted) return;
    const raf = requestAnimationFrame(() => setPainted(true));
    return () => cancelAnimationFrame(raf);
  }, [firstShown, painted]);
  // A mark when the list first has rows in the DOM (before that frame is painted): benchmarks and the
  // browser's own first paint entry measure the popup against it.
  const listShown = ids.length > 0 && (rows.has(ids[0]) || headRows.has(ids[0]) || snapRows.has(ids[0]));
  useLayoutEffect(() => {
    if (listShown) markListShown();
  }, [listShown]);
  // Keep the picture of the opening view's first screen up to date for the next open (live rows only). Only
  // when a row of it was read again: the list renders several times around a save, and writing the picture
  // (JSON of 16 rows, compared with the stored one) at each render held up the save's reply and its row.
  const pictured = useRef<Article[]>([]);
  useEffect(() => {
    if (!liveHead || query.trim() || key !== OPENING_KEY) return;
    const first = liveHead.slice(0, FIRST_SCREEN_ROWS).map((id) => rows.get(id) ?? headRows.get(id));
    if (!first.every((r): r is Article => !!r)) return;
    const last = pictured.current;
    if (first.length === last.length && first.every((r, i) => r === last[i])) return;
    pictured.current = first;
    onFirstScreen?.(writeFirstScreen(key, first));
  });
  return {
    ids,
    result,
    loading,
    firstShown,
    rows,
    rowOf: (id) =>
      rows.get(id) ?? headRows.get(id) ?? (pinned?.row.id === id ? pinned.row : undefined) ?? snapRows.get(id),
    setRange: (start, end) => setRange([start, end]),
  };
}
