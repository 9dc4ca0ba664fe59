import { createRequire } from 'node:module';

// PouchDB 9 in Node as Offprint's client uses it (HTTP adapter + replication), with an in-memory local store.
// Loaded untyped: @types/pouchdb-core declares a global `Buffer` that breaks Node's, and the tests need little.
const require = createRequire(import.meta.url);
const PouchDB: any = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'));

/** The part of a PouchDB database the test helpers use. */
export interface Db {
  name: string;
  get(id: string, opts?: Record<string, unknown>): Promise<any>;
  put(doc: Record<string, unknown>): Promise<{ id: string; rev: string }>;
  remove(id: string, rev: string): Promise<{ id: string; rev: string }>;
  bulkDocs(docs: Record<string, unknown>[]): Promise<any[]>;
  allDocs(opts?: Record<string, unknown>): Promise<{ total_rows: number; rows: any[] }>;
  info(): Promise<any>;
  changes(opts: Record<string, unknown>): any;
  replicate: {
    to(target: Db, opts?: Record<string, unknown>): any;
    from(source: Db, opts?: Record<string, unknown>): any;
  };
  sync(other: Db, opts?: Record<string, unknown>): any;
  destroy(): Promise<unknown>;
}

let n = 0;

/** A fresh local (in-memory) database. */
export function localDb(): Db {
  return new PouchDB(`local-${process.pid}-${++n}-${Date.now()}`, { adapter: 'memory' });
}

/** One HTTP request the client made: method and path with its query (`POST /db/_bulk_get?latest=true`). */
export type HttpCall = { method: string; path: string };

/** A remote database whose every request is recorded in `requests`. */
export function remoteDb(url: string, requests: HttpCall[] = []): Db & { requests: HttpCall[] } {
  const db = new PouchDB(url, {
    fetch: (u: string, o?: RequestInit) => {
      const url = new URL(String(u));
      requests.push({ method: o?.method ?? 'GET', path: url.pathname + url.search });
      return PouchDB.fetch(u, o);
    },
  });
  db.requests = requests;
  return db;
}
