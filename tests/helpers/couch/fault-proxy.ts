import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the proxy does instead of passing a request on: answer with an HTTP error a CouchDB server or a proxy
 * in front of it gives (401 wrong password, 403 not allowed, 413 body too large from a proxy, 507 full disk),
 * `reset` the connection, reply `not-couch` (a web page with 200, as a captive portal or a wrong URL does),
 * or `stall` (accept and never answer).
 */
export type Fault = 401 | 403 | 413 | 507 | 'reset' | 'not-couch' | 'stall';

/** A request as the proxy saw it, with what it did. */
export interface ProxiedRequest {
  method: string;
  /** Path and query, e.g. `/db/_bulk_docs`. */
  path: string;
  /** The status answered, or `reset`/`stall`. */
  outcome: number | 'reset' | 'stall';
}

export interface FaultRule {
  /** Only requests this returns true for (default: all). */
  when?: (req: { method: string; path: string }) => boolean;
  /** Let this many matching requests through first (default 0). */
  after?: number;
  /** Fail this many matching requests, then pass again (default: until heal()). */
  times?: number;
}

export interface FaultProxy {
  /** Root URL of the proxy with a trailing slash; a database is `url + name`. */
  url: string;
  /** Every request seen, in order. */
  requests: ProxiedRequest[];
  /** From now on, answer matching requests with `fault` (replaces any earlier rule). */
  fail(fault: Fault, rule?: FaultRule): void;
  /** Pass everything through again. */
  heal(): void;
  close(): Promise<void>;
}

const JSON_TYPE = { 'content-type': 'application/json', 'cache-control': 'must-revalidate' };

/** Bodies as CouchDB 3 (401, 403, 507) and nginx (413) send them. */
const ANSWERS: Record<
  401 | 403 | 413 | 507 | 'not-couch',
  { status: number; headers: Record<string, string>; body: string }
> = {
  401: {
    status: 401,
    headers: JSON_TYPE,
    body: '{"error":"unauthorized","reason":"Name or password is incorrect."}\n',
  },
  403: {
    status: 403,
    headers: JSON_TYPE,
    body: '{"error":"forbidden","reason":"You are not allowed to access this db."}\n',
  },
  413: {
    status: 413,
    headers: { 'content-type': 'text/html', connection: 'close' },
    body:
      '<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n<center><h1>413 Request ' +
      'Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
  },
  507: {
    status: 507,
    headers: JSON_TYPE,
    body: '{"error":"insufficient_storage","reason":"No space left on device"}\n',
  },
  'not-couch': {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body:
      '<!doctype html><html><head><title>Welcome</title></head><body><h1>It works!</h1><p>This is a web server, ' +
      'not a database.</p></body></html>\n',
  },
};

/**
 * An HTTP proxy on a free port of 127.0.0.1 in front of `target` (a server root such as the test CouchDB's
 * URL) that passes requests through (long-polls included) until a test switches on a fault.
 */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const agent = new http.Agent({ keepAlive: true });
  const requests: ProxiedRequest[] = [];
  let rule: (FaultRule & { fault: Fault; seen: number; failed: number }) | null = null;
  const stalled = new Set<http.ServerResponse>();

  const faultFor = (method: string, path: string): Fault | null => {
    if (!rule || (rule.when && !rule.when({ method, path }))) return null;
    rule.seen++;
    if (rule.seen <= (rule.after ?? 0)) return null;
    if (rule.times !== undefined && rule.failed >= rule.times) return null;
    rule.failed++;
    return rule.fault;
  };

  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const entry: ProxiedRequest = { method, path, outcome: 0 };
    requests.push(entry);
    const fault = faultFor(method, path);
    if (fault === 'reset') {
      entry.outcome = 'reset';
      req.socket.resetAndDestroy();
      return;
    }
    if (fault === 'stall') {
      entry.outcome = 'stall';
      stalled.add(res);
      res.on('close', () => stalled.delete(res));
      return;
    }
    if (fault !== null) {
      const answer = ANSWERS[fault];
      entry.outcome = answer.status;
      // Read (and drop) the request body first, as a real server does, so the client sees the answer.
      req.resume();
      req.on('end', () =>
        res
          .writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(answer.body) })
          .end(answer.body),
      );
      return;
    }
    const out = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method,
        path: upstream.pathname.replace(/\/$/, '') + path,
        headers: { ...req.headers, host: upstream.host },
        agent,
      },
      (up) => {
        entry.outcome = up.statusCode ?? 502;
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    // The client went away before the answer was complete (a cancelled long-poll): drop the upstream request.
    res.on('close', () => {
      if (!res.writableFinished) out.destroy();
    });
    req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    requests,
    fail: (fault, r = {}) => {
      rule = { ...r, fault, seen: 0, failed: 0 };
    },
    heal: () => {
      rule = null;
      for (const res of stalled) res.destroy();
    },
    close: async () => {
      for (const res of stalled) res.destroy();
      server.closeAllConnections();
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
