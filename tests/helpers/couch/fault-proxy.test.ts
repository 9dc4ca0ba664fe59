// @vitest-environment node
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFaultProxy, type FaultProxy } from './fault-proxy';

// Upstream: echoes method, path and body; /slow streams its answer over 300 ms (a long-poll).
let upstream: http.Server;
let upstreamUrl: string;
let proxy: FaultProxy;
beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    if (req.url === '/db/_changes?feed=longpoll') {
      res.writeHead(200, { 'content-type': 'application/json' }).write('{"results":[\n');
      setTimeout(() => res.end('],"last_seq":7}'), 300);
      return;
    }
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () =>
      res
        .writeHead(201, { 'content-type': 'application/json', 'x-upstream': 'yes' })
        .end(JSON.stringify({ method: req.method, url: req.url, body })),
    );
  });
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/`;
  proxy = await startFaultProxy(upstreamUrl);
});
afterEach(() => {
  proxy.heal();
  proxy.requests.length = 0;
});
afterAll(async () => {
  await proxy.close();
  upstream.closeAllConnections();
  await new Promise((r) => upstream.close(r));
});

const put = (path: string, body = '{"big":"' + 'x'.repeat(200_000) + '"}') =>
  fetch(proxy.url + path, { method: 'PUT', body, headers: { 'content-type': 'application/json' } });

describe('startFaultProxy', () => {
  it('passes requests, bodies, statuses and headers through, and streams long answers', async () => {
    const res = await put('db/doc?x=1', '{"a":1}');
    expect(res.status).toBe(201);
    expect(res.headers.get('x-upstream')).toBe('yes');
    expect(await res.json()).toEqual({ method: 'PUT', url: '/db/doc?x=1', body: '{"a":1}' });
    const poll = await fetch(proxy.url + 'db/_changes?feed=longpoll');
    expect(await poll.json()).toEqual({ results: [], last_seq: 7 });
    expect(proxy.requests).toEqual([
      { method: 'PUT', path: '/db/doc?x=1', outcome: 201 },
      { method: 'GET', path: '/db/_changes?feed=longpoll', outcome: 200 },
    ]);
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [507, 'insufficient_storage'],
  ] as const)('answers %i with CouchDB’s JSON error', async (status, error) => {
    proxy.fail(status);
    const res = await put('db/doc');
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect((await res.json()).error).toBe(error);
    expect(proxy.requests.at(-1)?.outcome).toBe(status);
  });

  it('answers 413 with an nginx HTML page, after reading the large body', async () => {
    proxy.fail(413);
    const res = await put('db/_bulk_docs');
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(await res.text()).toContain('413 Request Entity Too Large');
  });

  it('replies with a web page that is not CouchDB (200, HTML)', async () => {
    proxy.fail('not-couch');
    const res = await fetch(proxy.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    await expect(res.clone().json()).rejects.toThrow();
    expect(await res.text()).toContain('not a database');
  });

  it('resets the connection', async () => {
    proxy.fail('reset');
    await expect(fetch(proxy.url + 'db')).rejects.toThrow(/fetch failed/);
    expect(proxy.requests.at(-1)?.outcome).toBe('reset');
  });

  it('stalls until healed', async () => {
    proxy.fail('stall');
    const pending = fetch(proxy.url + 'db').then(
      () => 'answered',
      () => 'dropped',
    );
    const first = await Promise.race([pending, new Promise((r) => setTimeout(() => r('waiting'), 300))]);
    expect(first).toBe('waiting');
    proxy.heal();
    expect(await pending).toBe('dropped');
  });

  it('fails only matching requests, after the first `after`, for `times` requests', async () => {
    proxy.fail(507, { when: (r) => r.method === 'POST' && r.path.endsWith('/_bulk_docs'), after: 1, times: 2 });
    const post = () => fetch(proxy.url + 'db/_bulk_docs', { method: 'POST', body: '{}' }).then((r) => r.status);
    expect(await fetch(proxy.url + 'db').then((r) => r.status)).toBe(201);
    expect([await post(), await post(), await post(), await post()]).toEqual([201, 507, 507, 201]);
  });

  it('heal() passes everything again', async () => {
    proxy.fail(401);
    expect((await fetch(proxy.url + 'db')).status).toBe(401);
    proxy.heal();
    expect((await fetch(proxy.url + 'db')).status).toBe(201);
  });
});
