// @vitest-environment node
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTlsProxy, type TlsProxy } from './tls-proxy';

let upstream: http.Server;
let proxy: TlsProxy;
beforeAll(async () => {
  upstream = http.createServer((req, res) => res.end(JSON.stringify({ couchdb: 'Welcome', url: req.url })));
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
  proxy = await startTlsProxy(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}/`);
});
afterAll(async () => {
  await proxy.close();
  upstream.closeAllConnections();
  await new Promise((r) => upstream.close(r));
});

const get = (url: string, ca?: string) =>
  new Promise<string>((resolve, reject) => {
    https
      .get(url, { ca }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve(body));
      })
      .on('error', reject);
  });

describe('startTlsProxy', () => {
  it('serves HTTPS on 127.0.0.1 with a fresh self-signed certificate', () => {
    expect(proxy.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
    expect(proxy.cert).toMatch(/^-----BEGIN CERTIFICATE-----/);
  });

  it('is refused by a client that does not trust the certificate (the TLS error path)', async () => {
    await expect(get(proxy.url + 'db')).rejects.toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    await expect(fetch(proxy.url)).rejects.toThrow(/fetch failed/);
  });

  it('reaches the server behind it for a client that trusts the certificate', async () => {
    expect(JSON.parse(await get(proxy.url + 'db/doc', proxy.cert))).toEqual({ couchdb: 'Welcome', url: '/db/doc' });
  });
});
