import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { fieldKey } from '@/components/field-key';

/**
 * A highlight's note: Enter makes a new line, Ctrl/Cmd+Enter (or Save) saves, Esc cancels.
 * Saving an empty note removes it.
 */
export function NoteField({
  initial,
  onSave,
  onCancel,
  autoFocus = true,
}: {
  initial: string | null;
  onSave(note: string): void;
  onCancel(): void;
  autoFocus?: boolean;
}) {
  const [text, setText] = useState(initial ?? '');
  const ref = useRef<HTMLTextAreaElement>(null);
  const hint = useId();
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, []);
  // The keys every multi-line field shares (components/field-key.ts): Enter is a new line.
  const onKeyDown = (e: KeyboardEvent) => {
    const key = fieldKey(e, true);
    if (key === 'confirm') {
      e.preventDefault();
      onSave(text);
    } else if (key === 'cancel') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };
  return (
    <div class="note-field">
      <label>
        <span class="note-label">Note</span>
        <textarea
          ref={ref}
          rows={3}
          value={text}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          onKeyDown={onKeyDown}
          aria-describedby={hint}
        />
      </label>
      <p class="note-hint" id={hint}>
        Ctrl+Enter (⌘+Enter) saves
      </p>
      <div class="note-actions">
        <button type="button" class="btn primary" onClick={() => onSave(text)}>
          Save note
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
