import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, measureText, readingMinutes } from '@/utils/extraction/word-count';

/** measureText as it was written until session 33: the whole text through Unicode regexes. */
function measureByRegex(text: string) {
  const cjk = text.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/gu)?.length ?? 0;
  let sea = 0;
  let seaWords = 0;
  let rest = cjk ? text.replace(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/gu, ' ') : text;
  const seaRun = /[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]+/gu;
  if (/[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u.test(rest)) {
    const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
    for (const [run] of rest.matchAll(seaRun)) {
      sea += run.match(/\p{L}/gu)?.length ?? 0;
      for (const s of segmenter.segment(run)) if (s.isWordLike) seaWords++;
    }
    rest = rest.replace(seaRun, ' ');
  }
  const words = rest.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return { words, cjk, sea, seaWords };
}

const tricky = [..."aZ09 -'’‘.é\u0301ßſΣЖ\u00a0\u2014東한\u1100ไທ\u2e80\u3000", '\u{1d400}', '\u{1f600}', '\ud800'];

describe('measureText', () => {
  it('measures any text as the regexes do', () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom(...tricky), maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 60 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(measureText(t)).toEqual(measureByRegex(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('measures the real articles of the benchmark corpus as the regexes do', () => {
    const file = 'bench/data/scrapinghub/ground-truth.json';
    const docs = Object.values(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { articleBody: string }>);
    for (const { articleBody } of docs.slice(0, 100))
      expect(measureText(articleBody)).toEqual(measureByRegex(articleBody));
  });
});

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
