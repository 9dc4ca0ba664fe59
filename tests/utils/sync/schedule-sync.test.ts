import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scheduleSync } from '@/utils/sync/schedule-sync';
import { SYNC_LIVE_PORT } from '@/utils/sync/keep-sync-live';
import type { SyncEngine } from '@/utils/sync/sync-engine';
import { stubBrowserGaps } from '../../helpers/stub-browser';

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps();
  vi.useFakeTimers();
});
afterEach(() => void vi.useRealTimers());

/** An engine stand-in that counts rounds; `on` says whether sync is enabled. */
function fakeEngine() {
  const state = { on: false, rounds: 0 };
  const status = async () => ({ enabled: state.on, lastError: null }) as never;
  const engine = {
    workLeft: false,
    status,
    round: async () => (state.rounds++, status()),
    waitForServerChange: () => new Promise<boolean>((r) => setTimeout(() => r(false), 20_000)),
  } as unknown as SyncEngine;
  return { engine, state };
}

function openPage() {
  const port = {
    name: SYNC_LIVE_PORT,
    onMessage: { addListener: vi.fn() },
    onDisconnect: { addListener: vi.fn() },
  };
  for (const l of (fakeBrowser.runtime.onConnect as any).listeners) l(port);
}

describe('scheduleSync, while an Offprint page is open', () => {
  it('goes live within seconds when sync is turned on from that page (it was off when the page opened)', async () => {
    const { engine, state } = fakeEngine();
    scheduleSync(engine);
    openPage();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(state.rounds).toBe(0);
    state.on = true;
    await vi.advanceTimersByTimeAsync(2_500);
    expect(state.rounds).toBeGreaterThanOrEqual(1);
  });
});
