import { describe, expect, it } from 'vitest';
import { libraryKey } from '@/components/library/library-key';

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
  ])('maps %s to %s in the list', (key, action) => expect(libraryKey({ key }, false)).toBe(action));

  it('keeps letters, / and Delete for typing while in a field, but not arrows, Enter and Esc', () => {
    for (const key of ['a', 'f', '/', 'Delete', 'j', 'x']) expect(libraryKey({ key }, true)).toBeNull();
    expect(libraryKey({ key: 'ArrowDown' }, true)).toBe('down');
    expect(libraryKey({ key: 'Enter' }, true)).toBe('open');
    expect(libraryKey({ key: 'Escape' }, true)).toBe('clear');
  });

  it('leaves browser shortcuts alone', () => {
    expect(libraryKey({ key: 'f', ctrlKey: true }, false)).toBeNull();
    expect(libraryKey({ key: 'a', metaKey: true }, false)).toBeNull();
  });

  it('ignores other keys', () => expect(libraryKey({ key: 'q' }, false)).toBeNull());
});
