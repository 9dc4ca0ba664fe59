// @vitest-environment node
// The benchmark scorer (scripts/lib/score.ts) against the Scrapinghub rules: hand-worked cases, five
// pages scored by an independent Python port (tests/fixtures/scorer), and the published figures.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize, pageCounts, scorePage, metricsOf } from '../../scripts/lib/score';
import { findDataDir, PUBLISHED, scoreReference } from '../../scripts/lib/bench-data';

describe('tokenize', () => {
  it('splits on anything that is not a Unicode letter, digit or underscore', () => {
    expect(tokenize('Ça coûte 5€, n’est-ce pas? snake_case')).toEqual([
      'Ça',
      'coûte',
      '5',
      'n',
      'est',
      'ce',
      'pas',
      'snake_case',
    ]);
  });
  it('keeps Cyrillic and Japanese runs as words', () => {
    expect(tokenize('Київ — 東京。')).toEqual(['Київ', '東京']);
  });
});

describe('pageCounts', () => {
  it('normalises 4-token shingle matches so they sum to 1', () => {
    // truth shingles: [a b c d], [b c d e]; prediction: [a b c d] → tp 1, fn 1.
    expect(pageCounts('a b c d e', 'a b c d')).toEqual([0.5, 0, 0.5]);
  });
  it('counts repeated shingles as a multiset', () => {
    // prediction shingles: abcd ×2, bcda, cdab, dabc → one abcd matches, four are extra.
    const [tp, fp, fn] = pageCounts('a b c d', 'a b c d\na b c d');
    expect([tp, fp, fn].map((x) => +x.toFixed(12))).toEqual([0.2, 0.8, 0]);
  });
  it('treats a text shorter than 4 tokens as one shingle', () => {
    expect(pageCounts('one two', 'one two')).toEqual([1, 0, 0]);
  });
});

describe('metricsOf', () => {
  it('leaves empty predictions out of precision but not out of recall', () => {
    const m = metricsOf([scorePage('a b c d e', 'a b c d e'), scorePage('a b c d e', '')]);
    expect(m.precision).toBe(1);
    expect(m.recall).toBe(0.5);
    expect(m.f1).toBeCloseTo(2 / 3, 10);
    expect(m.accuracy).toBe(0.5);
  });
});

type Fixture = {
  pages: {
    id: string;
    truth: string;
    outputs: Record<
      string,
      {
        text: string;
        python: { tp: number; fp: number; fn: number; precision: number; recall: number; exact: boolean };
      }
    >;
  }[];
};
const fixture: Fixture = JSON.parse(fs.readFileSync('tests/fixtures/scorer/reference-pages.json', 'utf8'));
const cases = fixture.pages.flatMap((p) =>
  Object.entries(p.outputs).map(([name, o]) => [`${p.id.slice(0, 8)} ${name}`, p.truth, o] as const),
);

describe('agrees with the Python scorer on published outputs', () => {
  it.each(cases)('%s', (_name, truth, out) => {
    const s = scorePage(truth, out.text);
    expect(s.counts[0]).toBeCloseTo(out.python.tp, 12);
    expect(s.counts[1]).toBeCloseTo(out.python.fp, 12);
    expect(s.counts[2]).toBeCloseTo(out.python.fn, 12);
    expect(s.precision).toBeCloseTo(out.python.precision, 12);
    expect(s.recall).toBeCloseTo(out.python.recall, 12);
    expect(s.exact).toBe(out.python.exact);
  });
});

describe('reproduces the published benchmark figures', () => {
  // No skip: without the shared benchmark data this fails, so a broken scorer cannot pass unnoticed.
  const dir = findDataDir(process.env.BENCH_DATA);
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'));
  it.each(Object.keys(PUBLISHED) as (keyof typeof PUBLISHED)[])('%s', (name) => {
    const ref = JSON.parse(fs.readFileSync(path.join(dir, 'reference-output', `${name}.json`), 'utf8'));
    const got = scoreReference(truth, ref);
    for (const k of ['f1', 'precision', 'recall', 'accuracy'] as const)
      expect(Math.abs(got[k] - PUBLISHED[name][k])).toBeLessThanOrEqual(0.0006);
  });
});
