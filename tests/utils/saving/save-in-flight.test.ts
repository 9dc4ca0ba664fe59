import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  beginSave,
  noSaveInFlight,
  resetSavesInFlight,
  SAVE_HOLD_MS,
  saveInFlight,
} from '@/utils/saving/save-in-flight';

afterEach(() => {
  resetSavesInFlight();
  vi.useRealTimers();
});

describe('saves in flight', () => {
  it('holds background work until the last save ends, and a second end does nothing', async () => {
    const a = beginSave();
    const b = beginSave();
    let released = false;
    const wait = noSaveInFlight().then(() => (released = true));
    a();
    a();
    await Promise.resolve();
    expect(saveInFlight()).toBe(true);
    expect(released).toBe(false);
    b();
    await wait;
    expect(released).toBe(true);
    expect(saveInFlight()).toBe(false);
  });

  it('a save that never ends holds background work for SAVE_HOLD_MS at most', async () => {
    vi.useFakeTimers();
    const end = beginSave();
    let released = false;
    void noSaveInFlight().then(() => (released = true));
    await vi.advanceTimersByTimeAsync(SAVE_HOLD_MS - 1);
    expect(released).toBe(false);
    expect(saveInFlight()).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(released).toBe(true);
    expect(saveInFlight()).toBe(false);
    // Its late end does not count another save out.
    const other = beginSave();
    end();
    expect(saveInFlight()).toBe(true);
    other();
    expect(saveInFlight()).toBe(false);
  });

  it('a hold forgotten by a reset does not count a later save out when its timer fires', async () => {
    vi.useFakeTimers();
    beginSave(50);
    resetSavesInFlight();
    const live = beginSave();
    await vi.advanceTimersByTimeAsync(60);
    expect(saveInFlight()).toBe(true);
    live();
    expect(saveInFlight()).toBe(false);
  });
});
