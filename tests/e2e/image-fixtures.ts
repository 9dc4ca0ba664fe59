import type http from 'node:http';
import zlib from 'node:zlib';

/** A valid RGB PNG of w×h with a gradient and some noise (so it has real weight), deterministic per seed. */
export function makePng(w: number, h: number, seed = 1, noise = 24): Buffer {
  let x = seed * 2654435761;
  const rand = () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0, o = 0; y < h; y++) {
    raw[o++] = 0;
    for (let i = 0; i < w; i++) {
      raw[o++] = ((i * 255) / w + (rand() % noise)) & 0xff;
      raw[o++] = ((y * 255) / h + (rand() % noise)) & 0xff;
      raw[o++] = (seed * 40 + (rand() % noise)) & 0xff;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const cache = new Map<string, Buffer>();

/**
 * Route for servePages: `/img/<n>.png?w=&h=&delay=&cors=1&noise=` answers a generated PNG
 * (`/img/big.png` is over 5 MB); `delay` holds the answer back in ms; `site=1` answers only the site's own pages.
 */
export function imageRoute(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const u = new URL(req.url ?? '/', 'http://127.0.0.1');
  const m = u.pathname.match(/^\/img\/(\w+)\.png$/);
  if (!m) return false;
  const big = m[1] === 'big';
  const w = big ? 1400 : Number(u.searchParams.get('w') ?? 480);
  const h = big ? 1400 : Number(u.searchParams.get('h') ?? 300);
  const noise = big ? 256 : Number(u.searchParams.get('noise') ?? 24);
  const key = `${m[1]}-${w}-${h}-${noise}`;
  const png = cache.get(key) ?? makePng(w, h, parseInt(m[1], 36) % 97, noise);
  cache.set(key, png);
  const headers: Record<string, string> = {
    'content-type': 'image/png',
    'content-length': String(png.length),
    'cache-control': 'no-store',
  };
  if (u.searchParams.get('cors')) headers['access-control-allow-origin'] = '*';
  // `site=1`: hotlink protection, only the site's own pages may load it (the page-context path).
  if (u.searchParams.get('site') && req.headers['sec-fetch-site'] !== 'same-origin') {
    res.writeHead(403, { 'content-type': 'text/plain' }).end('hotlinking not allowed');
    return true;
  }
  const send = () => res.writeHead(200, headers).end(png);
  const delay = Number(u.searchParams.get('delay') ?? 0);
  if (delay) setTimeout(send, delay);
  else send();
  return true;
}

const WORDS = (
  'the council voted late on tuesday to widen the river path after a long public debate about safety cost and ' +
  'the future of the old mill district which residents say has waited years for change'
).split(' ');

/** A paragraph of plain prose, different per index. */
export function prose(i: number, words = 70): string {
  return (
    Array.from({ length: words }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length])
      .join(' ')
      .replace(/^./, (c) => c.toUpperCase()) + '.'
  );
}

/** An article page: a title, an intro, then each figure followed by a paragraph of prose. */
export function articlePage(title: string, figures: string[], extraHead = ''): string {
  const body = figures
    .map((f, i) => `<figure>${f}<figcaption>Figure ${i + 1}</figcaption></figure>\n<p>${prose(i)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${extraHead}</head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Test Writer</p>
<p>${prose(100)}</p><p>${prose(101)}</p>
${body}
<p>${prose(102)}</p></article></main><footer>© Example</footer></body></html>`;
}

/** Serves a fixed HTML page at `path` (a route for servePages). */
export function htmlRoute(path: string, html: () => string, headers: Record<string, string> = {}) {
  return (req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== path) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(html());
    return true;
  };
}

/** Tries each route in turn. */
export function routes(...rs: ((req: http.IncomingMessage, res: http.ServerResponse) => boolean)[]) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => rs.some((r) => r(req, res));
}
