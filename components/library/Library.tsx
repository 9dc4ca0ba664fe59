import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import { ArticleListItem } from './ArticleListItem';
import { BulkBar } from './BulkBar';
import { EmptyState } from '@/components/EmptyState';
import { SearchBox } from './SearchBox';
import { UndoToast } from './UndoToast';
import { ViewBar } from './ViewBar';
import { VirtualList } from './VirtualList';
import type { LibraryState } from '@/components/hooks/use-library-state';
import { useLiveQuery } from '@/components/hooks/use-live-query';
import { useRows } from '@/components/hooks/use-rows';
import { useThrottledQuery } from '@/components/hooks/use-throttled-query';
import { firstRows, PHRASE_FIRST_SCREEN, readCatalogue, searchArticles } from '@/utils/search/search-articles';
import {
  FIRST_SCREEN_ROWS,
  markListShown,
  OPENING_KEY,
  readFirstScreen,
  writeFirstScreen,
} from '@/components/library/first-screen';
import { getDb } from '@/utils/storage/db';
import { libraryKey } from '@/components/library/library-key';
import { selectRows } from '@/components/library/select-rows';
import { deleteMany, restoreMany, restoreStatus, setFavorite, setStatus } from '@/utils/storage/library-actions';
import { addTag } from '@/utils/storage/tags';
import { emptyMessage } from './empty-message';

/** Height of one list row in pixels (fixed: the list is windowed). */
export const ROW_HEIGHT = 64;

/** Shortest time between two reads of the list's catalogue while writes keep coming. */
export const CATALOGUE_THROTTLE_MS = 400;

type Toast = { message: string; undo(): void } | null;

function inField(t: EventTarget | null): boolean {
  const el = t as HTMLElement | null;
  return (
    !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

/**
 * The library: search, views, sort, a windowed list with selection, bulk actions, keyboard use
 * and undo. The same component serves the popup and the full-page library.
 */
export function Library({
  lib,
  onOpen,
  onFirstScreen,
}: {
  lib: LibraryState;
  onOpen(id: number): void;
  /** Called when the live first screen of the opening view is known; `changed` when its picture was rewritten. */
  onFirstScreen?(changed: boolean): void;
}) {
  const { query, view, sort } = lib;
  // First paint: the first screen as it was last shown (a synchronous localStorage read: no IndexedDB
  // yet), replaced by the first screen of the view from a limited index read as soon as it arrives; then
  // the whole library's catalogue (kept live), which views and every search as you type filter in memory.
  // Each result carries the key it was computed for: a stale one (previous view) is never shown.
  const key = `${view}|${sort}`;
  const [snap] = useState(() => readFirstScreen(key));
  const snapRows = useMemo(() => new Map(snap?.rows.map((r) => [r.id, r])), [snap]);
  const snapIds = useMemo(() => snap?.rows.map((r) => r.id), [snap]);
  const headQ = useLiveQuery(async () => ({ key, rows: await firstRows(view, sort, 40) }), [key]);
  const headRows = useMemo(() => new Map(headQ?.key === key ? headQ.rows.map((r) => [r.id, r]) : []), [headQ, key]);
  const liveHead = useMemo(() => (headQ?.key === key ? headQ.rows.map((r) => r.id) : undefined), [headQ, key]);
  const head = liveHead ?? (snap?.key === key ? snapIds : undefined);
  // The catalogue is read only after the first screen's live rows are painted (IndexedDB serves one
  // read at a time: reading 10,000 keys first would delay the rows the user sees).
  const [painted, setPainted] = useState(false);
  // Throttled: during an import or "Save all tabs" it is re-read at most every CATALOGUE_THROTTLE_MS.
  const catQ = useThrottledQuery(async () => (painted ? readCatalogue(getDb(), sort) : undefined), [sort, painted], {
    db: getDb(),
    tables: ['articles'],
    ms: CATALOGUE_THROTTLE_MS,
  });
  const catalogue = catQ?.sort === sort ? catQ : undefined;
  const resultQ = useLiveQuery(
    async () =>
      catalogue
        ? { key: key + query, r: await searchArticles(query, view, sort, getDb(), catalogue, PHRASE_FIRST_SCREEN) }
        : undefined,
    [query, key, catalogue],
  );
  const quick = resultQ?.key === key + query ? resultQ.r : undefined;
  // A phrase is checked against texts: the first screen comes first, then the rest in a second pass.
  const fullQ = useLiveQuery(
    async () =>
      quick?.partial ? { key: key + query, r: await searchArticles(query, view, sort, getDb(), catalogue) } : undefined,
    [query, key, catalogue, !!quick?.partial],
  );
  const result = fullQ?.key === key + query ? fullQ.r : quick;
  const ids = result?.ids ?? (query.trim() ? [] : (head ?? []));
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
  // Keep the picture of the opening view's first screen up to date for the next open (live rows only).
  useEffect(() => {
    if (!liveHead || query.trim() || key !== OPENING_KEY) return;
    const first = liveHead.slice(0, FIRST_SCREEN_ROWS).map((id) => rows.get(id) ?? headRows.get(id));
    if (first.every((r): r is Article => !!r)) onFirstScreen?.(writeFirstScreen(key, first));
  });
  const [cursor, setCursor] = useState<number | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [anchor, setAnchor] = useState<number | null>(null);
  const [toast, setToast] = useState<Toast>(null);
  const search = useRef<HTMLInputElement>(null);
  const listEl = useRef<HTMLUListElement>(null);

  useEffect(() => setCursor(null), [query, view, sort]);
  useEffect(() => setSelected(new Set()), [view]);
  // Rows that left the list (archived from Unread, deleted elsewhere, filtered out) leave the selection:
  // a bulk action must never reach rows the user no longer sees. A partial phrase result is not the list yet.
  useEffect(() => {
    if (!result || result.partial || !selected.size) return;
    const shown = new Set(result.ids);
    if ([...selected].some((id) => !shown.has(id))) setSelected(new Set([...selected].filter((id) => shown.has(id))));
  }, [result]);

  const archive = async (targets: number[], to?: Article['status']) => {
    const status = to ?? (rows.get(targets[0])?.status === 'archived' ? 'unread' : 'archived');
    const before = await setStatus(targets, status);
    const n = targets.length;
    setToast({
      message:
        status === 'archived'
          ? n > 1
            ? `Archived ${n} articles`
            : 'Archived'
          : n > 1
            ? `Moved ${n} to unread`
            : 'Moved to unread',
      undo: () => restoreStatus(before),
    });
  };
  const favorite = (targets: number[], on?: boolean) =>
    setFavorite(targets, (on ?? !rows.get(targets[0])?.favorite) ? 1 : 0);
  const remove = async (targets: number[]) => {
    const snaps = await deleteMany(targets);
    setSelected(new Set([...selected].filter((id) => !targets.includes(id))));
    const one = snaps.length === 1 ? `“${snaps[0].article.title}”` : `${snaps.length} articles`;
    if (snaps.length) setToast({ message: `Deleted ${one}`, undo: () => restoreMany(snaps) });
  };
  const targetsOf = (id?: number) =>
    id != null ? [id] : selected.size ? [...selected] : cursor != null && ids[cursor] != null ? [ids[cursor]] : [];

  // The key handler reads the latest state through a ref: keys can arrive faster than effects re-run.
  const live = useRef({ cursor, ids, selected });
  live.current = { cursor, ids, selected };
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
    const inSearch = e.target === search.current;
    if (action === 'focus-search') search.current?.focus();
    else if (action === 'down') {
      moveCursor(Math.min(list.length - 1, (cur ?? -1) + 1));
      if (inSearch) list.length && listEl.current?.focus();
    } else if (action === 'up') moveCursor(Math.max(0, (cur ?? 0) - 1));
    else if (action === 'open') {
      const target = id ?? (inSearch ? list[0] : undefined);
      if (target == null) return;
      onOpen(target);
    } else if (action === 'archive' && id != null) void archive([id]);
    else if (action === 'favorite' && id != null) void favorite([id]);
    else if (action === 'delete' && id != null) void remove([id]);
    else if (action === 'select' && id != null) setSelected(selectRows(sel, list, id, false, null));
    else if (action === 'clear') {
      if (sel.size) setSelected(new Set());
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

  const all = () => setSelected(new Set(ids));
  const sel = [...selected];
  return (
    <div class="library" data-live={firstShown && !query.trim() ? '' : undefined}>
      <SearchBox value={query} onInput={lib.setQuery} inputRef={search} />
      <ViewBar view={view} sort={sort} onView={lib.setView} onSort={lib.setSort} />
      {selected.size > 0 && (
        <BulkBar
          count={selected.size}
          total={ids.length}
          onSelectAll={all}
          onClear={() => setSelected(new Set())}
          onArchive={() => archive(sel, 'archived')}
          onUnread={() => archive(sel, 'unread')}
          onFavorite={() => favorite(sel, true)}
          onDelete={() => remove(sel)}
          onTag={(t) => addTag(sel, t)}
        />
      )}
      {loading ? (
        <p class="loading">Loading…</p>
      ) : ids.length === 0 ? (
        <EmptyState {...emptyMessage(view, query)} />
      ) : (
        <>
          <p class="count" id="count" aria-live="polite">
            {result ? `${ids.length.toLocaleString()} ${ids.length === 1 ? 'article' : 'articles'}` : 'Counting…'}
            {result?.partial && ' so far: the phrase was checked in the newest candidates only. Add a word to narrow.'}
          </p>
          <VirtualList
            count={ids.length}
            rowHeight={ROW_HEIGHT}
            active={cursor}
            listRef={listEl}
            label="Saved articles"
            onRange={(s, e) => setRange([s, e])}
            renderRow={(i) => {
              const a = rows.get(ids[i]) ?? headRows.get(ids[i]) ?? snapRows.get(ids[i]);
              if (!a) return <li class="item placeholder" key={ids[i]} data-id={ids[i]} />;
              return (
                <ArticleListItem
                  key={a.id}
                  article={a}
                  active={cursor === i}
                  selected={selected.has(a.id)}
                  onOpen={onOpen}
                  onArchive={(x) => archive([x.id])}
                  onFavorite={(x) => favorite([x.id])}
                  onDelete={(x) => remove([x.id])}
                  onSelect={(id, shift) => {
                    setSelected(selectRows(selected, ids, id, shift, anchor));
                    setAnchor(id);
                  }}
                />
              );
            }}
          />
        </>
      )}
      {toast && (
        <UndoToast
          message={toast.message}
          onUndo={() => {
            toast.undo();
            setToast(null);
          }}
          onClose={() => setToast(null)}
        />
      )}
    </div>
  );
}
