import type { Article } from '@/utils/article';
import type { LibrarySort, LibraryView } from '@/utils/search/search-articles';

/**
 * The row a save in this popup just stored, from the save's reply, and when the reply was shown
 * (`performance.now()`). The list shows it first until it has read its catalogue again after that moment:
 * "Saved" and the row land in the same frame, and the list's re-read (throttled during bulk writes: see
 * CATALOGUE_THROTTLE_MS) only confirms it.
 */
export interface PinnedRow {
  row: Article;
  at: number;
}

/**
 * Whether the pinned row belongs at the top of this list: no search typed, newest first (a save is the newest
 * row), and the view holds it (a re-saved archived article stays out of Unread).
 */
export function pinShows(pin: PinnedRow | undefined, view: LibraryView, sort: LibrarySort, query: string): boolean {
  if (!pin || sort !== 'newest' || query.trim() !== '') return false;
  const { status, favorite } = pin.row;
  if (view === 'unread' || view === 'archived') return status === view;
  if (view === 'favorites') return favorite === 1;
  return true;
}

/** `ids` with `id` first (moved there when it is listed further down). */
export function pinFirst(ids: number[], id: number): number[] {
  return ids[0] === id ? ids : [id, ...ids.filter((x) => x !== id)];
}
