// `npm run bench:sync`: sync of a 10,000-article library (real text, 1,000 articles with images) through a local
// CouchDB-protocol server (pouchdb-server, in memory) in real Chromium, next to the baseline measured in the same
// run: plain PouchDB 9 replication of the same articles, bodies and images, default batch size, same server.
// Offprint's measures: scripts/lib/sync/offprint-sync.ts. `-- --quick` checks it works in a few minutes;
// `-- --n N` sets the library size; `-- --help` lists the options.
import { startCouchServer } from '../tests/helpers/couch/couch-server';
import { benchArgs } from './lib/bench-args';
import { loadCorpus } from './lib/bench-corpus';
import { benchExtension } from './lib/bench-extension';
import { machineLoad, markdownTable, recordInDocs, runTime } from './lib/bench-report';
import { runScript } from './lib/run-script';
import { runBaseline, type BaselineFigures } from './lib/sync/pouchdb-baseline';
import { runOffprint, timingLines, type OffprintFigures } from './lib/sync/offprint-sync';
import { saveLine, SLOW_SAVE_MS, slowSaveLines } from './lib/sync/save-trace';

const args = benchArgs(
  'npm run bench:sync [-- options]: sync of a large library through a local server, in real Chromium, next to ' +
    'plain PouchDB replication.',
  { n: { help: 'articles in the library (1 in 10 with images)', full: 10_000, quick: 300, env: 'BENCH_N' } },
  { data: 'text to recombine into articles (default bench/data/scrapinghub; or a WCXB-style folder)', build: true },
);
const N = args.n.n;
const log = (...a: unknown[]) => console.error('[bench:sync]', ...a);
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const ratio = (x: number, y: number) => `${(x / y).toFixed(2)}×`;

/** The report: Offprint's measures next to the plain-PouchDB baseline of the same run. */
function report(base: BaselineFigures, off: OffprintFigures): string {
  const { cores, load } = machineLoad();
  const n = N.toLocaleString('en');
  const baseTotal = base.push.ms + base.pull.ms;
  const offTotal = off.push.ms + off.pull.ms;
  return [
    `bench:sync — ${runTime()}, ${cores} cores, load ${load} (1-min average; the machine is shared with other ` +
      'engineers, so times vary run to run)',
    '',
    `Library: ${n} articles in ${base.library.count.toLocaleString('en')} documents, ` +
      `${mb(base.library.text)} of text (fields and gzip-compressed bodies), ${mb(base.library.images)} of images ` +
      '(one article in ten has 1 to 3).',
    '',
    markdownTable(
      ['measure', 'time', 'peak PSS (all browser processes)', 'vs baseline'],
      [
        [
          `plain PouchDB 9: push ${n} articles, profile A → server (baseline)`,
          sec(base.push.ms),
          mb(base.push.peakPss),
          '',
        ],
        [
          `plain PouchDB 9: pull ${n} articles, server → empty profile B (baseline)`,
          sec(base.pull.ms),
          mb(base.pull.peakPss),
          '',
        ],
        [
          `Offprint (a): A turns sync on until the server holds the library (encrypted)`,
          sec(off.push.ms),
          mb(off.push.peakPss),
          ratio(off.push.ms, base.push.ms),
        ],
        [
          `Offprint (a): empty B turns sync on until the last article is listed and found by search`,
          sec(off.pull.ms),
          mb(off.pull.peakPss),
          ratio(off.pull.ms, base.pull.ms),
        ],
        [`(a) A → B in all (target ≤ 2× baseline)`, sec(offTotal), '', ratio(offTotal, baseTotal)],
      ],
    ),
    '',
    `(b) one save in A until listed on B's open library page, ${off.saves.length} saves: ` +
      `p50 ${sec(pct(off.saves, 50))}, p95 ${sec(pct(off.saves, 95))} (target p95 ≤ 5 s).`,
    '',
    `(b) each save's way (the first of each step after the save was made; A's wake, round, sealing ` +
      '(flushed) and push, B’s long-poll, round, pull and apply), and the whole trace of every save over ' +
      `${sec(SLOW_SAVE_MS)}:`,
    '',
    '```',
    ...off.traces.map((t, k) => saveLine(k, t)),
    ...off.traces.flatMap((t, k) => (t.ms >= SLOW_SAVE_MS ? slowSaveLines(k, t) : [])),
    '```',
    '',
    `Check on B (baseline): ${base.check.count.toLocaleString('en')} documents; article 0 has ` +
      `${base.check.attachments} attachments (body and images), ${base.check.bytes.toLocaleString('en')} bytes.`,
    '',
    'Where the time went (each profile’s background, wall time per phase from Turn on sync; phases nest and ' +
      'overlap, so they do not add up):',
    '',
    '```',
    ...timingLines(off.timings.a).map((l) => `A  ${l}`),
    ...timingLines(off.timings.b).map((l) => `B  ${l}`),
    '```',
    '',
  ].join('\n');
}

async function main() {
  const { docs } = loadCorpus(args.data); // before the build: a wrong --data fails at once
  const extensionDir = benchExtension('bench-sync-extension', args.build);
  log(`corpus: ${docs.length} source pages; library of ${N} articles`);
  const server = await startCouchServer();
  log(`server: pouchdb-server 4.2.0 in memory at ${server.url}`);
  try {
    const base = await runBaseline({
      dbUrl: await server.createDb('bench-baseline'),
      corpus: docs,
      n: N,
      extensionDir,
      log,
    });
    const off = await runOffprint({ server, corpus: docs, n: N, extensionDir, log });
    const text = report(base, off);
    console.log(text);
    recordInDocs('docs/sync-bench.md', text, args.standard, log);
  } finally {
    await server.close();
  }
}

runScript(main);
