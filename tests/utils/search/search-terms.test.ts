import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CJK, cjkCharsOf, isIndexed, termsOf, wordsOf } from '@/utils/search/search-terms';

/** termsOf as it was written until session 33: every word through wordsOf's Unicode regexes. */
function termsByRegex(...texts: string[]): string[] {
  const set = new Set<string>();
  for (const t of texts) {
    if (!t) continue;
    for (const w of wordsOf(t)) if (isIndexed(w)) set.add(w);
    if (CJK.test(t)) for (const c of cjkCharsOf(t)) set.add(c);
  }
  return [...set];
}

/** Characters that sit on the fast path's edges: ASCII, Latin with accents, marks, joiners, CJK, Thai, astral. */
const tricky = [
  ..."aZ09 -_'’.,é\u0301ÆßİıſﬁK½²ΣσςЖж\u00a0\u2019\u201c\u2014",
  ...'東京都한국어ㄱ\u1100ไทยລາວ\u0e31\u0300\ufe20\u2e80\u3000',
  '\u{1d400}',
  '\u{1f600}',
  '\ud800',
  '\udc00',
];
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...tricky), maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ maxLength: 60 }),
);

describe('termsOf', () => {
  it('gives the terms the regex tokenizer gives, in its order, for any text', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (texts) => {
        expect(termsOf(...texts)).toEqual(termsByRegex(...texts));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the regex tokenizer terms for the real articles of the benchmark corpus', () => {
    const file = 'bench/data/scrapinghub/ground-truth.json';
    const docs = Object.values(JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { articleBody: string }>);
    for (const { articleBody } of docs.slice(0, 100)) expect(termsOf(articleBody)).toEqual(termsByRegex(articleBody));
  });

  it('lower-cases ASCII words, keeps 2–64 characters, drops stopwords and splits at other characters', () => {
    expect(termsOf('The Quick-brown FOX’s a b2 ' + 'x'.repeat(65))).toEqual(['quick', 'brown', 'fox', 'b2']);
    expect(termsOf('Café CAFÉ naïve 東京')).toEqual(['cafe', 'naive', '東京', '東', '京']);
  });
});
