import type { LibraryView } from '@/utils/search/search-articles';

/** Title and hint for an empty list, by view and whether a search is on. */
export function emptyMessage(view: LibraryView, query: string): { title: string; hint: string } {
  if (query.trim())
    return {
      title: 'No matches',
      hint:
        view === 'all'
          ? 'Try fewer words, or check the spelling.'
          : 'Nothing here matches. Try the All view, fewer words, or check the spelling.',
    };
  if (view === 'archived') return { title: 'Nothing archived yet', hint: 'Articles you finish or archive land here.' };
  if (view === 'favorites')
    return { title: 'No favourites yet', hint: 'Press f on an article, or click its star, to keep it here.' };
  if (view === 'unread')
    return {
      title: 'Nothing to read',
      hint: 'Open an article and click the Offprint button (or press Alt+Shift+S) to save it.',
    };
  return {
    title: 'Your library is empty',
    hint: 'Open an article and click the Offprint button (or press Alt+Shift+S) to save it.',
  };
}
