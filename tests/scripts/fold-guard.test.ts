import { describe, expect, it } from 'vitest';
import { foldGuard, foldGuardTable } from '../../scripts/lib/fold-guard';
import type { Row } from '../../scripts/lib/extract-report';

const row = (type: string, fold: number, f1: number, reach = 1): Row =>
  ({
    index: 0,
    page: { id: `${type}${fold}${f1}`, url: 'https://x.test/', type, fold, truth: '', with: [], without: [] },
    vanilla: { f1: 0 },
    ours: { f1 },
    reach,
  }) as unknown as Row;

describe('foldGuard', () => {
  it('compares the held-out fold with all pages per type and says whether it stays within the margin', () => {
    const rows = [
      row('forum', 0, 0.9),
      row('forum', 1, 0.9),
      row('forum', 4, 0.8),
      row('docs', 0, 0.9),
      row('docs', 4, 0.88),
    ];
    const [forum, docs, overall] = foldGuard(rows, ['forum', 'docs']);
    expect(forum.type).toBe('forum');
    expect(forum.all.f1).toBeCloseTo((0.9 + 0.9 + 0.8) / 3);
    expect(forum.held.f1).toBeCloseTo(0.8);
    expect(forum.gap).toBeCloseTo(0.8 - 2.6 / 3);
    expect(forum.within).toBe(false);
    expect(docs.within).toBe(true);
    expect(overall.all.n).toBe(5);
  });

  it('gives the gap again on the pages whose truth the page holds, and counts the others', () => {
    // The held-out fold's low page is one whose truth the page does not hold (drawn by a script).
    const rows = [row('forum', 0, 0.9), row('forum', 4, 0.9), row('forum', 4, 0.1, 0.05)];
    const [forum] = foldGuard(rows, ['forum']);
    expect(forum.within).toBe(false);
    expect(forum.held.unreachable).toBe(1);
    expect(forum.all.unreachable).toBe(1);
    expect(forum.reachableGap).toBeCloseTo(0);
  });

  it('leaves out types without held-out pages, and prints nothing when none was run', () => {
    expect(foldGuard([row('forum', 0, 0.9)], ['forum'])).toEqual([]);
    expect(foldGuardTable([])).toEqual([]);
    const table = foldGuardTable(foldGuard([row('forum', 0, 0.9), row('forum', 4, 0.7)], ['forum']));
    expect(table.join('\n')).toContain('| forum | 2 / 0.800 | 1 / 0.700 | −0.100 | not met |');
  });
});
