import { ArticleListItem } from './ArticleListItem';
import { BulkBar } from './BulkBar';
import { EmptyState } from '@/components/EmptyState';
import { SearchBox } from './SearchBox';
import { UndoToast } from './UndoToast';
import { ViewBar } from './ViewBar';
import { VirtualList } from './VirtualList';
import { isTouchScreen } from '@/utils/lib/is-touch-screen';
import type { LibraryState } from '@/components/hooks/use-library-state';
import type { LibraryView } from '@/utils/search/search-articles';
import { useHighlightCounts } from '@/components/hooks/use-highlight-counts';
import { HighlightsView } from './HighlightsView';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLibraryList } from '@/components/hooks/use-library-list';
import { useSelection } from '@/components/hooks/use-selection';
import { useUndoableActions } from '@/components/hooks/use-undoable-actions';
import { useLibraryKeys } from '@/components/hooks/use-library-keys';
import { emptyMessage } from './empty-message';
import { ROW_HEIGHT, type ListVariant } from './row-height';
import { useThumbnails } from '@/components/hooks/use-thumbnails';
import type { PinnedRow } from './pinned-row';
import { formatCount } from '@/utils/lib/format-count';

interface LibraryProps {
  lib: LibraryState;
  onOpen(id: number): void;
  /** Opens an article at one of its highlights (its global id), from the Highlights view. */
  onOpenHighlight(id: number, gid: string): void;
  /** The popup's rows (title, meta) or the library page's (with the excerpt). */
  variant?: ListVariant;
  /** Called when the live first screen of the opening view is known; `changed` when its picture was rewritten. */
  onFirstScreen?(changed: boolean): void;
  /** The popup's save, from its reply: listed at once (see PinnedRow). */
  pinned?: PinnedRow;
}

/**
 * The library: search, views, sort, a windowed list with selection, bulk actions, keyboard use
 * and undo; or, on the Highlights tab, every highlight of the library. The same component serves the
 * popup and the full-page library.
 */
export function Library(props: LibraryProps) {
  const { lib } = props;
  if (lib.view !== 'highlights') return <ArticleLibrary {...props} view={lib.view} />;
  return <HighlightsLibrary {...props} />;
}

/** The Highlights tab: the search box searches highlights; `/` focuses it as in the list. */
function HighlightsLibrary({ lib, onOpenHighlight }: LibraryProps) {
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target as HTMLElement;
      if (t.closest('input, textarea, select, [contenteditable]')) return;
      e.preventDefault();
      searchRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div class="library">
      <SearchBox value={lib.query} onInput={lib.setQuery} inputRef={searchRef} />
      <ViewBar view={lib.view} sort={lib.sort} onView={lib.setView} onSort={lib.setSort} />
      <HighlightsView query={lib.query} onOpen={onOpenHighlight} />
    </div>
  );
}

function ArticleLibrary({
  lib,
  onOpen,
  onFirstScreen,
  pinned,
  view,
  variant = 'popup',
}: LibraryProps & { view: LibraryView }) {
  const { query, sort } = lib;
  const list = useLibraryList({ query, view, sort }, onFirstScreen, pinned);
  const { ids, result } = list;
  const selection = useSelection(ids, result, view);
  const actions = useUndoableActions((id) => list.rows.get(id), selection.drop);
  const { cursor, searchRef, listRef, onListFocus } = useLibraryKeys(lib, ids, selection, actions, onOpen);
  useEffect(() => {
    // A desktop user starts by typing a search; on a touch screen that would pop up the keyboard.
    if (!isTouchScreen()) searchRef.current?.focus({ preventScroll: true });
  }, []);
  const { selected } = selection;
  const { toast } = actions;
  const sel = [...selected];
  // Highlight counts of the rows in (and next to) the window.
  const [range, setRange] = useState<[number, number]>([0, 20]);
  const counts = useHighlightCounts(ids.slice(Math.max(0, range[0] - 10), range[1] + 10));
  const thumbs = useThumbnails(ids.slice(range[0], range[1]).map((id) => list.rows.get(id)));
  return (
    <div class="library" data-live={list.firstShown && !query.trim() ? '' : undefined}>
      <SearchBox value={query} onInput={lib.setQuery} inputRef={searchRef} />
      <ViewBar view={view} sort={sort} onView={lib.setView} onSort={lib.setSort} />
      {selected.size > 0 && (
        <BulkBar
          count={selected.size}
          total={ids.length}
          archived={view === 'archived'}
          onSelectAll={selection.selectAll}
          onClear={selection.clear}
          onArchive={() => actions.archive(sel, 'archived')}
          onUnread={() => actions.archive(sel, 'unread')}
          onFavorite={() => actions.favorite(sel, true)}
          onDelete={() => actions.remove(sel)}
          onTag={(t) => actions.tag(sel, t)}
        />
      )}
      {list.loading ? (
        <p class="loading">Loading…</p>
      ) : ids.length === 0 ? (
        <EmptyState {...emptyMessage(view, query)} />
      ) : (
        <>
          <p class="count" id="count" aria-live="polite">
            {result ? `${formatCount(ids.length)} ${ids.length === 1 ? 'article' : 'articles'}` : 'Counting…'}
            {result?.partial && ' so far: the phrase was checked in the newest candidates only. Add a word to narrow.'}
          </p>
          <VirtualList
            count={ids.length}
            rowHeight={ROW_HEIGHT[variant]}
            class={`list-${variant}`}
            active={cursor}
            listRef={listRef}
            label="Saved articles"
            onFocusIn={onListFocus}
            onRange={(start, end) => {
              list.setRange(start, end);
              setRange([start, end]);
            }}
            renderRow={(i) => {
              const a = list.rowOf(ids[i]);
              if (!a) return <li class="item placeholder" key={ids[i]} data-id={ids[i]} />;
              return (
                <ArticleListItem
                  key={a.id}
                  article={a}
                  highlights={counts.get(a.id)}
                  active={cursor === i}
                  selected={selected.has(a.id)}
                  onOpen={onOpen}
                  onArchive={(x) => actions.archive([x.id])}
                  onFavorite={(x) => actions.favorite([x.id])}
                  onDelete={(x) => actions.remove([x.id])}
                  onSelect={selection.click}
                  excerpt={variant === 'page'}
                  thumb={thumbs.get(a.id)}
                />
              );
            }}
          />
        </>
      )}
      {toast && <UndoToast message={toast.message} onUndo={actions.undo} onClose={actions.dismiss} />}
    </div>
  );
}
