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

/**
 * An engine stand-in that counts rounds; `on` says whether sync is enabled. As the real one, calls while a
 * round runs (it takes `ms`) share it, and it says when the latest round began.
 */
function fakeEngine(ms = 0) {
  const state = { on: false, rounds: 0, drops: 0 };
  const status = async () => ({ enabled: state.on, lastError: null }) as never;
  let running: Promise<unknown> | null = null;
  const engine = {
    workLeft: false,
    roundStartedAt: 0,
    status,
    round: () => {
      if (!running) {
        state.rounds++;
        engine.roundStartedAt = Date.now();
        running = new Promise((r) => setTimeout(r, ms)).then(status).finally(() => (running = null));
      }
      return running;
    },
    waitForServerChange: () => new Promise<boolean>((r) => setTimeout(() => r(false), 20_000)),
    dropOutboxWhileOff: async () => void state.drops++,
  };
  return { engine: engine as unknown as SyncEngine, state };
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

describe('scheduleSync, after a change is written', () => {
  it('starts a round within a second of a write (a page sends sync:soon), not at the 30-second alarm', async () => {
    const { engine, state } = fakeEngine(200);
    state.on = true;
    const { wake } = scheduleSync(engine);
    await vi.advanceTimersByTimeAsync(5_000); // the round on waking
    expect(state.rounds).toBe(1);
    wake();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(state.rounds).toBe(2);
    await vi.advanceTimersByTimeAsync(20_000); // nothing else written: no more rounds before the alarm
    expect(state.rounds).toBe(2);
  });

  it('a write made while a round runs gets a round of its own right after it', async () => {
    const { engine, state } = fakeEngine(3_000); // a slow round: its flush may be past when the write lands
    state.on = true;
    const { wake } = scheduleSync(engine);
    await vi.advanceTimersByTimeAsync(100);
    expect(state.rounds).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    wake();
    await vi.advanceTimersByTimeAsync(1_000); // the pause after the write ends inside the running round: joins it
    expect(state.rounds).toBe(1);
    await vi.advanceTimersByTimeAsync(2_000); // that round ends: another one for the write
    expect(state.rounds).toBe(2);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(state.rounds).toBe(2);
  });

  it('starts no round while sync is off; a write there only has its outbox rows dropped', async () => {
    const { engine, state } = fakeEngine();
    const { wake } = scheduleSync(engine);
    await vi.advanceTimersByTimeAsync(1_000); // on waking
    const drops = state.drops;
    wake();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(state.rounds).toBe(0);
    expect(state.drops).toBe(drops + 1);
  });
});
