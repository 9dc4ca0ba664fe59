import PouchDB from 'pouchdb-core';
import idb from 'pouchdb-adapter-idb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import type { PouchDatabase } from './pouch-types';
import type { SyncServer } from './sync-types';
import { HttpStatusError, NotCouchError } from './sync-errors';

// The one place PouchDB is imported (the background's bundle only): IndexedDB for the mirror, HTTP for the
// server, and PouchDB's own replication.
PouchDB.plugin(idb).plugin(http);
if (!(PouchDB as unknown as { replicate?: unknown }).replicate) PouchDB.plugin(replication); // tests may have added it

/** No request to the server waits longer than this (long-polls ask for less than 25 s). */
const REQUEST_TIMEOUT_MS = 45_000;

/**
 * fetch for the server: time-limited, and a failed reply that is not CouchDB's JSON (a proxy's 413 page)
 * becomes an error with its status instead of a JSON parse error.
 */
export async function serverFetch(url: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const limit = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
  const signal = init.signal ? AbortSignal.any([init.signal, limit]) : limit;
  const res = await fetch(url, { ...init, signal });
  const type = res.headers.get('content-type') ?? '';
  if (!res.ok && !type.includes('json')) throw new HttpStatusError(res.status);
  // A web page where the database should be (a wrong URL, a captive portal): CouchDB never answers with HTML.
  if (type.startsWith('text/html')) throw new NotCouchError('an HTML page');
  return res;
}

/** This browser's mirror of the server database (IndexedDB). */
export function openMirror(name: string): PouchDatabase {
  return new PouchDB(name, { adapter: 'idb', auto_compaction: true }) as unknown as PouchDatabase;
}

/** The server database; `create` lets PouchDB create it when missing. */
export function openRemote(server: SyncServer, opts: { create?: boolean } = {}): PouchDatabase {
  return new PouchDB(server.url, {
    adapter: 'http',
    skip_setup: !opts.create,
    // No user name and no password: send no Authorization header (a server without accounts refuses an empty one).
    ...((server.username || server.password) && { auth: { username: server.username, password: server.password } }),
    fetch: serverFetch,
  }) as unknown as PouchDatabase;
}
