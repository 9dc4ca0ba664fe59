import { describe, expect, it } from 'vitest';
import { scrollToRow, visibleRange } from '@/components/library/visible-range';

describe('visibleRange', () => {
  it('renders the rows on screen plus overscan at the top of a long list', () => {
    expect(visibleRange(0, 480, 64, 10_000, 6)).toEqual({ start: 0, end: 15, offset: 0 });
  });

  it('moves the window with the scroll position and keeps the offset in rows', () => {
    const r = visibleRange(64 * 5000 + 10, 480, 64, 10_000, 6);
    expect(r).toEqual({ start: 4994, end: 5015, offset: 4994 * 64 });
  });

  it('never passes the end of the list', () => {
    expect(visibleRange(64 * 9999, 480, 64, 10_000, 6)).toEqual({ start: 9993, end: 10_000, offset: 9993 * 64 });
    expect(visibleRange(0, 480, 64, 3)).toEqual({ start: 0, end: 3, offset: 0 });
  });

  it('handles an empty list and negative (overscrolled) positions', () => {
    expect(visibleRange(-40, 480, 64, 0)).toEqual({ start: 0, end: 0, offset: 0 });
  });
});

describe('scrollToRow', () => {
  it('leaves the position alone when the row is visible', () => expect(scrollToRow(2, 0, 480, 64)).toBe(0));
  it('scrolls up to a row above the view', () => expect(scrollToRow(3, 640, 480, 64)).toBe(192));
  it('scrolls down just enough for a row below the view', () =>
    expect(scrollToRow(10, 0, 480, 64)).toBe(11 * 64 - 480));
});
