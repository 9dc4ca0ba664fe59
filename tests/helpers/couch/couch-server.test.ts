// @vitest-environment node
// The test server speaks the replication protocol PouchDB 9 uses: real replications from and to it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouchServer, type CouchServer } from './couch-server';
import { startFaultProxy, type Fault } from './fault-proxy';
import { localDb, remoteDb, type HttpCall } from './pouchdb9';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer();
}, 90_000);
afterAll(() => server?.close());

let dbs = 0;
const freshDb = () => server.createDb(`t${++dbs}`);

/** Bytes that use every value 0–255, different per seed. */
function bytes(seed: number, size: number): Buffer {
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i++) b[i] = (i * 131 + seed * 17 + (i >> 8)) & 0xff;
  return b;
}

const attachment = (data: Buffer, type: string) => ({ content_type: type, data: data.toString('base64') });

const paths = (calls: HttpCall[]) => calls.map((c) => `${c.method} ${c.path}`);

describe('pouchdb-server 4.2.0 with a PouchDB 9 client', () => {
  it('pushes and pulls 60 documents with binary attachments; _revs_diff, _bulk_get, _local checkpoints', async () => {
    const url = await freshDb();
    const a = localDb();
    const docs = Array.from({ length: 60 }, (_, i) => ({
      _id: `doc-${String(i).padStart(3, '0')}`,
      title: `Title ${i}`,
      // Every fifth document carries two image-sized attachments (all byte values), the rest a small text one.
      _attachments:
        i % 5 === 0
          ? {
              'img-1': attachment(bytes(i, 120_000), 'application/octet-stream'),
              'img-2': attachment(bytes(i + 1000, 40_000), 'image/png'),
            }
          : { body: attachment(Buffer.from(`Body of ${i} — naïve café ✓`), 'text/plain') },
    }));
    await a.bulkDocs(docs);

    const pushCalls: HttpCall[] = [];
    const push = await a.replicate.to(remoteDb(url, pushCalls));
    expect(push.ok).toBe(true);
    expect(push.docs_written).toBe(60);
    expect(paths(pushCalls).some((p) => p.startsWith(`POST /t${dbs}/_revs_diff`))).toBe(true);
    expect(paths(pushCalls).some((p) => p.startsWith(`POST /t${dbs}/_bulk_docs`))).toBe(true);
    // The checkpoint is a _local document on the server, readable over HTTP.
    const checkpoint = paths(pushCalls).find((p) => p.startsWith(`PUT /t${dbs}/_local/`));
    expect(checkpoint).toBeTruthy();
    const cp = await (await fetch(server.url + checkpoint!.split(' ')[1].slice(1).split('?')[0])).json();
    expect(cp.last_seq).toBeTruthy();

    const b = localDb();
    const pullCalls: HttpCall[] = [];
    const pull = await b.replicate.from(remoteDb(url, pullCalls));
    expect(pull.ok).toBe(true);
    expect(pull.docs_written).toBe(60);
    expect(paths(pullCalls).some((p) => p.startsWith(`POST /t${dbs}/_bulk_get`))).toBe(true);
    expect(paths(pullCalls).some((p) => p.startsWith(`GET /t${dbs}/_changes`))).toBe(true);

    for (const d of docs) {
      const got = await b.get(d._id, { attachments: true, binary: true });
      expect(got).toMatchObject({ title: d.title });
      for (const [name, att] of Object.entries(d._attachments)) {
        const stored = got._attachments![name] as { content_type: string; data: Buffer };
        expect(stored.content_type).toBe(att.content_type);
        expect(Buffer.from(stored.data as Buffer).equals(Buffer.from(att.data, 'base64'))).toBe(true);
      }
    }

    // A second pull starts from its checkpoint: nothing to write, and _changes asks from a later sequence.
    pullCalls.length = 0;
    const again = await b.replicate.from(remoteDb(url, pullCalls));
    expect(again.docs_written).toBe(0);
    const changes = paths(pullCalls).find((p) => p.startsWith(`GET /t${dbs}/_changes`))!;
    expect(new URL(changes.split(' ')[1], server.url).searchParams.get('since')).not.toBe('0');
  });

  it('an offline edit on two sides is one conflict, one winner on both, resolved by removing the loser', async () => {
    const url = await freshDb();
    const a = localDb();
    const b = localDb();
    await a.put({ _id: 'art', tags: ['x'] });
    await a.replicate.to(remoteDb(url));
    await b.replicate.from(remoteDb(url));
    // Offline: both edit the same revision.
    const ra = await a.get('art');
    await a.put({ ...ra, tags: ['x', 'from-a'] });
    const rb = await b.get('art');
    await b.put({ ...rb, tags: ['x', 'from-b'], more: 1 });
    // Reconnect: both push, then both pull.
    await a.replicate.to(remoteDb(url));
    await b.replicate.to(remoteDb(url));
    await a.replicate.from(remoteDb(url));
    await b.replicate.from(remoteDb(url));

    const onA = await a.get('art', { conflicts: true });
    const onB = await b.get('art', { conflicts: true });
    const onServer = await remoteDb(url).get('art', { conflicts: true });
    expect(onA._conflicts).toHaveLength(1);
    expect(onA._rev).toBe(onB._rev);
    expect(onA._rev).toBe(onServer._rev);
    expect(onA._conflicts).toEqual(onB._conflicts);
    expect(onServer._conflicts).toEqual(onA._conflicts);
    // All leaves over HTTP (what a scanner or a merging client reads).
    const leaves = await (
      await fetch(`${url}/art?open_revs=all&revs=true`, { headers: { accept: 'application/json' } })
    ).json();
    expect(leaves.map((l: { ok: { _rev: string } }) => l.ok._rev).sort()).toEqual(
      [onA._rev, ...onA._conflicts!].sort(),
    );

    // A resolves: writes the merge on the winner, removes the loser; both converge with no conflict.
    const loser = onA._conflicts![0];
    await a.bulkDocs([
      { ...onA, _conflicts: undefined, tags: ['x', 'from-a', 'from-b'] },
      { _id: 'art', _rev: loser, _deleted: true },
    ]);
    await a.replicate.to(remoteDb(url));
    await b.replicate.from(remoteDb(url));
    const finalA = await a.get('art', { conflicts: true });
    const finalB = await b.get('art', { conflicts: true });
    expect(finalA._conflicts ?? []).toEqual([]);
    expect(finalB._conflicts ?? []).toEqual([]);
    expect(finalB._rev).toBe(finalA._rev);
    expect((finalB as unknown as { tags: string[] }).tags).toEqual(['x', 'from-a', 'from-b']);
  });

  it('a delete replicates, and _bulk_get with latest=true answers the newest leaf of an old revision', async () => {
    const url = await freshDb();
    const a = localDb();
    const b = localDb();
    const first = await a.put({ _id: 'gone', v: 1 });
    await a.put({ _id: 'kept', v: 1 });
    await a.replicate.to(remoteDb(url));
    await b.replicate.from(remoteDb(url));
    await a.remove('gone', first.rev);
    await a.replicate.to(remoteDb(url));
    await b.replicate.from(remoteDb(url));
    await expect(b.get('gone')).rejects.toMatchObject({ status: 404, reason: 'deleted' });
    expect((await b.get('kept')) as unknown).toMatchObject({ v: 1 });
    const feed = await (await fetch(`${url}/_changes?style=all_docs`)).json();
    expect(feed.results.find((r: { id: string }) => r.id === 'gone')).toMatchObject({ deleted: true });

    // What the replicator asks when a document moved on between _changes and _bulk_get.
    const kept = await a.get('kept');
    const next = await a.put({ ...kept, v: 2 });
    await a.replicate.to(remoteDb(url));
    const res = await (
      await fetch(`${url}/_bulk_get?revs=true&latest=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ docs: [{ id: 'kept', rev: kept._rev }] }),
      })
    ).json();
    expect(res.results[0].docs[0].ok).toMatchObject({ _rev: next.rev, v: 2 });
  });

  it('live sync both ways over long-poll _changes carries a write within seconds', async () => {
    const url = await freshDb();
    const a = localDb();
    const b = localDb();
    const calls: HttpCall[] = [];
    const syncA = a.sync(remoteDb(url, calls), { live: true, retry: true, timeout: 1000, heartbeat: false });
    const syncB = b.sync(remoteDb(url), { live: true, retry: true, timeout: 1000, heartbeat: false });
    try {
      // Idle: each long-poll ends after its timeout and the replicator asks again.
      await new Promise((r) => setTimeout(r, 3000));
      const polls = calls.filter((c) => {
        const u = new URL(c.path, server.url);
        return u.pathname.endsWith('/_changes') && u.searchParams.get('feed') === 'longpoll';
      });
      expect(polls.length).toBeGreaterThanOrEqual(2);
      const seen = new Promise<number>((resolve) => {
        const feed = b.changes({ live: true, since: 'now' }).on('change', (c: { id: string }) => {
          if (c.id === 'live-1') {
            feed.cancel();
            resolve(Date.now());
          }
        });
      });
      const t0 = Date.now();
      await a.put({ _id: 'live-1', title: 'written on A' });
      const at = await seen;
      expect(at - t0).toBeLessThan(10_000);
      expect((await b.get('live-1')) as unknown).toMatchObject({ title: 'written on A' });
    } finally {
      syncA.cancel();
      syncB.cancel();
    }
  });

  it('a long-poll with nothing new ends after its timeout with the current last_seq, like CouchDB', async () => {
    const url = await freshDb();
    const t0 = Date.now();
    const res = await fetch(`${url}/_changes?feed=longpoll&since=now&timeout=1000`);
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body).toEqual({ results: [], last_seq: 0 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});

describe('the server process', () => {
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const until = async (ok: () => boolean, ms: number) => {
    for (const end = Date.now() + ms; Date.now() < end && !ok();) await new Promise((r) => setTimeout(r, 50));
    return ok();
  };

  it('is gone after close()', async () => {
    const s = await startCouchServer();
    expect(alive(s.pid)).toBe(true);
    await s.close();
    expect(alive(s.pid)).toBe(false);
  }, 90_000);

  it('exits by itself when the process that started it is killed', async () => {
    const child = fileURLToPath(new URL('couch-server-child.cjs', import.meta.url));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offprint-couch-'));
    fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ log: { file: path.join(dir, 'log.txt') } }));
    // A parent that starts the server, says its pid once it listens, then waits to be killed.
    const parent = spawn(
      process.execPath,
      [
        '-e',
        `const c = require('node:child_process').fork(${JSON.stringify(child)}, [${JSON.stringify(dir)}],
         { silent: true });
         c.on('message', () => console.log(c.pid)); setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const pid = await new Promise<number>((resolve) => parent.stdout.once('data', (d) => resolve(Number(d))));
      expect(alive(pid)).toBe(true);
      parent.kill('SIGKILL');
      expect(await until(() => !alive(pid), 10_000)).toBe(true);
    } finally {
      parent.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('PouchDB 9 through the fault proxy', () => {
  it('sees each fault as an error (a status only for CouchDB’s JSON errors), and completes once healed', async () => {
    const url = await freshDb();
    const proxy = await startFaultProxy(server.url);
    try {
      const a = localDb();
      await a.bulkDocs(Array.from({ length: 30 }, (_, i) => ({ _id: `d${i}`, n: i })));
      const target = () => remoteDb(proxy.url + url.slice(server.url.length));
      const errorOf = async (fault: Fault) => {
        proxy.fail(fault, { when: (r) => r.path.includes('_bulk_docs') });
        const err = await a.replicate.to(target(), { retry: false }).then(
          () => null,
          (e: { status?: number; name?: string; message?: string }) => e,
        );
        proxy.heal();
        return err && { status: err.status, name: err.name, message: err.message };
      };
      const seen = {
        401: await errorOf(401),
        403: await errorOf(403),
        413: await errorOf(413),
        507: await errorOf(507),
        reset: await errorOf('reset'),
        'not-couch': await errorOf('not-couch'),
      };
      // CouchDB's JSON errors keep their status; an HTML answer (413 from a proxy, a web page) and a reset do
      // not: a client that wants to name them must look at the response itself (PouchDB's `fetch` option).
      expect(seen[401]).toMatchObject({ status: 401, name: 'unauthorized' });
      expect(seen[403]).toMatchObject({ status: 403, name: 'forbidden' });
      expect(seen[507]).toMatchObject({ status: 507, name: 'insufficient_storage' });
      expect(seen[413]).toMatchObject({ status: undefined, message: expect.stringMatching(/invalid json/) });
      expect(seen['not-couch']).toMatchObject({ status: undefined, message: expect.stringMatching(/invalid json/) });
      expect(seen.reset).toMatchObject({ status: undefined, message: expect.stringMatching(/ECONNRESET/) });
      const done = await a.replicate.to(target());
      expect(done.ok).toBe(true);
      expect((await remoteDb(url).info()).doc_count).toBe(30);
    } finally {
      await proxy.close();
    }
  });
});
