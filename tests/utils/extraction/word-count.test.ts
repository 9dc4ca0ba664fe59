import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '@/utils/extraction/word-count';

describe('countWords', () => {
  it('returns 0 for empty or whitespace-only text', () => {
    expect(countWords(' \n ')).toBe(0);
  });
  it('counts hyphenated and apostrophe words once', () => {
    expect(countWords("state-of-the-art design isn't hard")).toBe(4);
  });
  it('counts words in other scripts', () => {
    expect(countWords('Київ — столиця України')).toBe(3);
    expect(countWords('東京都')).toBe(3);
  });
});

describe('readingMinutes', () => {
  it('is at least one minute and grows with length', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(2300)).toBe(10);
  });
});
