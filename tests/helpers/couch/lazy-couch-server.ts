import net from 'node:net';
import { startCouchServer, type CouchServer } from './couch-server';

/** A test server whose URL is known at once and whose process starts on the first connection. */
export interface LazyCouchServer {
  /** `http://127.0.0.1:<port>/`, valid before the server runs. */
  url: string;
  /** Whether the real server has been started (by a first connection). */
  started(): boolean;
  close(): Promise<void>;
}

/**
 * A TCP gate on a free port of 127.0.0.1 in front of `startCouchServer()`: a test tier's global setup can
 * hand the URL to every test, and only a tier run that connects pays for the server (seconds of CPU).
 * Bytes pass through untouched (keep-alive, long-polls and all).
 */
export async function startLazyCouchServer(
  start: () => Promise<CouchServer> = startCouchServer,
): Promise<LazyCouchServer> {
  let server: Promise<CouchServer> | null = null;
  let closed = false;
  const sockets = new Set<net.Socket>();
  const gate = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    client.pause();
    server ??= start();
    server.then(
      (s) => {
        if (client.destroyed) return;
        const upstream = net.connect(Number(new URL(s.url).port), '127.0.0.1');
        sockets.add(upstream);
        upstream.on('close', () => {
          sockets.delete(upstream);
          client.destroy();
        });
        upstream.on('error', () => client.destroy());
        client.on('close', () => upstream.destroy());
        client.pipe(upstream).pipe(client);
        client.resume();
      },
      () => client.destroy(),
    );
  });
  await new Promise<void>((resolve) => gate.listen(0, '127.0.0.1', resolve));
  const port = (gate.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    started: () => server !== null,
    close: async () => {
      if (closed) return;
      closed = true;
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => gate.close(() => resolve()));
      if (server) await (await server.catch(() => null))?.close();
    },
  };
}
