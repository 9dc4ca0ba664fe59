/** What a key press does in the reading view. */
export type ReaderKeyAction = 'down' | 'up' | 'archive' | 'favorite' | 'back';

/** The reader action of a key, or null (none while typing in a field, none with Ctrl/Meta/Alt). */
export function readerKey(
  e: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean },
  inField: boolean,
): ReaderKeyAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === 'Escape') return inField ? null : 'back';
  if (inField) return null;
  return ({ j: 'down', k: 'up', a: 'archive', f: 'favorite' } as const)[e.key as 'j'] ?? null;
}
