import { ArticleListItem } from './ArticleListItem';
import { BulkBar } from './BulkBar';
import { EmptyState } from '@/components/EmptyState';
import { SearchBox } from './SearchBox';
import { UndoToast } from './UndoToast';
import { ViewBar } from './ViewBar';
import { VirtualList } from './VirtualList';
import type { LibraryState } from '@/components/hooks/use-library-state';
import { useLibraryList } from '@/components/hooks/use-library-list';
import { useSelection } from '@/components/hooks/use-selection';
import { useUndoableActions } from '@/components/hooks/use-undoable-actions';
import { useLibraryKeys } from '@/components/hooks/use-library-keys';
import { emptyMessage } from './empty-message';

/** Height of one list row in pixels (fixed: the list is windowed). */
export const ROW_HEIGHT = 64;

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
  const list = useLibraryList(lib, onFirstScreen);
  const { ids, result } = list;
  const selection = useSelection(ids, result, view);
  const actions = useUndoableActions((id) => list.rows.get(id), selection.drop);
  const { cursor, searchRef, listRef } = useLibraryKeys(lib, ids, selection, actions, onOpen);
  const { selected } = selection;
  const { toast } = actions;
  const sel = [...selected];
  return (
    <div class="library" data-live={list.firstShown && !query.trim() ? '' : undefined}>
      <SearchBox value={query} onInput={lib.setQuery} inputRef={searchRef} />
      <ViewBar view={view} sort={sort} onView={lib.setView} onSort={lib.setSort} />
      {selected.size > 0 && (
        <BulkBar
          count={selected.size}
          total={ids.length}
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
            {result ? `${ids.length.toLocaleString()} ${ids.length === 1 ? 'article' : 'articles'}` : 'Counting…'}
            {result?.partial && ' so far: the phrase was checked in the newest candidates only. Add a word to narrow.'}
          </p>
          <VirtualList
            count={ids.length}
            rowHeight={ROW_HEIGHT}
            active={cursor}
            listRef={listRef}
            label="Saved articles"
            onRange={list.setRange}
            renderRow={(i) => {
              const a = list.rowOf(ids[i]);
              if (!a) return <li class="item placeholder" key={ids[i]} data-id={ids[i]} />;
              return (
                <ArticleListItem
                  key={a.id}
                  article={a}
                  active={cursor === i}
                  selected={selected.has(a.id)}
                  onOpen={onOpen}
                  onArchive={(x) => actions.archive([x.id])}
                  onFavorite={(x) => actions.favorite([x.id])}
                  onDelete={(x) => actions.remove([x.id])}
                  onSelect={selection.click}
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
