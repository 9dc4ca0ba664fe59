// @vitest-environment node
// The chance spread of a fold's mean (scripts/lib/fold-spread.ts).
import { describe, expect, it } from 'vitest';
import { foldSpread } from '../../scripts/lib/fold-spread';

const page = (site: string, f1: number) => ({ url: `https://${site}/p`, f1 });

describe('foldSpread', () => {
  it('finds no spread when every page scores the same', () => {
    const pages = Array.from({ length: 20 }, (_, i) => page(`s${i}.com`, 0.8));
    const s = foldSpread(pages, 5);
    expect(s).toMatchObject({ pages: 20, sites: 20, size: 5, below: 0, outside: 0 });
    expect(s.sd).toBeCloseTo(0, 12);
  });

  it('draws whole sites: two sites of opposite scores give groups at ±0.5 only', () => {
    const pages = [
      ...Array.from({ length: 4 }, () => page('a.com', 1)),
      ...Array.from({ length: 4 }, () => page('b.org', 0)),
    ];
    const s = foldSpread(pages, 3, 0.03, 1000);
    expect(s.sites).toBe(2);
    expect(s.sd).toBeCloseTo(0.5, 10);
    expect(s.outside).toBe(1);
    // Half the groups are site b's (mean 0): below the mean of all (0.5) by more than the margin.
    expect(s.below).toBeGreaterThan(0.4);
    expect(s.below).toBeLessThan(0.6);
  });

  it('spreads less as the group grows, and gives the same figures for the same seed', () => {
    const pages = Array.from({ length: 200 }, (_, i) => page(`s${i}.net`, ((i * 37) % 100) / 100));
    const small = foldSpread(pages, 5);
    const large = foldSpread(pages, 80);
    expect(large.sd).toBeLessThan(small.sd / 2);
    expect(foldSpread(pages, 5)).toEqual(small);
  });

  it('refuses a group larger than the pages', () => {
    expect(() => foldSpread([page('a.com', 1)], 2)).toThrow(/cannot draw 2 pages from 1/);
  });
});
