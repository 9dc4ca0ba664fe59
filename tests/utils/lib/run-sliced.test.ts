import { describe, expect, it } from 'vitest';
import { runSliced } from '@/utils/lib/run-sliced';

describe('runSliced', () => {
  it('calls every item in order', async () => {
    const seen: [string, number][] = [];
    await runSliced(['a', 'b', 'c'], (x, i) => seen.push([x, i]), 0);
    expect(seen).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
  });

  it('lets a waiting task (an IndexedDB answer, a timer) run before the loop ends once its slice is used', async () => {
    const log: string[] = [];
    setTimeout(() => log.push('timer'), 0);
    await runSliced(
      Array.from({ length: 1000 }, (_, i) => i),
      (i) => log.push(`item ${i}`),
      0,
    );
    const at = log.indexOf('timer');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(log.length - 1);
  });

  it('runs straight through while within its slice', async () => {
    const log: string[] = [];
    setTimeout(() => log.push('timer'), 0);
    await runSliced(
      Array.from({ length: 1000 }, (_, i) => i),
      (i) => log.push(`item ${i}`),
      60_000,
    );
    expect(log).not.toContain('timer');
    expect(log).toHaveLength(1000);
  });
});
