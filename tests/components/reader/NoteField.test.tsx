import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { NoteField } from '@/components/reader/NoteField';

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
});

function mount(initial: string | null = null) {
  const onSave = vi.fn();
  const onCancel = vi.fn();
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<NoteField initial={initial} onSave={onSave} onCancel={onCancel} />, root!));
  const area = root.querySelector('textarea')!;
  const type = (value: string) =>
    act(() => {
      area.value = value;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
  /** A key press; returns whether the field kept its default action (Enter: a new line). */
  const press = (key: string, mods: KeyboardEventInit = {}) => {
    let kept = true;
    act(() => {
      kept = area.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods }));
    });
    return kept;
  };
  return { area, type, press, onSave, onCancel };
}

describe('NoteField (a multi-line field)', () => {
  it('is a labelled, focused text area that says how to save', () => {
    const { area } = mount('Old note');
    expect(area.value).toBe('Old note');
    expect(document.activeElement).toBe(area);
    expect(area.closest('label')?.textContent).toMatch(/^Note/);
    expect(document.getElementById(area.getAttribute('aria-describedby')!)?.textContent).toMatch(/Ctrl\+Enter/);
  });

  it('Enter and Shift+Enter make a new line: nothing is saved', () => {
    const { type, press, onSave } = mount();
    type('First line');
    expect(press('Enter')).toBe(true);
    expect(press('Enter', { shiftKey: true })).toBe(true);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('Ctrl+Enter and Cmd+Enter save what was typed', () => {
    const { type, press, onSave } = mount();
    type('First line\nsecond line');
    expect(press('Enter', { ctrlKey: true })).toBe(false);
    expect(onSave).toHaveBeenLastCalledWith('First line\nsecond line');
    type('Edited');
    expect(press('Enter', { metaKey: true })).toBe(false);
    expect(onSave).toHaveBeenLastCalledWith('Edited');
    expect(onSave).toHaveBeenCalledTimes(2);
  });

  it('a key press that composes text (an input method choosing characters) never saves or cancels', () => {
    const { type, press, onSave, onCancel } = mount();
    type('にほん');
    expect(press('Enter', { ctrlKey: true, isComposing: true })).toBe(true);
    expect(press('Escape', { isComposing: true })).toBe(true);
    expect(onSave).not.toHaveBeenCalled();
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('Esc cancels without saving', () => {
    const { type, press, onSave, onCancel } = mount('Kept');
    type('Thrown away');
    press('Escape');
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('HighlightEditor with its note open', () => {
  it('Esc that ends an input method’s composing keeps the editor and the note; a plain Esc closes it', async () => {
    const { HighlightEditor } = await import('@/components/reader/HighlightEditor');
    const { completeHighlight } = await import('@/utils/highlights/complete-highlight');
    const onClose = vi.fn();
    const onNote = vi.fn();
    root = document.createElement('div');
    document.body.append(root);
    const highlight = { ...completeHighlight({ articleId: 1, quote: 'Nets were mended', note: null }), id: 1 };
    act(() =>
      render(
        <HighlightEditor
          floating
          editNote
          highlight={highlight}
          onColor={() => {}}
          onNote={onNote}
          onRemove={() => {}}
          onClose={onClose}
        />,
        root!,
      ),
    );
    const area = root.querySelector('textarea')!;
    const esc = (isComposing: boolean) =>
      act(() => {
        area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', isComposing, bubbles: true }));
      });
    esc(true);
    expect(onClose).not.toHaveBeenCalled();
    expect(root.querySelector('textarea')).toBe(area);
    esc(false);
    expect(onClose).toHaveBeenCalledOnce();
    expect(onNote).not.toHaveBeenCalled();
  });
});
