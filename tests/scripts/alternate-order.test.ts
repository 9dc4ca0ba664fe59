// @vitest-environment node
// The benchmarks' order of the two extractors on a page (scripts/lib/alternate-order.ts).
import { describe, expect, it } from 'vitest';
import { alternateOrder } from '../../scripts/lib/alternate-order';

describe('alternateOrder', () => {
  it('runs Readability first on even pages and Offprint first on odd ones, and returns [vanilla, ours]', () => {
    for (const [index, first] of [
      [0, 'vanilla'],
      [1, 'ours'],
      [2, 'vanilla'],
      [7, 'ours'],
    ] as const) {
      const calls: string[] = [];
      const out = alternateOrder(
        index,
        () => (calls.push('vanilla'), 1),
        () => (calls.push('ours'), 2),
      );
      expect(out).toEqual([1, 2]);
      expect(calls[0]).toBe(first);
      expect(calls).toHaveLength(2);
    }
  });
});
