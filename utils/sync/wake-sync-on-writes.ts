import { sendMessage } from '@/utils/messages';
import { onOutboxWrite } from '@/utils/storage/outbox-middleware';

/** Writes within this long of each other wake the background once. */
const WAKE_DEBOUNCE_MS = 100;

/**
 * From an Offprint page: after a write of this page leaves changes for sync (a save, tag, archive, progress,
 * highlight, delete, an import's commit), tells the background to start a round soon. The message wakes a
 * stopped service worker, which would otherwise only notice on the 30-second alarm. No PouchDB here.
 * Returns the function that stops it.
 */
export function wakeSyncOnWrites(wake: () => unknown = () => sendMessage('sync:soon', null)): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = onOutboxWrite(() => {
    clearTimeout(timer);
    timer = setTimeout(() => void wake(), WAKE_DEBOUNCE_MS);
  });
  return () => {
    clearTimeout(timer);
    stop();
  };
}
