import { useEffect, useRef, useState } from 'preact/hooks';
import type { Highlight, HighlightColor } from '@/utils/article';
import { ColorPicker } from './ColorPicker';
import { NoteField } from './NoteField';

/**
 * What can be done to one highlight: change its colour, add, edit or delete its note, or remove it.
 * Shown over the text (after a click on a highlight) or in the Highlights panel.
 */
export function HighlightEditor({
  highlight,
  editNote = false,
  onColor,
  onNote,
  onRemove,
  onClose,
  style,
  floating = false,
}: {
  highlight: Highlight;
  /** Open with the note field (Note in the selection toolbar, or n). */
  editNote?: boolean;
  onColor(c: HighlightColor): void;
  onNote(note: string | null): void;
  onRemove(): void;
  onClose(): void;
  style?: Record<string, string>;
  floating?: boolean;
}) {
  const [noting, setNoting] = useState(editNote);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!editNote) box.current?.querySelector<HTMLElement>('input:checked, button')?.focus();
  }, [highlight.id]);
  const onKeyDown = (e: KeyboardEvent) => {
    // (Esc while an input method composes text only ends the composing.)
    if (e.key === 'Escape' && !e.isComposing) {
      e.stopPropagation();
      e.preventDefault();
      onClose();
    }
  };
  return (
    <div
      class={`hl-editor${floating ? ' floating' : ''}`}
      id={floating ? 'highlight-editor' : undefined}
      role={floating ? 'dialog' : 'group'}
      aria-label="Highlight"
      ref={box}
      style={style}
      onKeyDown={onKeyDown}
    >
      <ColorPicker name={`colour-${highlight.id}`} value={highlight.color} onChange={onColor} />
      {noting ? (
        <NoteField
          initial={highlight.note}
          onSave={(n) => {
            onNote(n.trim() ? n : null);
            setNoting(false);
          }}
          onCancel={() => (editNote && !highlight.note ? onClose() : setNoting(false))}
        />
      ) : (
        <div class="hl-editor-actions">
          {highlight.note && <p class="hl-editor-note">{highlight.note}</p>}
          <button type="button" class="btn" onClick={() => setNoting(true)}>
            {highlight.note ? 'Edit note' : 'Add note'}
          </button>
          {highlight.note && (
            <button type="button" class="btn" onClick={() => onNote(null)}>
              Delete note
            </button>
          )}
          <button type="button" class="btn danger" onClick={onRemove}>
            Remove highlight
          </button>
          {floating && (
            <button type="button" class="btn" onClick={onClose} aria-label="Close">
              ×
            </button>
          )}
        </div>
      )}
    </div>
  );
}
