// @vitest-environment node
// bench:fixtures' pure parts (scripts/lib/fixture-probes.ts): kinds, runs, the per-kind table, the worst fixtures.
import { describe, expect, it } from 'vitest';
import {
  fixtureKind,
  kindTable,
  parseProbe,
  probeRuns,
  summarize,
  worstTable,
  worstUnder,
  type FixtureRow,
} from '../../scripts/lib/fixture-probes';

const score = (f1: number, precision = f1, recall = f1) => ({ f1, precision, recall });
const row = (slug: string, normal: number, classes: number): FixtureRow => ({
  slug,
  kind: fixtureKind(slug),
  runs: { normal: score(normal), classes: score(classes) },
});

describe('fixtureKind', () => {
  it('reads the kind from the folder prefix and calls every other fixture a news page', () => {
    expect(fixtureKind('docs-sphinx-rtd')).toBe('docs');
    expect(fixtureKind('forum-phpbb-subsilver2')).toBe('forum');
    expect(fixtureKind('service-duda-hvac')).toBe('service');
    expect(fixtureKind('collection-grid')).toBe('collection');
    expect(fixtureKind('paywall-teaser')).toBe('news');
    expect(fixtureKind('documentation-x')).toBe('news');
  });
});

describe('probeRuns and parseProbe', () => {
  it('runs every probe when none is asked for, else the normal run and the one asked', () => {
    expect(probeRuns(null)).toEqual(['normal', 'classes', 'landmarks', 'classes,landmarks']);
    expect(probeRuns(['landmarks'])).toEqual(['normal', 'landmarks']);
  });

  it('takes classes, landmarks or both and refuses anything else', () => {
    expect(parseProbe('classes,landmarks')).toEqual(['classes', 'landmarks']);
    expect(parseProbe('landmarks')).toEqual(['landmarks']);
    expect(() => parseProbe('ids')).toThrow(/--perturb takes/);
    expect(() => parseProbe('')).toThrow(/--perturb takes/);
  });
});

describe('summarize and kindTable', () => {
  const rows = [row('docs-a', 1, 0.8), row('docs-b', 1, 0.6), row('forum-a', 1, 1), row('ad-labels', 0.9, 0.9)];
  rows[1].runs.classes.empty = true;

  it('means each run per kind in a fixed order, news last, then over all fixtures', () => {
    const s = summarize(rows, ['normal', 'classes']);
    expect(s.map((k) => [k.kind, k.fixtures])).toEqual([
      ['docs', 2],
      ['forum', 1],
      ['news', 1],
      ['all', 4],
    ]);
    expect(s[0].runs.classes.f1).toBeCloseTo(0.7, 12);
    expect(s[0].runs.classes.empty).toBe(1);
    expect(s[3].runs.normal.f1).toBeCloseTo(0.975, 12);
  });

  it('prints the drop from the normal run per probe', () => {
    const table = kindTable(summarize(rows, ['normal', 'classes']), ['normal', 'classes']);
    const lines = table.split('\n');
    expect(lines[0]).toBe('| kind | fixtures | F1 / P / R normal | F1 / P / R classes | ΔF1 classes | empty classes |');
    expect(lines[2]).toBe('| docs | 2 | 1.000 / 1.000 / 1.000 | 0.700 / 0.700 / 0.700 | −0.300 | 1 |');
    expect(lines[3]).toContain('| ±0.000 |');
  });
});

describe('worstUnder and worstTable', () => {
  it('lists only the fixtures that drop, the largest drop first', () => {
    const rows = [row('docs-a', 1, 0.8), row('docs-b', 1, 0.6), row('forum-a', 1, 1), row('forum-b', 0.9, 0.95)];
    const worst = worstUnder(rows, 'classes', 5);
    expect(worst.map((r) => r.slug)).toEqual(['docs-b', 'docs-a']);
    expect(worstUnder(rows, 'classes', 1).map((r) => r.slug)).toEqual(['docs-b']);
    expect(worstTable(worst, 'classes').split('\n')[2]).toBe(
      '| docs-b | docs | 1.000 | 0.600 / 0.600 / 0.600 | −0.400 |',
    );
  });
});
