import type { LibraryView } from '@/utils/search/search-articles';
import { hasShortcut } from '@/utils/lib/browser-apis';

/** How to save a page, naming Alt+Shift+S only where the browser has keyboard commands (not Firefox for Android). */
export function howToSave(shortcut: boolean): string {
  return `Open an article and click the Offprint button${shortcut ? ' (or press Alt+Shift+S)' : ''} to save it.`;
}

/**
 * Title and hint for an empty list, by view and whether a search is on. `shortcut`: whether the
 * keyboard shortcut exists here (by default, whether this browser has the `commands` API).
 */
export function emptyMessage(
  view: LibraryView,
  query: string,
  shortcut: boolean = hasShortcut(),
): { title: string; hint: string } {
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
  if (view === 'unread') return { title: 'Nothing to read', hint: howToSave(shortcut) };
  return { title: 'Your library is empty', hint: howToSave(shortcut) };
}
