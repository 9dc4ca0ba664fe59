import type { Browser } from 'wxt/browser';
import type { Handlers } from '@/utils/messages';
import { getDb } from '@/utils/storage/db';
import { openMirror, openRemote } from './pouch';
import { SyncEngine } from './sync-engine';
import { getSyncStore } from './sync-store';
import { syncHostPattern } from './sync-host-pattern';
import type { EnableResult, ProbeReply, SyncConfig, SyncError, SyncServer, SyncStatus } from './sync-types';

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
    hasPermission: (url) => browser.permissions.contains({ origins: [syncHostPattern(url)] }),
  });
  return engine;
}

export const probeSync = (server: SyncServer): Promise<ProbeReply> => syncEngine().probe(server);
export const enableSync = (config: SyncConfig): Promise<EnableResult> => syncEngine().enable(config);
export const syncRound = (opts?: { maxMs?: number }): Promise<SyncStatus> => syncEngine().round(opts);
export const syncStatus = (): Promise<SyncStatus> => syncEngine().status();
export const setSyncImages = (on: boolean): Promise<SyncStatus> => syncEngine().setImages(on);
export const disableSync = (): Promise<SyncStatus> => syncEngine().disable();

/** Only Offprint's own pages may drive sync (it holds the account's password). */
function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return !sender.tab || !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

const refused = (): SyncError => ({ code: 'other', message: 'Sync can only be changed from Offprint’s own pages.' });

/** The background's handlers for the `sync:*` messages. */
export function syncHandlers(): Pick<
  Handlers,
  'sync:status' | 'sync:probe' | 'sync:enable' | 'sync:now' | 'sync:images' | 'sync:disable'
> {
  return {
    'sync:status': () => syncStatus(),
    'sync:probe': (server, sender) =>
      fromExtensionPage(sender) ? probeSync(server) : { ok: false as const, error: refused() },
    'sync:enable': (config, sender) =>
      fromExtensionPage(sender) ? enableSync(config) : { ok: false as const, error: refused() },
    'sync:now': () => syncRound(),
    'sync:images': ({ on }, sender) => (fromExtensionPage(sender) ? setSyncImages(on) : syncStatus()),
    'sync:disable': (_d, sender) => (fromExtensionPage(sender) ? disableSync() : syncStatus()),
  };
}
