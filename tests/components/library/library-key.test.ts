import { describe, expect, it } from 'vitest';
import { isTypingTarget, libraryKey } from '@/components/library/library-key';

describe('libraryKey', () => {
  it.each([
    ['/', 'focus-search'],
    ['ArrowDown', 'down'],
    ['ArrowUp', 'up'],
    ['j', 'down'],
    ['k', 'up'],
    ['Enter', 'open'],
    ['a', 'archive'],
    ['f', 'favorite'],
    ['Delete', 'delete'],
    ['x', 'select'],
    ['Escape', 'clear'],
  ])('maps %s to %s in the list', (key, action) => expect(libraryKey({ key }, 'list')).toBe(action));

  it('in the search box, keeps letters, / and Delete for typing; ↑/↓, Enter and Esc move, open, clear', () => {
    for (const key of ['a', 'f', '/', 'Delete', 'Backspace', 'j', 'x'])
      expect(libraryKey({ key }, 'search')).toBeNull();
    expect(libraryKey({ key: 'ArrowDown' }, 'search')).toBe('down');
    expect(libraryKey({ key: 'Enter' }, 'search')).toBe('open');
    expect(libraryKey({ key: 'Escape' }, 'search')).toBe('clear');
  });

  it('leaves every key to any other field: Enter confirms “Add tag” or a rename, Ctrl/Cmd+Enter saves a note', () => {
    for (const key of ['Enter', 'ArrowDown', 'ArrowUp', 'Escape', 'a', 'Delete', 'Backspace'])
      expect(libraryKey({ key }, 'field')).toBeNull();
    expect(libraryKey({ key: 'Enter', ctrlKey: true }, 'field')).toBeNull();
    expect(libraryKey({ key: 'Enter', metaKey: true }, 'field')).toBeNull();
  });

  it('never deletes with Backspace alone; Cmd+Backspace (the Mac’s delete) does, outside fields', () => {
    expect(libraryKey({ key: 'Backspace' }, 'list')).toBeNull();
    expect(libraryKey({ key: 'Backspace', metaKey: true }, 'list')).toBe('delete');
    expect(libraryKey({ key: 'Backspace', metaKey: true }, 'search')).toBeNull(); // deletes the line being typed
    expect(libraryKey({ key: 'Backspace', metaKey: true, shiftKey: true }, 'list')).toBeNull();
  });

  it('leaves browser shortcuts alone', () => {
    expect(libraryKey({ key: 'f', ctrlKey: true }, 'list')).toBeNull();
    expect(libraryKey({ key: 'a', metaKey: true }, 'list')).toBeNull();
    expect(libraryKey({ key: 'ArrowDown', altKey: true }, 'list')).toBeNull();
  });

  it('ignores other keys', () => expect(libraryKey({ key: 'q' }, 'list')).toBeNull());
});

describe('isTypingTarget', () => {
  const el = (html: string) => {
    const d = document.createElement('div');
    d.innerHTML = html;
    return d.firstElementChild;
  };
  it('is true for text inputs, textareas and selects, false for checkboxes, buttons and rows', () => {
    expect(isTypingTarget(el('<input>'))).toBe(true);
    expect(isTypingTarget(el('<input type="search">'))).toBe(true);
    expect(isTypingTarget(el('<textarea></textarea>'))).toBe(true);
    expect(isTypingTarget(el('<select></select>'))).toBe(true);
    expect(isTypingTarget(el('<input type="checkbox">'))).toBe(false);
    expect(isTypingTarget(el('<button>x</button>'))).toBe(false);
    expect(isTypingTarget(el('<li>row</li>'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
