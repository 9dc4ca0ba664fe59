import { sendMessage } from '@/utils/messages';
import type {
  EnableResult,
  ProbeReply,
  SyncConfig,
  SyncError,
  SyncErrorCode,
  SyncServer,
  SyncStatus,
} from './sync-types';

/*
 * The pages' side of the sync API (docs/sync.md): the `sync:*` messages, each reply a value (never a
 * rejection), so the Sync section and the popup's mark handle every case. No PouchDB here.
 */

/** A failed reply (the background's SyncFailure, or a message that did not get through) as a SyncError. */
const errorOf = (f: { error: string; message: string; canCreate?: boolean }): SyncError => ({
  // A DeliveryFailure ('no-answer', 'refused', 'failed') is not a sync code: 'other', its words kept.
  code: (['no-answer', 'refused', 'failed'].includes(f.error) ? 'other' : f.error) as SyncErrorCode,
  message: f.message,
  ...(f.canCreate != null && { canCreate: f.canCreate }),
});

const statusOf = async (reply: Promise<{ ok: true; status: SyncStatus } | { ok: false }>) => {
  const r = await reply;
  return r.ok ? r.status : null;
};

/** The sync state, or null when the background did not answer. */
export const getSyncStatus = (): Promise<SyncStatus | null> => statusOf(sendMessage('sync:status', null));

/** Checks the server and account (after the host permission was granted). */
export async function probeSyncServer(server: SyncServer): Promise<ProbeReply> {
  const r = await sendMessage('sync:probe', server);
  return r.ok ? r : { ok: false, error: errorOf(r) };
}

/** Turns sync on (the passphrase goes to the background once and is never stored). */
export async function turnOnSync(config: SyncConfig): Promise<EnableResult> {
  const r = await sendMessage('sync:enable', config);
  return r.ok ? r : { ok: false, error: errorOf(r) };
}

/** Runs a round now; the state after it (null when the background did not answer). */
export const syncNow = (): Promise<SyncStatus | null> => statusOf(sendMessage('sync:now', null));

/** Image sync on or off for this browser. */
export const setImageSync = (on: boolean): Promise<SyncStatus | null> => statusOf(sendMessage('sync:images', { on }));

/** Turns sync off: keeps the library, forgets credentials and keys. */
export const turnOffSync = (): Promise<SyncStatus | null> => statusOf(sendMessage('sync:disable', null));
