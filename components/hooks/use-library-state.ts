import { useState } from 'preact/hooks';
import type { LibrarySort, LibraryView } from '@/utils/search/search-articles';

/** A tab of the library: a view of the articles, or the Highlights view of the whole library. */
export type LibraryTab = LibraryView | 'highlights';

/** The library's query, view and sort, shared by the list and whatever drives it (sidebar, tag list). */
export function useLibraryState(initial: { query?: string; view?: LibraryTab; sort?: LibrarySort } = {}) {
  const [query, setQuery] = useState(initial.query ?? '');
  const [view, setView] = useState<LibraryTab>(initial.view ?? 'unread');
  const [sort, setSort] = useState<LibrarySort>(initial.sort ?? 'newest');
  return { query, setQuery, view, setView, sort, setSort };
}

export type LibraryState = ReturnType<typeof useLibraryState>;
