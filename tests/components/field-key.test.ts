import { describe, expect, it } from 'vitest';
import { fieldKey } from '@/components/field-key';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'isComposing', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  isComposing: false,
  ...mods,
});

describe('fieldKey', () => {
  it('Enter confirms a single-line field (the bulk “Add tag”, a tag rename)', () => {
    expect(fieldKey(key('Enter'), false)).toBe('confirm');
  });

  it('a multi-line field keeps Enter for new lines and confirms with Ctrl+Enter or Cmd+Enter', () => {
    expect(fieldKey(key('Enter'), true)).toBeNull();
    expect(fieldKey(key('Enter', { ctrlKey: true }), true)).toBe('confirm');
    expect(fieldKey(key('Enter', { metaKey: true }), true)).toBe('confirm');
    expect(fieldKey(key('Enter', { shiftKey: true }), false)).toBeNull();
  });

  it('Esc cancels; composing text is never a command', () => {
    expect(fieldKey(key('Escape'), true)).toBe('cancel');
    expect(fieldKey(key('Enter', { isComposing: true }), false)).toBeNull();
    expect(fieldKey(key('a'), false)).toBeNull();
  });
});
