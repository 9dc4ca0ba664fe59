import Dexie from 'dexie';
import { onOutboxWrite } from '@/utils/storage/outbox-middleware';
import type { SyncEngine } from './sync-engine';
import { traceEvent } from '@/utils/lib/event-trace';
import { SYNC_LIVE_PORT } from './keep-sync-live';

/** The alarm that wakes the background to sync (30 s: the shortest a packed extension gets). */
export const SYNC_ALARM = 'offprint-sync';
/** A burst of writes (an import, save all tabs) is sent together once writes pause this long. */
export const QUIET_MS = 400;
/** While an Offprint page is open: a round at least this often, and a long-poll (under 25 s) in between. */
const LIVE_POLL_MS = 20_000;
/** While an Offprint page is open and sync is off: how often to look whether it was turned on. */
const LIVE_OFF_MS = 2_000;

/**
 * Background wiring of sync's triggers: rounds on outbox writes (the background's own, and a page's, which
 * sends `sync:soon`: the returned `wake`) after a short pause, on the 30-second alarm, when an Offprint page
 * opens, and continuously (with a long-poll on the server) while one stays open. A write made while a round
 * was already running gets a round of its own after it. Rounds chain while work is left, so a first sync of a
 * large library goes on without waiting for the alarm; each is bounded, and a stopped service worker resumes
 * on the next wake. `start` begins a round at once (sync was just turned on).
 */
export function scheduleSync(engine: SyncEngine): { wake(): void; start(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let livePorts = 0;
  let liveLoop: Promise<void> | null = null;
  /** When the last local change was written (a round that started before it may have missed it). */
  let lastWrite = 0;

  const round = async () => {
    const st = await engine.status();
    if (!st.enabled) return engine.dropOutboxWhileOff();
    const after = await engine.round();
    if (!after.enabled || after.lastError) return; // a failing server waits for the alarm instead
    // More waiting: go on at once. A change written after the round began (it may have joined a round
    // already running, past its flush): another round, so it does not wait for the alarm.
    if (engine.workLeft) soon(500);
    else if (engine.roundStartedAt <= lastWrite) soon();
  };
  const soon = (ms = QUIET_MS) => {
    clearTimeout(timer);
    timer = setTimeout(() => void round().catch((e) => console.warn('sync round failed', e)), ms);
  };
  const wake = () => {
    traceEvent('wake');
    lastWrite = Date.now();
    soon();
  };

  // This context's writes, and (while awake) other contexts' writes that Dexie broadcasts.
  onOutboxWrite(wake);
  Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((k) => k.includes('/outbox/'))) {
      traceEvent('outbox-mutated');
      soon();
    }
  });

  void browser.alarms.create(SYNC_ALARM, { periodInMinutes: 0.5 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== SYNC_ALARM) return;
    traceEvent('alarm');
    void round().catch((e) => console.warn('sync round failed', e));
  });

  const live = async () => {
    while (livePorts > 0) {
      const st = await engine.status();
      // Off: look again shortly, so sync turned on from an open page (the Sync section) goes live at once.
      if (!st.enabled) {
        await new Promise((r) => setTimeout(r, LIVE_OFF_MS));
        continue;
      }
      await engine.round();
      const failing = !!(await engine.status()).lastError;
      // Work left (a large first sync): go on at once; the server may have nothing new to wait for.
      if (engine.workLeft && !failing) continue;
      if (livePorts > 0 && !failing) {
        traceEvent('long-poll');
        traceEvent((await engine.waitForServerChange(LIVE_POLL_MS)) ? 'long-poll.change' : 'long-poll.none');
      } else await new Promise((r) => setTimeout(r, 5_000));
    }
  };
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== SYNC_LIVE_PORT) return;
    livePorts++;
    port.onMessage.addListener(() => {}); // pings keep the service worker awake
    port.onDisconnect.addListener(() => void livePorts--);
    liveLoop ??= live()
      .catch((e) => console.warn('live sync stopped', e))
      .finally(() => (liveLoop = null));
  });

  soon(0); // the background just woke: pick up what waits
  // `start`: sync was just turned on: the first round at once.
  return { wake, start: () => soon(0) };
}
