// @vitest-environment node
// Bad input over real HTTP: the engine's own PouchDB HTTP client and fetch, pouchdb-server behind the fault proxy.
import '../../helpers/file-reader';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { saveArticle } from '@/utils/storage/save-article';
import { openRemote } from '@/utils/sync/pouch';
import type { SyncErrorCode } from '@/utils/sync/sync-types';
import { startCouchServer, type CouchServer } from '../../helpers/couch/couch-server';
import { startFaultProxy, type Fault, type FaultProxy } from '../../helpers/couch/fault-proxy';
import { makeArticle } from '../../helpers/make-article';
import { browserProfile, memoryServer } from '../../helpers/sync-browsers';

type Profile = ReturnType<typeof browserProfile>;

let couch: CouchServer;
let proxy: FaultProxy;
beforeAll(async () => {
  couch = await startCouchServer();
  proxy = await startFaultProxy(couch.url);
  // An account to sync with (the server is otherwise open to all, and refuses unknown names).
  const user = await fetch(`${couch.url}_users/org.couchdb.user:alice`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'alice', password: 'pw', roles: [], type: 'user' }),
  });
  expect(user.status).toBeLessThan(300);
}, 90_000);
beforeEach(() => proxy?.heal());
afterAll(async () => {
  await proxy?.close();
  await couch?.close();
});

/** Two profiles on a fresh database reached through the proxy, with the production HTTP client. */
async function twoOn(name: string) {
  await couch.createDb(name);
  const cfg = { url: proxy.url + name, username: 'alice', password: 'pw', passphrase: 'a long sync passphrase' };
  // src/utils/sync/pouch.ts: time-limited fetch, non-CouchDB errors mapped; downloads in batches of 25.
  const deps = { openRemote, pullBatchSize: 25 };
  const a = browserProfile(memoryServer(), 'a', deps);
  const b = browserProfile(memoryServer(), 'b', deps);
  return { a, b, cfg };
}
const save = (p: Profile, n: number) =>
  saveArticle(
    makeArticle(`https://example.com/story-${n}`, `Story ${n} about the tide tables`, { title: `Story ${n}` }),
    p.db,
  );
const urls = async (p: Profile) => (await p.db.articles.toArray()).map((x) => x.url).sort();

const cases: [string, Fault, SyncErrorCode, RegExp, ((r: { method: string; path: string }) => boolean)?][] = [
  ['the server going down mid-sync', 'reset', 'unreachable', /did not answer/, undefined],
  ['a 401 after the password was changed', 401, 'unauthorized', /password/, undefined],
  ['a 413 from a proxy on uploads', 413, 'too-large', /too large/, (r) => r.method === 'POST'],
  ['a full disk on the server (507)', 507, 'server-full', /disk space/, (r) => r.method === 'POST'],
  ['a reply that is not CouchDB', 'not-couch', 'not-couchdb', /not a CouchDB/, undefined],
];

describe('sync over HTTP when the server fails', { timeout: 120_000 }, () => {
  it.each(cases)(
    '%s: a clear error, nothing lost here, and sync resumes when fixed',
    async (_, fault, code, words, when) => {
      const { a, b, cfg } = await twoOn(`faults-${String(fault)}`);
      for (let n = 1; n <= 30; n++) await save(a, n);
      const on = await a.engine.enable(cfg);
      expect(on, JSON.stringify(on)).toMatchObject({ ok: true });
      expect((await b.engine.enable(cfg)).ok).toBe(true);
      // Part-way through: a few requests get through, then the fault. (Uploads of faults that hit POSTs only
      // take few requests now, in batches of 100: one gets through, the next fails.)
      proxy.fail(fault, { after: when ? 1 : 3, when });
      const failed = await a.engine.round();
      expect(failed.state).toBe('error');
      expect(failed.lastError?.code, failed.lastError?.message).toBe(code);
      expect(failed.lastError?.message).toMatch(words);
      expect(await a.db.articles.count()).toBe(30); // nothing lost here
      expect((await a.engine.status()).enabled).toBe(true); // still on: it retries

      proxy.heal();
      for (let i = 0; i < 3; i++) await a.engine.round();
      expect((await a.engine.status()).lastError).toBeNull();
      for (let i = 0; i < 3; i++) await b.engine.round();
      const st = await b.engine.status();
      expect(st.lastError).toBeNull();
      expect(await urls(b)).toEqual(await urls(a));
      expect((await b.db.contents.toArray()).every((c) => /tide tables/.test(c.text))).toBe(true);
    },
  );

  it('a pull cut off mid-way keeps what arrived and finishes on the next round', async () => {
    const { a, b, cfg } = await twoOn('faults-pull');
    for (let n = 1; n <= 60; n++) await save(a, n);
    await a.engine.enable(cfg);
    for (let i = 0; i < 3; i++) await a.engine.round();
    await b.engine.enable(cfg);
    // Cut the pull off right after its first batch (25 documents of 61) is in: PouchDB writes its checkpoint
    // to the server after each batch, and every request after that one is reset. (Counting requests instead
    // depends on how PouchDB pipelines its changes and document requests, which varies with timing.)
    let firstBatchIn = false;
    proxy.fail('reset', {
      when: (r) => {
        if (firstBatchIn) return true;
        if (r.method === 'PUT' && r.path.includes('/_local/')) firstBatchIn = true;
        return false;
      },
    });
    const failed = await b.engine.round();
    expect(failed.lastError?.code, JSON.stringify([failed, proxy.requests.slice(-8)])).toBe('unreachable');
    expect(firstBatchIn).toBe(true);
    // What arrived is kept and already in the library; the rest is not.
    const partial = await b.db.articles.count();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(60);
    proxy.heal();
    const from = proxy.requests.length;
    for (let i = 0; i < 4; i++) await b.engine.round();
    expect(await b.db.articles.count()).toBe(60);
    expect((await b.engine.status()).lastError).toBeNull();
    // The next pull went on from the checkpoint: it did not ask for the changes from the start again.
    const changes = proxy.requests.slice(from).filter((r) => /\/faults-pull\/_changes/.test(r.path));
    expect(changes.length).toBeGreaterThan(0);
    expect(changes[0].path).not.toMatch(/[?&]since=0(&|$)/);
  });
});
