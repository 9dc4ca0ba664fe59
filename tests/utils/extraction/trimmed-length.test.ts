import { describe, expect, it } from 'vitest';
import { trimmedLength } from '@/utils/extraction/trimmed-length';

describe('trimmedLength', () => {
  it('is trim().length for every code unit at either edge, alone and around text', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const u = String.fromCharCode(c);
      for (const s of [u, `${u}${u}x`, `x${u}`, `${u}a b${u}${u}`, `a${u}b`])
        expect(trimmedLength(s)).toBe(s.trim().length);
    }
  });

  it('reads pages’ text nodes as trim does', () => {
    for (const s of [
      '',
      ' ',
      '\n    ',
      '\n  Posted by\u00a0Ann \u2003',
      '\ufeffword',
      'x',
      '  😀  ',
      '\u200b x \u200b',
    ])
      expect(trimmedLength(s)).toBe(s.trim().length);
  });
});
