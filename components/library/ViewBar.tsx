import type { LibrarySort } from '@/utils/search/search-articles';
import type { LibraryTab } from '@/components/hooks/use-library-state';

export const VIEWS: { id: LibraryTab; label: string }[] = [
  { id: 'unread', label: 'Unread' },
  { id: 'archived', label: 'Archive' },
  { id: 'favorites', label: 'Favorites' },
  { id: 'all', label: 'All' },
  { id: 'highlights', label: 'Highlights' },
];

/** View tabs (Unread, Archive, Favorites, All, Highlights) and the sort menu (not for Highlights: newest first). */
export function ViewBar({
  view,
  sort,
  onView,
  onSort,
}: {
  view: LibraryTab;
  sort: LibrarySort;
  onView(v: LibraryTab): void;
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
      {view !== 'highlights' && (
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
      )}
    </nav>
  );
}
