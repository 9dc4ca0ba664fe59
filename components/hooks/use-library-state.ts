import { useState } from 'preact/hooks';
import type { LibrarySort, LibraryView } from '@/utils/search/search-articles';

/** The library's query, view and sort, shared by the list and whatever drives it (sidebar, tag list). */
export function useLibraryState(initial: { query?: string; view?: LibraryView; sort?: LibrarySort } = {}) {
  const [query, setQuery] = useState(initial.query ?? '');
  const [view, setView] = useState<LibraryView>(initial.view ?? 'unread');
  const [sort, setSort] = useState<LibrarySort>(initial.sort ?? 'newest');
  return { query, setQuery, view, setView, sort, setSort };
}

export type LibraryState = ReturnType<typeof useLibraryState>;
