import PouchDB from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import { OffprintDB } from '@/utils/storage/db';
import { SyncEngine, type EngineDeps } from '@/utils/sync/sync-engine';
import { SyncStore } from '@/utils/sync/sync-store';
import type { PouchDatabase } from '@/utils/sync/pouch-types';

PouchDB.plugin(memory);
// utils/sync/pouch.ts adds replication too when a test loads it: only once.
if (!(PouchDB as unknown as { replicate?: unknown }).replicate) PouchDB.plugin(replication);

/** A CouchDB-protocol stand-in for unit tests: PouchDB 9 in memory (real-browser tiers use a real server). */
export function memoryServer(): PouchDatabase {
  return new PouchDB(`server-${crypto.randomUUID()}`, { adapter: 'memory' }) as unknown as PouchDatabase;
}

/** One browser profile for sync tests: its library, sync store and engine, on memory databases. */
export function browserProfile(server: PouchDatabase, name = 'profile', deps: Partial<EngineDeps> = {}) {
  const id = `${name}-${crypto.randomUUID()}`;
  const db = new OffprintDB(`lib-${id}`);
  const store = new SyncStore(`sync-${id}`);
  const mirrors: PouchDatabase[] = [];
  const engine = new SyncEngine({
    db,
    store,
    openMirror: (n) => {
      const m = new PouchDB(`${id}-${n}`, { adapter: 'memory' }) as unknown as PouchDatabase;
      mirrors.push(m);
      return m;
    },
    openRemote: () => server,
    hasPermission: async () => true,
    kdfIterations: 1000,
    minKdfIterations: 1000,
    ...deps,
  });
  return { db, store, engine, mirrors };
}

export const SERVER_URL = 'https://couch.example.test:6984/offprint-test';
export const config = (passphrase = 'a long sync passphrase', extra = {}) => ({
  url: SERVER_URL,
  username: 'alice',
  password: 'pw',
  passphrase,
  ...extra,
});

/** Every byte of the server's documents as text: each document's every leaf revision, body and attachments. */
export async function serverText(server: PouchDatabase): Promise<string> {
  const out: string[] = [];
  const all = await server.allDocs({ include_docs: true, conflicts: true });
  for (const row of all.rows) {
    const doc = row.doc!;
    const revs = [doc._rev!, ...(doc._conflicts ?? [])];
    for (const rev of revs) {
      const d = await server.get(row.key, { rev: rev!, attachments: true, binary: true });
      out.push(JSON.stringify({ ...d, _attachments: undefined }));
      for (const [name, att] of Object.entries(d._attachments ?? {})) {
        out.push(name, att.content_type);
        const bytes = new Uint8Array(await (att.data as Blob).arrayBuffer());
        out.push(Buffer.from(bytes).toString('latin1'));
      }
    }
  }
  return out.join('\n');
}
