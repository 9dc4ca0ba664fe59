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
      endLongPollOnTimeout(req, res);
      return inner(req, res);
    };
  }
  return createServer.apply(this, args);
};

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
