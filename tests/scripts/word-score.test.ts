// @vitest-environment node
// The WCXB scorer (scripts/lib/word-score.ts) against the benchmark's evaluate.py: the expected values
// below were computed by that script's word_f1 and snippet_check (Python 3.11) on the same strings.
import { describe, expect, it } from 'vitest';
import { snippetRate, wordScore, bootstrapSd } from '../../scripts/lib/word-score';

/** [prediction, truth, [precision, recall, f1] from evaluate.py]. */
const CASES: [string, string, [number, number, number]][] = [
  ['The cat sat on the mat.\nThe end.', 'the cat sat on THE mat', [0.75, 1, 0.8571428571428571]],
  ['Menu Home About\nThe cat sat', 'The cat sat on the mat', [0.5, 0.5, 0.5]],
  // "İ" lower-cases to "i" + a combining dot, which is not \w: "İstanbul" is two tokens, as in Python.
  [
    'Ça coûte 5€, n’est-ce pas? İstanbul STRASSE straße',
    'ça coûte 5 euros à istanbul; Straße',
    [0.36363636363636365, 0.5714285714285714, 0.4444444444444444],
  ],
  ['Київ — 東京。 snake_case x2', 'київ 東京 snake_case', [0.75, 1, 0.8571428571428571]],
  // Devanagari vowel signs are marks, not \w: words split at them, in both scorers.
  ['नमस्ते दुनिया', 'नमस्ते', [0.4, 1, 0.5714285714285715]],
  ['', 'something', [0, 0, 0]],
  ['', '', [1, 1, 1]],
  ['words', '', [0, 0, 0]],
];

describe('wordScore', () => {
  it.each(CASES)('%j vs %j', (pred, truth, [p, r, f1]) => {
    const s = wordScore(pred, truth);
    expect(s.precision).toBeCloseTo(p, 12);
    expect(s.recall).toBeCloseTo(r, 12);
    expect(s.f1).toBeCloseTo(f1, 12);
  });
});

describe('snippetRate', () => {
  it('finds snippets as case-insensitive substrings (a line break between words breaks a snippet)', () => {
    expect(snippetRate('The Cat sat\non the mat', ['cat sat', 'sat on', 'THE MAT'])).toBeCloseTo(2 / 3, 12);
  });
  it('counts an empty snippet list as 1, as evaluate.py does', () => {
    expect(snippetRate('anything', [])).toBe(1);
  });
});

describe('bootstrapSd', () => {
  it('is 0 for identical values and grows with their spread', () => {
    expect(bootstrapSd([0.5, 0.5, 0.5, 0.5])).toBe(0);
    expect(bootstrapSd([0, 1, 0, 1])).toBeGreaterThan(bootstrapSd([0.4, 0.6, 0.4, 0.6]));
  });
});
