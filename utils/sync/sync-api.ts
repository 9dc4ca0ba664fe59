import type { BackgroundProtocol, Handlers } from '@/utils/messages';
import { getDb } from '@/utils/storage/db';
import { allowOrigin, forgetAllowedOrigin, installRequestGuard } from '@/utils/saving/request-guard';
import { openMirror, openRemote } from './pouch';
import { SyncEngine } from './sync-engine';
import { getSyncStore } from './sync-store';
import { hostPattern } from '@/utils/saving/host-pattern';
import type {
  EnableResult,
  ProbeReply,
  SyncConfig,
  SyncError,
  SyncFailure,
  SyncServer,
  SyncStatus,
} from './sync-types';

/**
 * The sync API (docs/sync.md), for the background only: it imports PouchDB. Pages send the `sync:*`
 * messages instead.
 */

let engine: SyncEngine | null = null;

/** The background's one engine, on the real databases. */
export function syncEngine(): SyncEngine {
  engine ??= new SyncEngine({
    db: getDb(),
    store: getSyncStore(),
    openMirror,
    openRemote,
    hasPermission: (url) => browser.permissions.contains({ origins: [hostPattern(url)] }),
    // The server may be on the user's own network: exempt its origin from the private-address block.
    allowOrigin: async (url) => {
      await allowOrigin(url);
      await installRequestGuard();
    },
    forgetOrigin: async (url) => {
      await forgetAllowedOrigin(url);
      await installRequestGuard();
    },
  });
  return engine;
}

export const probeSync = (server: SyncServer): Promise<ProbeReply> => syncEngine().probe(server);
export const enableSync = (config: SyncConfig): Promise<EnableResult> => syncEngine().enable(config);
export const syncRound = (opts?: { maxMs?: number }): Promise<SyncStatus> => syncEngine().round(opts);
export const syncStatus = (): Promise<SyncStatus> => syncEngine().status();
export const setSyncImages = (on: boolean): Promise<SyncStatus> => syncEngine().setImages(on);
export const disableSync = (): Promise<SyncStatus> => syncEngine().disable();

const failure = (e: SyncError): SyncFailure => ({
  ok: false,
  error: e.code,
  message: e.message,
  ...(e.canCreate != null && { canCreate: e.canCreate }),
});

/**
 * The background's handlers for the `sync:*` messages (only Offprint's own pages reach them). `onEnabled`:
 * sync was just turned on (the background starts the first round at once).
 */
export function syncHandlers(
  hooks: { onEnabled?: () => void } = {},
): Pick<
  Handlers<BackgroundProtocol>,
  'sync:status' | 'sync:probe' | 'sync:enable' | 'sync:now' | 'sync:images' | 'sync:disable'
> {
  const ok = async (p: Promise<SyncStatus>) => ({ ok: true as const, status: await p });
  return {
    'sync:status': () => ok(syncStatus()),
    'sync:probe': async (server) => {
      const r = await probeSync(server);
      return r.ok ? r : failure(r.error);
    },
    'sync:enable': async (config) => {
      const r = await enableSync(config);
      if (r.ok) hooks.onEnabled?.();
      return r.ok ? r : failure(r.error);
    },
    'sync:now': () => ok(syncRound()),
    'sync:images': ({ on }) => ok(setSyncImages(on)),
    'sync:disable': () => ok(disableSync()),
  };
}
