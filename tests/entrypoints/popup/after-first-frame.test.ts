import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstFrame, FIRST_FRAME_TIMEOUT_MS } from '@/entrypoints/popup/after-first-frame';

/** A stand-in for the browser's PerformanceObserver: `paint()` reports a first paint entry. */
class FakeObserver {
  static all: FakeObserver[] = [];
  static supportedEntryTypes = ['paint'];
  observed = false;
  constructor(private cb: () => void) {
    FakeObserver.all.push(this);
  }
  observe() {
    this.observed = true;
  }
  disconnect() {
    this.observed = false;
  }
  static paint() {
    for (const o of FakeObserver.all) if (o.observed) o.cb();
  }
}

function fakeWindow(readyState: DocumentReadyState) {
  const listeners: Record<string, () => void> = {};
  return {
    win: {
      document: { readyState },
      setTimeout,
      addEventListener: (t: string, f: () => void) => (listeners[t] = f),
    } as unknown as Window,
    load: () => listeners.load?.(),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeObserver.all = [];
  vi.stubGlobal('PerformanceObserver', FakeObserver);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterFirstFrame', () => {
  it('waits for load, then for the first paint, then runs once', () => {
    const fn = vi.fn();
    const { win, load } = fakeWindow('interactive');
    afterFirstFrame(fn, win);
    FakeObserver.paint();
    vi.advanceTimersByTime(10);
    expect(fn).not.toHaveBeenCalled(); // not loaded yet: nothing observes
    load();
    vi.advanceTimersByTime(10);
    expect(fn).not.toHaveBeenCalled(); // loaded, not painted
    FakeObserver.paint();
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(FIRST_FRAME_TIMEOUT_MS);
    expect(fn).toHaveBeenCalledTimes(1); // the fallback does not run it again
  });

  it('runs after the timeout when no frame comes (a page in a background tab)', () => {
    const fn = vi.fn();
    const { win } = fakeWindow('complete');
    afterFirstFrame(fn, win);
    vi.advanceTimersByTime(FIRST_FRAME_TIMEOUT_MS - 1);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('runs after the timeout where paint entries are not supported', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const fn = vi.fn();
    afterFirstFrame(fn, fakeWindow('complete').win);
    vi.advanceTimersByTime(FIRST_FRAME_TIMEOUT_MS);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
