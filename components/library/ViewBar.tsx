import type { LibrarySort, LibraryView } from '@/utils/search/search-articles';

export const VIEWS: { id: LibraryView; label: string }[] = [
  { id: 'unread', label: 'Unread' },
  { id: 'archived', label: 'Archive' },
  { id: 'favorites', label: 'Favorites' },
  { id: 'all', label: 'All' },
];

/** View tabs (Unread, Archive, Favorites, All) and the sort menu. */
export function ViewBar({
  view,
  sort,
  onView,
  onSort,
}: {
  view: LibraryView;
  sort: LibrarySort;
  onView(v: LibraryView): void;
  onSort(s: LibrarySort): void;
}) {
  return (
    <nav class="views" aria-label="Views">
      <span role="tablist" class="view-tabs">
        {VIEWS.map((v) => (
          <button
            role="tab"
            aria-selected={view === v.id}
            class={view === v.id ? 'view active' : 'view'}
            data-view={v.id}
            onClick={() => onView(v.id)}
          >
            {v.label}
          </button>
        ))}
      </span>
      <select
        id="sort"
        class="sort"
        aria-label="Sort"
        value={sort}
        onChange={(e) => onSort((e.target as HTMLSelectElement).value as LibrarySort)}
      >
        <option value="newest">Newest</option>
        <option value="oldest">Oldest</option>
        <option value="shortest">Shortest</option>
      </select>
    </nav>
  );
}
