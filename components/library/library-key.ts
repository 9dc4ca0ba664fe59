/** What a key press does in the library list. */
export type LibraryKeyAction =
  'focus-search' | 'down' | 'up' | 'open' | 'archive' | 'favorite' | 'delete' | 'select' | 'clear';

/**
 * Where the key was pressed: the search box, another text field (the bulk bar's "Add tag", a tag being
 * renamed, a note), or anywhere else (a row, the list, the page).
 */
export type KeyPlace = 'search' | 'field' | 'list';

/**
 * The key's library action, or null. In the search box only ↑/↓, Enter and Esc act on the list; in any
 * other field no key does (Enter confirms that field, Ctrl/Cmd+Enter saves a multi-line one). Backspace
 * alone never deletes a row: Delete does, and Cmd+Backspace (the Mac's delete key).
 */
export function libraryKey(
  e: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; shiftKey?: boolean },
  place: KeyPlace,
): LibraryKeyAction | null {
  if (place === 'field' || e.ctrlKey || e.altKey) return null;
  if (e.metaKey) return place === 'list' && e.key === 'Backspace' && !e.shiftKey ? 'delete' : null;
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
  if (place === 'search') return null;
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
      return 'delete';
  }
  return null;
}

/** Inputs that take typing (a checkbox or a button-like input does not). */
const TEXT_INPUTS = /^(text|search|email|url|tel|number|password|date|datetime-local|month|time|week)$/;

/** Whether key presses on `el` are typing: a text input, a textarea, a select or editable content. */
export function isTypingTarget(el: Element | null): boolean {
  if (!el) return false;
  const h = el as HTMLElement;
  if (h.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  return el.tagName === 'INPUT' && TEXT_INPUTS.test((el as HTMLInputElement).type || 'text');
}
