/** What a key press does in the library list. */
export type LibraryKeyAction =
  'focus-search' | 'down' | 'up' | 'open' | 'archive' | 'favorite' | 'delete' | 'select' | 'clear';

/**
 * The key's library action, or null. Letter shortcuts are off while typing in a field; arrows and Enter work there too.
 */
export function libraryKey(
  e: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean },
  inField: boolean,
): LibraryKeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowDown':
      return 'down';
    case 'ArrowUp':
      return 'up';
    case 'Enter':
      return 'open';
    case 'Escape':
      return 'clear';
  }
  if (inField) return null;
  switch (e.key) {
    case '/':
      return 'focus-search';
    case 'j':
      return 'down';
    case 'k':
      return 'up';
    case 'a':
      return 'archive';
    case 'f':
      return 'favorite';
    case 'x':
      return 'select';
    case 'Delete':
    case 'Backspace':
      return 'delete';
  }
  return null;
}
