import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A CouchDB-protocol server for tests: pouchdb-server 4.2.0, in memory, on a free port of 127.0.0.1. */
export interface CouchServer {
  /** Server root with a trailing slash, e.g. `http://127.0.0.1:40123/`. */
  url: string;
  /** Child process id (for tests that check nothing is left behind). */
  pid: number;
  /** `url` + a database name. */
  db(name: string): string;
  /** Creates a database (201, or 412 when it exists) and returns its URL. */
  createDb(name: string): Promise<string>;
  /** Stops the server and removes its temporary folder; safe to call twice. */
  close(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('couch-server-child.cjs', import.meta.url));

/**
 * Starts pouchdb-server in a child process that exits with its parent. Resolves once the server answers
 * `GET /`. Times out (and kills the child) after `timeoutMs`.
 */
export async function startCouchServer(opts: { timeoutMs?: number } = {}): Promise<CouchServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offprint-couch-'));
  // Its config and log live in the temporary folder, never in the working tree.
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ log: { file: path.join(dir, 'log.txt') } }));
  const child = fork(CHILD, [dir], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await stop(child);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`pouchdb-server did not start in ${opts.timeoutMs ?? 60_000} ms`)),
        opts.timeoutMs ?? 60_000,
      );
      child.once('message', (m: { port?: number }) => {
        clearTimeout(timer);
        if (m.port) resolve(m.port);
        else reject(new Error('pouchdb-server reported no port'));
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`pouchdb-server exited (${code}) before listening:\n${stderr}`));
      });
    });
    const url = `http://127.0.0.1:${port}/`;
    // A crash later (e.g. pouchdb-server#391) must not pass silently: say why the server went away.
    child.once('exit', (code, signal) => {
      if (!closed) console.error(`pouchdb-server (${url}) exited unexpectedly (${code ?? signal}):\n${stderr}`);
    });
    const res = await fetch(url);
    if (!res.ok) throw new Error(`pouchdb-server answered ${res.status} on GET /`);
    return {
      url,
      pid: child.pid!,
      db: (name) => url + encodeURIComponent(name),
      createDb: async (name) => {
        const r = await fetch(url + encodeURIComponent(name), { method: 'PUT' });
        if (r.status !== 201 && r.status !== 412) throw new Error(`PUT /${name}: ${r.status} ${await r.text()}`);
        return url + encodeURIComponent(name);
      },
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/** SIGTERM, then SIGKILL after 2 s; resolves when the child has exited. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 2000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
