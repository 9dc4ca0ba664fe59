import Dexie, { type EntityTable } from 'dexie';
import type { LibraryKeys } from './library-keys';
import type { SyncError, SyncProgress } from './sync-types';

/** The server and account; kept apart from the library (never in backups or exports). */
export interface StoredConfig {
  url: string;
  username: string;
  password: string;
  syncImages: boolean;
  /** Name of this browser's mirror database (new for every time sync is turned on). */
  mirror: string;
}

/** What the Sync section shows between rounds. */
export interface StoredState {
  firstSyncDone: boolean;
  lastSyncedAt: number | null;
  lastError: SyncError | null;
  progress: SyncProgress | null;
  /** Documents on the server that could not be decrypted (reported until they can be). */
  undecryptable?: string[];
  /** The server's change sequence last pulled, for long-polls. */
  remoteSeq?: number | string;
  /** Documents per upload request, when the server (or a proxy before it) refused larger ones (413). */
  pushBatch?: number;
}

interface Row {
  key: 'config' | 'keys' | 'state';
  value: unknown;
}

/**
 * Sync's own small database: credentials, the non-extractable keys (CryptoKey objects stored as they are;
 * never exported, never the passphrase) and the state. Apart from the library so backups, restores and
 * "delete everything" never carry or touch them; Turn off sync clears it.
 */
export class SyncStore extends Dexie {
  kv!: EntityTable<Row, 'key'>;
  constructor(name = 'offprint-sync') {
    super(name);
    this.version(1).stores({ kv: 'key' });
  }
  async config(): Promise<StoredConfig | undefined> {
    return (await this.kv.get('config'))?.value as StoredConfig | undefined;
  }
  async keys(): Promise<LibraryKeys | undefined> {
    return (await this.kv.get('keys'))?.value as LibraryKeys | undefined;
  }
  async state(): Promise<StoredState> {
    return {
      firstSyncDone: false,
      lastSyncedAt: null,
      lastError: null,
      progress: null,
      ...((await this.kv.get('state'))?.value as Partial<StoredState> | undefined),
    };
  }
  async setState(changes: Partial<StoredState>): Promise<StoredState> {
    return this.transaction('rw', this.kv, async () => {
      const next = { ...(await this.state()), ...changes };
      await this.kv.put({ key: 'state', value: next });
      return next;
    });
  }
  async setConfig(config: StoredConfig): Promise<void> {
    await this.kv.put({ key: 'config', value: config });
  }
  async enable(config: StoredConfig, keys: LibraryKeys): Promise<void> {
    await this.transaction('rw', this.kv, async () => {
      await this.kv.clear();
      await this.kv.bulkPut([
        { key: 'config', value: config },
        { key: 'keys', value: keys },
        { key: 'state', value: { firstSyncDone: false, lastSyncedAt: null, lastError: null, progress: null } },
      ]);
    });
  }
  async forget(): Promise<void> {
    await this.kv.clear();
  }
}

let current: SyncStore | null = null;
export function getSyncStore(): SyncStore {
  current ??= new SyncStore();
  return current;
}

/** Whether sync is on in this browser (any context; no PouchDB): restore asks before deleting everywhere. */
export async function syncIsOn(): Promise<boolean> {
  return !!(await getSyncStore().config());
}
