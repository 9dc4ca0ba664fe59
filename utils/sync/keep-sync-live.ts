import { wakeSyncOnWrites } from './wake-sync-on-writes';

/** Name of the port an open Offprint page holds while it wants changes within seconds. */
export const SYNC_LIVE_PORT = 'sync:live';
/** Pages ping over the port so the background (an MV3 service worker) is not stopped while they are open. */
export const SYNC_LIVE_PING_MS = 20_000;

/**
 * From an Offprint page (popup, library, reader, options): asks the background to sync now and then keep
 * syncing within seconds while this page is open, and wakes it after this page's own writes
 * (`wakeSyncOnWrites`). No PouchDB here. Returns a function that stops it.
 */
export function keepSyncLive(): () => void {
  const stopWaking = wakeSyncOnWrites();
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  try {
    port = browser.runtime.connect({ name: SYNC_LIVE_PORT });
    timer = setInterval(() => port?.postMessage('ping'), SYNC_LIVE_PING_MS);
    port.onDisconnect.addListener(() => {
      clearInterval(timer);
      port = null;
    });
  } catch {
    // No background to talk to (a page opened outside the extension): nothing to keep live.
  }
  return () => {
    stopWaking();
    clearInterval(timer);
    port?.disconnect();
    port = null;
  };
}
