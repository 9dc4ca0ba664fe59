import { sendMessage } from '@/utils/messages';
import type { EnableResult, ProbeReply, SyncConfig, SyncError, SyncServer, SyncStatus } from './sync-types';

/*
 * The pages' side of the sync API (docs/sync.md): the `sync:*` messages, each reply a value (never a
 * rejection), so the Sync section and the popup's mark handle every case. No PouchDB here.
 */

const noAnswer = (e: unknown): SyncError => ({
  code: 'other',
  message: `Offprint’s background did not answer (${e instanceof Error ? e.message : String(e)}). Try again.`,
});

/** The sync state, or null when the background did not answer. */
export async function getSyncStatus(): Promise<SyncStatus | null> {
  return sendMessage('sync:status', null).catch(() => null);
}

/** Checks the server and account (after the host permission was granted). */
export async function probeSyncServer(server: SyncServer): Promise<ProbeReply> {
  return sendMessage('sync:probe', server).catch((e) => ({ ok: false as const, error: noAnswer(e) }));
}

/** Turns sync on (the passphrase goes to the background once and is never stored). */
export async function turnOnSync(config: SyncConfig): Promise<EnableResult> {
  return sendMessage('sync:enable', config).catch((e) => ({ ok: false as const, error: noAnswer(e) }));
}

/** Runs a round now; the state after it (null when the background did not answer). */
export async function syncNow(): Promise<SyncStatus | null> {
  return sendMessage('sync:now', null).catch(() => null);
}

/** Image sync on or off for this browser. */
export async function setImageSync(on: boolean): Promise<SyncStatus | null> {
  return sendMessage('sync:images', { on }).catch(() => null);
}

/** Turns sync off: keeps the library, forgets credentials and keys. */
export async function turnOffSync(): Promise<SyncStatus | null> {
  return sendMessage('sync:disable', null).catch(() => null);
}
