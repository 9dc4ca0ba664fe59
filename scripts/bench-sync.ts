// `npm run bench:sync`: sync of a 10,000-article library (real text, 1,000 articles with images) through a local
// CouchDB-protocol server (pouchdb-server, in memory) in real Chromium, next to the baseline measured in the same
// run: plain PouchDB 9 replication of the same articles, bodies and images, default batch size, same server.
// `-- --quick` checks it works in a few minutes; `-- --n N` sets the library size; `-- --help` lists the options.
import { startCouchServer } from '../tests/helpers/couch/couch-server';
import { benchArgs } from './lib/bench-args';
import { loadCorpus } from './lib/bench-corpus';
import { benchExtension } from './lib/bench-extension';
import { machineLoad, markdownTable, recordInDocs, runTime } from './lib/bench-report';
import { runScript } from './lib/run-script';
import { runBaseline, type BaselineFigures } from './lib/sync/pouchdb-baseline';

const args = benchArgs(
  'npm run bench:sync [-- options]: sync of a large library through a local server, in real Chromium, next to plain PouchDB replication.',
  { n: { help: 'articles in the library (1 in 10 with images)', full: 10_000, quick: 300, env: 'BENCH_N' } },
  { data: 'text to recombine into articles (default bench/data/scrapinghub; or a WCXB-style folder)', build: true },
);
const N = args.n.n;
const log = (...a: unknown[]) => console.error('[bench:sync]', ...a);
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (b: number) => `${(b / 1048576).toFixed(1)} MB`;

/** The report: the baseline rows now; Offprint's measures (a) and (b) join them once the sync core is in. */
function report(base: BaselineFigures): string {
  const { cores, load } = machineLoad();
  const n = N.toLocaleString('en');
  return [
    `bench:sync — ${runTime()}, ${cores} cores, load ${load} (1-min average; the machine is shared)`,
    '',
    `Library: ${n} articles in ${base.library.count.toLocaleString('en')} documents, ` +
      `${mb(base.library.text)} of text (fields and gzip-compressed bodies), ${mb(base.library.images)} of images ` +
      '(one article in ten has 1 to 3).',
    '',
    markdownTable(
      ['measure', 'time', 'peak PSS (all browser processes)'],
      [
        [
          `plain PouchDB 9: push ${n} articles, profile A → server (baseline)`,
          sec(base.push.ms),
          mb(base.push.peakPss),
        ],
        [
          `plain PouchDB 9: pull ${n} articles, server → empty profile B (baseline)`,
          sec(base.pull.ms),
          mb(base.pull.peakPss),
        ],
      ],
    ),
    '',
    `Check on B: ${base.check.count.toLocaleString('en')} documents; article 0 has ${base.check.attachments} ` +
      `attachments (body and images), ${base.check.bytes.toLocaleString('en')} bytes.`,
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
    const text = report(base);
    console.log(text);
    recordInDocs('docs/sync-bench.md', text, args.standard, log);
  } finally {
    await server.close();
  }
}

runScript(main);
