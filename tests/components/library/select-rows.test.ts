import { describe, expect, it } from 'vitest';
import { selectRows } from '@/components/library/select-rows';

const order = [10, 11, 12, 13, 14];
describe('selectRows', () => {
  it('toggles one row', () => {
    expect([...selectRows(new Set(), order, 12, false, null)]).toEqual([12]);
    expect([...selectRows(new Set([12]), order, 12, false, null)]).toEqual([]);
  });

  it('selects the range from the anchor with Shift, in either direction', () => {
    expect([...selectRows(new Set([11]), order, 13, true, 11)].sort()).toEqual([11, 12, 13]);
    expect([...selectRows(new Set([14]), order, 12, true, 14)].sort()).toEqual([12, 13, 14]);
  });

  it('clears the range with Shift when the clicked row was selected', () => {
    expect([...selectRows(new Set([10, 11, 12, 13]), order, 12, true, 10)]).toEqual([13]);
  });

  it('falls back to a single toggle when the anchor is gone from the list', () => {
    expect([...selectRows(new Set(), order, 12, true, 99)]).toEqual([12]);
  });
});
