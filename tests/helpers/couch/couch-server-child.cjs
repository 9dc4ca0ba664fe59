// Child process of startCouchServer (couch-server.ts): runs pouchdb-server 4.2.0 in memory on a port the
// system picks, tells the parent that port over IPC, and exits as soon as the parent goes away (so a killed
// test runner never leaves a server behind).
'use strict';
const http = require('node:http');
const net = require('node:net');
const path = require('node:path');

const dir = process.argv[2];
if (!dir || !process.send) {
  console.error('usage: fork(couch-server-child.cjs, [tmpDir]) from startCouchServer');
  process.exit(2);
}

// The parent's IPC channel closes when it exits or is killed: follow it.
process.on('disconnect', () => process.exit(0));

// pouchdb-server's CLI reads "--port 0" as "no port" (5984), but a non-number PORT passes through to
// listen(): "0" lets the system pick a free port. Report the one it picked.
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  this.once('listening', () => process.send({ port: this.address().port }));
  return listen.apply(this, args);
};
process.env.PORT = '0';

// express-pouchdb 4.2.0 ignores `timeout` on a long-poll `_changes` with nothing new: the request stays open
// until the next change, where CouchDB ends it after `timeout` ms (default 60 s) with the current last_seq.
// PouchDB 9 relies on the server for that (it sets no timeout of its own), and a bounded sync round needs it.
// Wrap the server's request handler so a long-poll ends like CouchDB's.
const createServer = http.createServer;
http.createServer = function (...args) {
  const handler = args.findIndex((a) => typeof a === 'function');
  if (handler >= 0) {
    const inner = args[handler];
    args[handler] = (req, res) => {
      if (answerLocalDocs(req, res)) return;
      trackLocalDocs(req, res);
      endLongPollOnTimeout(req, res);
      return inner(req, res);
    };
  }
  return createServer.apply(this, args);
};

// `GET /db/_local_docs` (CouchDB 2+) lists a database's _local documents (replication checkpoints); PouchDB
// has no way to list them, so the wrapper remembers each one written or deleted over HTTP, and answers it.
const localIds = new Map(); // db name → Set of "_local/…" ids

function trackLocalDocs(req, res) {
  if (req.method !== 'PUT' && req.method !== 'DELETE') return;
  const dbOnly = new URL(req.url, 'http://127.0.0.1').pathname.match(/^\/([^_/][^/]*)\/?$/);
  if (dbOnly && req.method === 'DELETE')
    return void res.on('finish', () => localIds.delete(decodeURIComponent(dbOnly[1])));
  const m = new URL(req.url, 'http://127.0.0.1').pathname.match(/^\/([^_/][^/]*)\/_local\/([^/]+)$/);
  if (!m) return;
  const db = decodeURIComponent(m[1]);
  const id = '_local/' + decodeURIComponent(m[2]);
  res.on('finish', () => {
    if (res.statusCode >= 300) return;
    if (!localIds.has(db)) localIds.set(db, new Set());
    localIds.get(db)[req.method === 'PUT' ? 'add' : 'delete'](id);
  });
}

function answerLocalDocs(req, res) {
  const m = new URL(req.url, 'http://127.0.0.1').pathname.match(/^\/([^_/][^/]*)\/_local_docs$/);
  if (!m || req.method !== 'GET') return false;
  const ids = [...(localIds.get(decodeURIComponent(m[1])) ?? [])].sort();
  const rows = ids.map((id) => ({ id, key: id, value: { rev: '0-1' } }));
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ total_rows: null, offset: null, rows }) + '\n');
  return true;
}

function endLongPollOnTimeout(req, res) {
  if (req.method !== 'GET' && req.method !== 'POST') return;
  const url = new URL(req.url, 'http://127.0.0.1');
  const db = url.pathname.match(/^\/([^_/][^/]*)\/_changes$/);
  if (!db || url.searchParams.get('feed') !== 'longpoll') return;
  const timeout = Math.max(0, Number(url.searchParams.get('timeout') ?? 60000)) || 60000;
  let timer = setTimeout(function fire() {
    if (res.writableEnded) return;
    // Still answering from what the database had: the long wait has not begun.
    if (!res.headersSent) return void (timer = setTimeout(fire, 50));
    // The update sequence now is the feed's last_seq (CouchDB's answer to a long-poll that saw nothing).
    const info = http.get({ host: '127.0.0.1', port: req.socket.localPort, path: '/' + db[1] }, (r) => {
      let body = '';
      r.on('data', (d) => (body += d));
      r.on('end', () => {
        if (res.writableEnded) return;
        let seq;
        try {
          seq = JSON.parse(body).update_seq;
        } catch {
          seq = url.searchParams.get('since') ?? 0;
        }
        res.end('],\n"last_seq":' + JSON.stringify(seq) + '}\n');
        // express-pouchdb's own listener may still fire on the next change: it must not write again.
        res.write = () => true;
        res.end = () => res;
      });
    });
    info.on('error', () => res.destroy());
  }, timeout);
  res.on('close', () => clearTimeout(timer));
  res.on('finish', () => clearTimeout(timer));
}
process.argv = [
  process.argv[0],
  'pouchdb-server',
  '--in-memory',
  '--host',
  '127.0.0.1',
  '--config',
  path.join(dir, 'config.json'),
  '--dir',
  path.join(dir, 'db'),
  '--no-stdout-logs',
];
require('pouchdb-server/lib/index.js');
