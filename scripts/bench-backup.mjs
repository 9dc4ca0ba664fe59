#!/usr/bin/env node
// `npm run bench:backup`: full backup and restore of a 10,000-article library (images for 1,000 of
// them) in real Chromium with real IndexedDB, with the peak memory of ALL the browser's processes
// (RSS and PSS summed from /proc, sampled every 100 ms), not only the JS heap. Baseline in the same run:
// a plain read of every table a page at a time (for export) and a plain write of those rows into a
// scratch database (for restore), no zip and no validation. Writes the table to docs/backup.md.
// Env: BENCH_N (10000), BENCH_IMAGES (2 per imaged article), BENCH_NO_BUILD=1.
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const N = Number(process.env.BENCH_N ?? 10_000);
const IMAGES = Number(process.env.BENCH_IMAGES ?? 2);
const BUILD = path.resolve('.output/chrome-mv3-e2e');
const EXT = path.resolve('.cache/bench-backup-extension');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CORPUS_FILE = 'bench/data/scrapinghub/ground-truth.json';
const log = (...a) => console.error('[bench:backup]', ...a);
const mb = (x) => `${(x / 1048576).toFixed(0)} MB`;
const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;

function corpus() {
  const gt = JSON.parse(fs.readFileSync(CORPUS_FILE, 'utf8'));
  return Object.values(gt)
    .map((d) => ({
      host: new URL(d.url).hostname.replace(/^www\./, ''),
      paras: d.articleBody
        .split(/\n+/)
        .map((p) => p.trim())
        .filter(Boolean),
    }))
    .filter((d) => d.paras.length);
}

/** PIDs of the browser started with this profile and all its descendants (renderers, GPU, utility…). */
function browserPids(userDataDir) {
  const parent = new Map();
  let root = null;
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      parent.set(pid, stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!root && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--user-data-dir=${userDataDir}`))
        root = pid;
    } catch {
      /* the process ended while it was read */
    }
  }
  if (!root) return [];
  // The first match may be a child that also got the flag; climb to the topmost one.
  for (
    let p = parent.get(root);
    p &&
    fs.existsSync(`/proc/${p}/cmdline`) &&
    fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(`--user-data-dir=${userDataDir}`);
    p = parent.get(p)
  )
    root = p;
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const [pid, pp] of parent) if (pp === out[i]) out.push(pid);
  return out;
}

function memoryOf(pids) {
  let rss = 0,
    pss = 0;
  for (const pid of pids) {
    try {
      const r = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      rss += Number(/^Rss:\s+(\d+)/m.exec(r)?.[1] ?? 0) * 1024;
      pss += Number(/^Pss:\s+(\d+)/m.exec(r)?.[1] ?? 0) * 1024;
    } catch {
      /* the process ended while it was read */
    }
  }
  return { rss, pss, procs: pids.length };
}

/** Samples the browser's memory every 100 ms while `fn` runs; returns fn's result and the peaks. */
async function sampled(userDataDir, fn) {
  let peak = { rss: 0, pss: 0, procs: 0 };
  let pids = browserPids(userDataDir);
  let n = 0;
  const timer = setInterval(() => {
    if (++n % 10 === 0) pids = browserPids(userDataDir); // renderers come and go
    const m = memoryOf(pids);
    if (m.rss > peak.rss) peak = { ...peak, rss: m.rss, procs: m.procs };
    if (m.pss > peak.pss) peak.pss = m.pss;
  }, 100);
  try {
    const t = performance.now();
    const result = await fn();
    return { result, ms: performance.now() - t, peak };
  } finally {
    clearInterval(timer);
  }
}

const heap = (page) => page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);

async function main() {
  if (!process.env.BENCH_NO_BUILD) spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit' });
  fs.rmSync(EXT, { recursive: true, force: true });
  fs.cpSync(BUILD, EXT, { recursive: true });
  const docs = corpus();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offprint-bench-backup-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
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
      '--enable-precise-memory-info',
    ],
  });
  try {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(sw.url()).host}/options.html`);
    await page.waitForFunction(() => !!globalThis.__offprintData);
    await page.evaluate((c) => (globalThis.__corpus = c), docs);
    log(`seeding ${N} articles (images for ${Math.ceil(N / 10)}, ${IMAGES} each) from ${docs.length} real articles…`);
    const t0 = performance.now();
    for (let i = 0; i < N; i += 250) {
      await page.evaluate(
        ([a, b, k]) => globalThis.__offprintData.seedBackupBench(globalThis.__corpus, a, b, k),
        [i, Math.min(N, i + 250), IMAGES],
      );
      if (i % 2000 === 0) log(`  ${i} / ${N}`);
    }
    const lib = await page.evaluate(async () => {
      const db = globalThis.__offprintData.getDb();
      const images = await db.images.toArray();
      return {
        articles: await db.articles.count(),
        images: images.length,
        imageBytes: images.reduce((s, im) => s + im.bytes, 0),
        usage: (await navigator.storage.estimate()).usage,
      };
    });
    log(`seeded in ${sec(performance.now() - t0)}: ${JSON.stringify(lib)}`);
    const idle = memoryOf(browserPids(dir));

    const base = await sampled(dir, () => page.evaluate(() => globalThis.__offprintData.copyBaseline()));
    log(`baseline: read ${sec(base.result.readMs)}, write ${sec(base.result.writeMs)}`);
    const exp = await sampled(dir, () =>
      page.evaluate(async () => {
        const { blob, manifest } = await globalThis.__offprintData.exportBackup();
        globalThis.__backup = blob;
        return { bytes: blob.size, counts: manifest.counts, heap: performance.memory?.usedJSHeapSize ?? null };
      }),
    );
    log(`export: ${sec(exp.ms)}, ${mb(exp.result.bytes)}`);
    const expHeap = await heap(page);
    await page.evaluate(() => globalThis.__offprintData.wipe());
    const res = await sampled(dir, () =>
      page.evaluate(async () => {
        const s = await globalThis.__offprintData.restoreBackup(globalThis.__backup, 'merge', {
          writeSettings: async () => {},
        });
        return { added: s.added, skipped: s.skipped.length };
      }),
    );
    log(`restore: ${sec(res.ms)}, ${JSON.stringify(res.result)}`);
    const after = await page.evaluate(async () => {
      const db = globalThis.__offprintData.getDb();
      return {
        articles: await db.articles.count(),
        images: await db.images.count(),
        originals: await db.originals.count(),
      };
    });
    if (after.articles !== lib.articles || after.images !== lib.images)
      throw new Error(`restore lost data: ${JSON.stringify(after)} vs ${JSON.stringify(lib)}`);
    const resHeap = await heap(page);

    const rows = [
      [
        'library',
        `${lib.articles.toLocaleString('en')} articles (real text, gzipped originals), ${lib.images.toLocaleString('en')} images (${mb(lib.imageBytes)}); IndexedDB usage ${mb(lib.usage)}`,
        '',
      ],
      ['baseline: plain read of every table, page by page', sec(base.result.readMs), 'baseline'],
      [
        'full backup (export to .zip Blob)',
        `${sec(exp.ms)} → ${mb(exp.result.bytes)} zip`,
        `${(exp.ms / base.result.readMs).toFixed(1)}× baseline read`,
      ],
      ['baseline: plain write of the same rows to a scratch DB', sec(base.result.writeMs), 'baseline'],
      [
        'restore (validate all, then write, merge into empty library)',
        sec(res.ms),
        `${(res.ms / base.result.writeMs).toFixed(1)}× baseline write`,
      ],
      [
        'browser processes, idle after seeding (RSS / PSS sum)',
        `${mb(idle.rss)} / ${mb(idle.pss)} (${idle.procs} processes)`,
        '',
      ],
      ['peak during baseline copy (RSS / PSS)', `${mb(base.peak.rss)} / ${mb(base.peak.pss)}`, ''],
      [
        'peak during export (RSS / PSS)',
        `${mb(exp.peak.rss)} / ${mb(exp.peak.pss)}`,
        `+${mb(exp.peak.pss - idle.pss)} PSS over idle`,
      ],
      [
        'peak during restore (RSS / PSS)',
        `${mb(res.peak.rss)} / ${mb(res.peak.pss)}`,
        `+${mb(res.peak.pss - idle.pss)} PSS over idle`,
      ],
      [
        'options page JS heap after export / after restore',
        `${expHeap == null ? 'n/a' : mb(expHeap)} / ${resHeap == null ? 'n/a' : mb(resHeap)}`,
        '',
      ],
    ];
    const table = ['| measure | result | ratio |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
      '\n',
    );
    console.log('\n' + table);
    const when = new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
    const body = `Taken ${when} with \`npm run bench:backup\` (BENCH_N=${N}, Chromium ${CHROMIUM}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} at the end: the machine was shared with other engineers' builds and tests, so the figures are under load).\n\n${table}\n`;
    const doc = 'docs/backup.md';
    if (fs.existsSync(doc))
      fs.writeFileSync(
        doc,
        fs
          .readFileSync(doc, 'utf8')
          .replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${body}<!-- bench:end -->`),
      );
    log(`wrote the table to ${doc}`);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
