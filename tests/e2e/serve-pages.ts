import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = path.resolve('tests/fixtures');

/**
 * A local test server: /pages/<slug>/ serves tests/fixtures/pages/<slug>/source.html,
 * /sites/<file> serves tests/fixtures/sites/<file>.
 */
export interface PageServer {
  origin: string;
  url(pathname: string): string;
  /** Requests seen, for asserting what the extension fetched. */
  requests: string[];
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.css': 'text/css',
  '.pdf': 'application/pdf',
};

/** Starts the server on a free port of 127.0.0.1 (extra routes are tried first). */
export async function servePages(
  extra?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean,
): Promise<PageServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    if (extra?.(req, res)) return;
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file: string | null = null;
    const page = u.pathname.match(/^\/pages\/([\w-]+)\/?$/);
    if (page) file = path.join(ROOT, 'pages', page[1], 'source.html');
    else if (u.pathname.startsWith('/sites/'))
      file = path.join(ROOT, 'sites', path.normalize(u.pathname.slice(7)).replace(/^(\.\.[/\\])+/, ''));
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (p) => origin + p,
    requests,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections?.();
        server.close(() => r());
      }),
  };
}
