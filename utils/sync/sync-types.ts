/**
 * The sync API's types (docs/sync.md). No PouchDB here: pages import these; only the background runs sync.
 */

/** What the Sync section sends to turn sync on. */
export interface SyncConfig {
  /** The database URL, e.g. https://host:6984/offprint-alice */
  url: string;
  username: string;
  password: string;
  /** Derives the keys once; never stored. */
  passphrase: string;
  /** Create the database when it does not exist (after the user agreed to). */
  createDatabase?: boolean;
  /** Sync images (default true). */
  syncImages?: boolean;
}

/** The server connection without the passphrase (probing). */
export type SyncServer = Pick<SyncConfig, 'url' | 'username' | 'password'>;

export type SyncErrorCode =
  | 'unreachable'
  | 'tls'
  | 'unauthorized'
  | 'forbidden'
  | 'not-couchdb'
  | 'no-database'
  | 'wrong-passphrase'
  | 'too-large'
  | 'server-full'
  | 'undecryptable'
  | 'newer-format'
  | 'no-permission'
  | 'not-enabled'
  | 'bad-url'
  | 'other';

/** What went wrong, in words for the Sync section. */
export interface SyncError {
  code: SyncErrorCode;
  message: string;
  /** With 'no-database': the database may be created from here. */
  canCreate?: boolean;
}

export interface SyncProgress {
  phase: 'pull' | 'apply' | 'push';
  done: number;
  total: number;
}

export interface SyncStatus {
  enabled: boolean;
  url: string | null;
  username: string | null;
  syncImages: boolean;
  state: 'off' | 'idle' | 'syncing' | 'error';
  firstSyncDone: boolean;
  lastSyncedAt: number | null;
  /** Local changes waiting to be sent. */
  pending: number;
  progress: SyncProgress | null;
  lastError: SyncError | null;
}

/** The status of a browser where sync is off (never turned on, or turned off). */
export const SYNC_OFF: SyncStatus = {
  enabled: false,
  url: null,
  username: null,
  syncImages: true,
  state: 'off',
  firstSyncDone: false,
  lastSyncedAt: null,
  pending: 0,
  progress: null,
  lastError: null,
};

/** What the server holds at a URL, before turning sync on. */
export interface ProbeResult {
  exists: boolean;
  hasLibrary: boolean;
  canCreate: boolean;
}

/** A failed sync message's reply (utils/messages.ts style: the code and a message in words). */
export interface SyncFailure {
  ok: false;
  error: SyncErrorCode;
  message: string;
  canCreate?: boolean;
}

export type EnableResult = { ok: true; status: SyncStatus } | { ok: false; error: SyncError };
export type ProbeReply = { ok: true; probe: ProbeResult } | { ok: false; error: SyncError };
