/** The key presses of a text field, as the library and reader read them. */
export type FieldKey = 'confirm' | 'cancel' | null;

/**
 * What a key press in a text field asks for: Enter confirms a single-line field; a multi-line field
 * (a note) keeps Enter for new lines and confirms with Ctrl+Enter or Cmd+Enter; Esc cancels both.
 * A press that composes text (an IME choosing characters) is never a command.
 */
export function fieldKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'isComposing'>,
  multiline: boolean,
): FieldKey {
  if (e.isComposing) return null;
  if (e.key === 'Escape') return 'cancel';
  if (e.key !== 'Enter' || e.shiftKey) return null;
  if (!multiline) return 'confirm';
  return e.ctrlKey || e.metaKey ? 'confirm' : null;
}
