// @vitest-environment node
// bench:choice's tables (scripts/lib/choice-report.ts): the oracle, the regret and the test that settled each page.
import { describe, expect, it } from 'vitest';
import {
  byTest,
  decidedBy,
  formatChoiceReport,
  oracleOf,
  regretOf,
  summarizeChoice,
  worstRegrets,
  type ChoiceRow,
} from '../../scripts/lib/choice-report';

const s = (f1: number, recall = f1, precision = f1) => ({ f1, recall, precision });

const row = (over: Partial<ChoiceRow>): ChoiceRow => ({
  id: 'p',
  type: 'documentation',
  fold: 0,
  source: 'block',
  tests: ['prefer-region'],
  out: s(0.8),
  candidates: { block: s(0.8) },
  ...over,
});

describe('oracleOf and regretOf', () => {
  it('finds no regret where the kept text is the best candidate', () => {
    const r = row({ candidates: { block: s(0.8), region: s(0.6) } });
    expect(oracleOf(r).name).toBe('block');
    expect(regretOf(r)).toBe(0);
  });

  it('measures the regret against the best candidate the choice was offered', () => {
    const r = row({ candidates: { block: s(0.8), region: s(0.95, 0.99, 0.91), thread: s(0.9) } });
    expect(oracleOf(r)).toEqual({ name: 'region', score: s(0.95, 0.99, 0.91) });
    expect(regretOf(r)).toBeCloseTo(0.15, 12);
  });

  it('counts the kept text as a candidate (the block with its sections beats the bare block)', () => {
    const r = row({ source: 'sections', out: s(0.9), candidates: { block: s(0.8), region: s(0.85) } });
    expect(oracleOf(r).name).toBe('sections');
    expect(regretOf(r)).toBe(0);
  });

  it('leaves the fresh region out of the oracle (it is not offered)', () => {
    expect(regretOf(row({ fresh: s(1) }))).toBe(0);
  });
});

describe('decidedBy', () => {
  it('names the last test that spoke, or the source where none did', () => {
    expect(decidedBy({ tests: ['prefer-region', 'edge-guard'], source: 'block' })).toBe('edge-guard');
    expect(decidedBy({ tests: [], source: 'block' })).toBe('(block only)');
  });
});

describe('summarizeChoice', () => {
  const rows = [
    row({ id: 'a', fold: 0, out: s(0.6), candidates: { block: s(0.6), region: s(0.9) } }),
    row({ id: 'b', fold: 0, out: s(1), candidates: { block: s(1) } }),
    row({ id: 'c', fold: 3, out: s(0.5), candidates: { block: s(0.5), region: s(0.52) }, fresh: s(0.7) }),
  ];

  it('gives the kept and oracle means and the regretted pages per type and fold, and over the folds', () => {
    const out = summarizeChoice(rows);
    expect(out.map((x) => x.fold)).toEqual([0, 3, 'all']);
    const f0 = out[0];
    expect(f0).toMatchObject({ type: 'documentation', n: 2, regretted: 1 });
    expect(f0.keptF1).toBeCloseTo(0.8, 12);
    expect(f0.oracleF1).toBeCloseTo(0.95, 12);
    // A regret of 0.02 is under the threshold; the fresh region stands in for itself where there is one.
    expect(out[1]).toMatchObject({ n: 1, regretted: 0 });
    expect(out[1].freshF1).toBeCloseTo(0.7, 12);
    expect(out[2]).toMatchObject({ n: 3, regretted: 1 });
  });

  it('sums the regret per test, and lists only folds 0–2 among the worst pages', () => {
    const t = byTest(rows);
    expect(t[0]).toMatchObject({ test: 'prefer-region → block', pages: 3 });
    expect(t[0].regret).toBeCloseTo(0.32, 12);
    expect(worstRegrets(rows, 5).map((r) => r.id)).toEqual(['a']);
    const text = formatChoiceReport(rows);
    expect(text).toContain('a (documentation, fold 0) by prefer-region: block 0.600 → region 0.900');
    expect(text).not.toContain('c (documentation');
  });
});
