#!/usr/bin/env node
// `npm run bench:images`: in real Chromium with the e2e build, save a fixture article with 20 images
// served from two local origins (two servers on 127.0.0.1 = two origins), and report how many were
// stored, the time until the text is listed and until the images are done, against a baseline of
// the same article without images (same run). Then stop both servers, turn the network off and
// check that the reader shows all 20 images from storage.
// The e2e build has host permission for http://127.0.0.1/*: this is the "permission granted" case.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

const RUNS = Number(process.env.RUNS ?? 3);
const IMAGES = 20;
const EXT = path.resolve('.output/chrome-mv3-e2e');
if (!fs.existsSync(`${EXT}/manifest.json`)) throw new Error('Build first: npx wxt build --mode e2e');

function png(w, h, seed) {
  let x = seed * 2654435761;
  const rand = () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0, o = 0; y < h; y++) {
    raw[o++] = 0;
    for (let i = 0; i < w; i++)
      for (const base of [(i * 255) / w, (y * 255) / h, seed * 40]) raw[o++] = (base + (rand() % 20)) & 0xff;
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
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
const PNGS = Array.from({ length: IMAGES }, (_, i) => png(720, 450, i + 1));
const WORDS =
  'the council voted late on tuesday to widen the river path after a long public debate about safety cost and the future of the old mill district'.split(
    ' ',
  );
const prose = (i) => Array.from({ length: 80 }, (_, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ') + '.';

function page(title, imgs) {
  const figs = imgs
    .map(
      (src, i) =>
        `<figure><img src="${src}" alt="figure ${i + 1}"><figcaption>Figure ${i + 1}</figcaption></figure><p>${prose(i)}</p>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1><p>${prose(100)}</p><p>${prose(101)}</p>${figs}</article></body></html>`;
}

async function serve(handler) {
  const server = http.createServer(handler);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))) };
}
const imageHandler = (req, res) => {
  const m = req.url.match(/^\/img\/(\d+)\.png/);
  if (!m) return false;
  const body = PNGS[Number(m[1])];
  res
    .writeHead(200, { 'content-type': 'image/png', 'content-length': body.length, 'cache-control': 'no-store' })
    .end(body);
  return true;
};

const b = await serve((req, res) => imageHandler(req, res) || res.writeHead(404).end());
const a = await serve((req, res) => {
  if (imageHandler(req, res)) return;
  const m = req.url.match(/^\/(article|text)\/(\d+)$/);
  if (!m) return res.writeHead(404).end();
  const run = m[2];
  const imgs = m[1] === 'text' ? [] : PNGS.map((_, i) => `${i % 2 ? b.origin : a.origin}/img/${i}.png?run=${run}`);
  res
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(page(`${m[1] === 'text' ? 'Text only' : 'Twenty images'} ${run}`, imgs));
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offprint-bench-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    `--disable-extensions-except=${EXT}`,
    `--load-extension=${EXT}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extId = new URL(sw.url()).host;

async function poll(fn, timeout = 60_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Opens the article, opens the popup on its tab (auto-save), and times list and images. */
async function saveOnce(kind, run) {
  const url = `${a.origin}/${kind}/${run}`;
  const tab = await context.newPage();
  await tab.goto(url);
  const tabId = await sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0].id, url);
  const popup = await context.newPage();
  const t0 = Date.now();
  await popup.goto(`chrome-extension://${extId}/popup.html?tabId=${tabId}`);
  const title = `${kind === 'text' ? 'Text only' : 'Twenty images'} ${run}`;
  await poll(async () => (await popup.locator('#list .item-title').allTextContents()).includes(title));
  const listed = Date.now() - t0;
  let done = listed;
  let stored = 0;
  if (kind === 'article') {
    await poll(
      async () =>
        (await popup
          .locator('#image-progress')
          .getAttribute('data-done')
          .catch(() => null)) === 'yes',
    );
    done = Date.now() - t0;
    stored = Number(((await popup.locator('#image-count').textContent()) ?? '').match(/\d+/)?.[0] ?? 0);
  }
  await popup.close();
  await tab.close();
  return { listed, done, stored, title };
}

const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
const rows = { text: [], article: [] };
for (let run = 1; run <= RUNS; run++) {
  rows.text.push(await saveOnce('text', run));
  rows.article.push(await saveOnce('article', run));
}
const fetchStart = Date.now();
await Promise.all(
  PNGS.map((_, i) => fetch(`${i % 2 ? b.origin : a.origin}/img/${i}.png?plain`).then((r) => r.arrayBuffer())),
);
const plainFetch = Date.now() - fetchStart;

// Offline proof: servers closed, network off, open the last saved article in the reader.
const last = rows.article.at(-1);
await a.close();
await b.close();
await context.setOffline(true);
const outside = [];
context.on('request', (r) => !/^(chrome-extension|blob|data):/.test(r.url()) && outside.push(r.url()));
const list = await context.newPage();
await list.goto(`chrome-extension://${extId}/popup.html`);
const [reader] = await Promise.all([
  context.waitForEvent('page'),
  list.locator('#list .item-title', { hasText: last.title }).first().click(),
]);
await reader.waitForLoadState('domcontentloaded');
const shown = await poll(async () => {
  const n = await reader.evaluate(
    () =>
      [...document.querySelectorAll('#article-body img')].filter(
        (i) => i.complete && i.naturalWidth === 720 && i.src.startsWith('blob:'),
      ).length,
  );
  return n === IMAGES ? n : 0;
}, 15_000).catch(() => 0);
await context.close();
fs.rmSync(dir, { recursive: true, force: true });

const bytes = PNGS.reduce((s, p) => s + p.length, 0);
const mText = median(rows.text.map((r) => r.listed));
const mListed = median(rows.article.map((r) => r.listed));
const mDone = median(rows.article.map((r) => r.done));
console.log(
  `\nbench:images — ${new Date().toISOString().slice(0, 10)}, ${RUNS} runs (median), ${IMAGES} PNGs of 720×450 (${(bytes / 1e6).toFixed(1)} MB) from 2 origins, Chromium ${context.browser()?.version() ?? ''}`,
);
console.log('| measure | median ms | runs (ms) | vs baseline |');
console.log('|---|---:|---|---:|');
console.log(
  `| baseline: same article without images, listed | ${mText} | ${rows.text.map((r) => r.listed).join(', ')} | 1.00× |`,
);
console.log(
  `| 20-image article: text listed | ${mListed} | ${rows.article.map((r) => r.listed).join(', ')} | ${(mListed / mText).toFixed(2)}× |`,
);
console.log(
  `| 20-image article: all images done | ${mDone} | ${rows.article.map((r) => r.done).join(', ')} | ${(mDone / mText).toFixed(2)}× |`,
);
console.log(
  `| plain Node fetch of the 20 images (transfer floor) | ${plainFetch} | | ${(plainFetch / mText).toFixed(2)}× |`,
);
console.log(`\nimages stored per run: ${rows.article.map((r) => `${r.stored}/${IMAGES}`).join(', ')}`);
console.log(
  `reader offline (servers closed, network off): ${shown}/${IMAGES} images shown from storage; requests leaving the extension: ${outside.length}`,
);
if (shown !== IMAGES || outside.length || rows.article.some((r) => r.stored !== IMAGES)) process.exit(1);
