// @vitest-environment node
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { CouchServer } from './couch-server';
import { startLazyCouchServer } from './lazy-couch-server';

/** A stand-in for the real server: answers the path and method, and streams a slow body on /slow. */
async function stubServer(): Promise<CouchServer & { closed: boolean }> {
  const srv = http.createServer((req, res) => {
    if (req.url === '/slow') {
      res.write('{"a":');
      setTimeout(() => res.end('1}'), 300);
      return;
    }
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => res.end(JSON.stringify({ method: req.method, url: req.url, body })));
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/`;
  const stub = {
    url,
    pid: process.pid,
    closed: false,
    db: (n: string) => url + n,
    createDb: async (n: string) => url + n,
    close: async () => {
      stub.closed = true;
      srv.closeAllConnections();
      await new Promise<void>((r) => srv.close(() => r()));
    },
  };
  return stub;
}

describe('startLazyCouchServer', () => {
  it('has a URL at once, starts the server on the first connection only, passes requests through', async () => {
    let starts = 0;
    let stub: Awaited<ReturnType<typeof stubServer>> | undefined;
    const lazy = await startLazyCouchServer(async () => {
      starts++;
      return (stub = await stubServer());
    });
    expect(lazy.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(lazy.started()).toBe(false);
    expect(starts).toBe(0);
    // Concurrent first requests share one start.
    const [a, b] = await Promise.all([
      fetch(lazy.url + 'db/doc', { method: 'PUT', body: '{"x":1}' }).then((r) => r.json()),
      fetch(lazy.url + 'slow').then((r) => r.json()),
    ]);
    expect(a).toEqual({ method: 'PUT', url: '/db/doc', body: '{"x":1}' });
    expect(b).toEqual({ a: 1 });
    expect(starts).toBe(1);
    expect(lazy.started()).toBe(true);
    await lazy.close();
    expect(stub!.closed).toBe(true);
    await expect(fetch(lazy.url)).rejects.toThrow();
  });

  it('closes without starting anything when nobody connected', async () => {
    let starts = 0;
    const lazy = await startLazyCouchServer(async () => {
      starts++;
      return stubServer();
    });
    await lazy.close();
    expect(starts).toBe(0);
  });

  it('a server that fails to start resets the connection instead of hanging', async () => {
    const lazy = await startLazyCouchServer(() => Promise.reject(new Error('no server')));
    await expect(fetch(lazy.url)).rejects.toThrow();
    await lazy.close();
  });
});
