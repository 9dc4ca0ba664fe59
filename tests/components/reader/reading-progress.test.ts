import { afterEach, describe, expect, it, vi } from 'vitest';
import { FINISHED, progressOf, scrollYFor, throttle } from '@/components/reader/reading-progress';
import { readerKey } from '@/components/reader/reader-key';

afterEach(() => vi.useRealTimers());

describe('reading progress', () => {
  it('is the share of the scrollable height passed', () => {
    expect(progressOf(0, 5000, 1000)).toBe(0);
    expect(progressOf(2000, 5000, 1000)).toBe(0.5);
    expect(progressOf(4000, 5000, 1000)).toBe(1);
  });
  it('counts a page that fits on screen as read', () => expect(progressOf(0, 800, 1000)).toBe(1));
  it('restores the position of a half-read article, and the top for finished or unread ones', () => {
    expect(scrollYFor(0.5, 5000, 1000)).toBe(2000);
    expect(scrollYFor(0, 5000, 1000)).toBe(0);
    expect(scrollYFor(FINISHED, 5000, 1000)).toBe(0);
  });
  it('throttles saves but keeps the last value', () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const t = throttle(fn, 800);
    t(0.1);
    t(0.2);
    t(0.3);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(800);
    expect(fn.mock.calls).toEqual([[0.3]]);
    t(0.4);
    t.flush();
    expect(fn.mock.calls).toEqual([[0.3], [0.4]]);
  });
});

describe('readerKey', () => {
  it.each([
    ['j', 'down'],
    ['k', 'up'],
    ['a', 'archive'],
    ['f', 'favorite'],
    ['Escape', 'back'],
  ])('maps %s to %s', (key, a) => expect(readerKey({ key }, false)).toBe(a));
  it('does nothing while typing in a field or with modifiers', () => {
    expect(readerKey({ key: 'a' }, true)).toBeNull();
    expect(readerKey({ key: 'Escape' }, true)).toBeNull();
    expect(readerKey({ key: 'f', ctrlKey: true }, false)).toBeNull();
  });
});
