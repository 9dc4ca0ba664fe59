// `npm run bench:sync`: sync of a 10,000-article library (real text, 1,000 articles with images) through a local
// CouchDB-protocol server (pouchdb-server, in memory) in real Chromium, next to the baseline measured in the same
// run: plain PouchDB 9 replication of the same articles, bodies and images, default batch size, same server.
// `-- --quick` checks it works in a minute or two; `-- --n N` sets the library size; `-- --help` lists the options.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXTENSION_DIR, CHROMIUM } from '../tests/e2e/launch';
import { startCouchServer } from '../tests/helpers/couch/couch-server';
import type { CorpusDoc } from '../test-hooks/bench-seed';
import { runBaseline, type BaselineFigures } from './lib/sync/pouchdb-baseline';

const USAGE = `npm run bench:sync [-- options]: sync of a large library through a local server, in real Chromium, next to plain PouchDB replication.

Options:
  --n N          articles in the library (10000; --quick: 300); one in ten has images
  --quick        a short run that checks the benchmark works; prints its figures, writes no docs
  --data DIR     text to recombine into articles (default bench/data/scrapinghub: its ground-truth.json)
  --help         this text`;

const DOC = 'docs/sync-bench.md';
const log = (...a: unknown[]) => console.error('[bench:sync]', ...a);

function options() {
  let values;
  try {
    values = parseArgs({
      options: {
        n: { type: 'string' },
        quick: { type: 'boolean' },
        data: { type: 'string' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const n = values.n === undefined ? (values.quick ? 300 : 10_000) : Number(values.n);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--n takes a positive whole number, not ${values.n}\n\n${USAGE}`);
    process.exit(2);
  }
  return { n, quick: !!values.quick, data: values.data, standard: !values.quick && n === 10_000 && !values.data };
}

/** Real news text (the Scrapinghub ground truth in the repository, or --data), as paragraphs per source page. */
function loadCorpus(dir = 'bench/data/scrapinghub'): CorpusDoc[] {
  const file = path.join(dir, 'ground-truth.json');
  if (!fs.existsSync(file)) {
    console.error(`No benchmark text: ${file} is missing (--data takes a folder with a ground-truth.json).`);
    process.exit(2);
  }
  const gt = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { url: string; articleBody: string }>;
  return Object.values(gt)
    .map((d) => ({
      host: URL.canParse(d.url) ? new URL(d.url).hostname.replace(/^www\./, '') : 'example.org',
      paras: (d.articleBody ?? '')
        .split(/\n+/)
        .map((p) => p.trim())
        .filter(Boolean),
    }))
    .filter((d) => d.paras.length);
}

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;

/** The report: the baseline rows now; Offprint's measures (a) and (b) join them once the sync core is in. */
function report(n: number, base: BaselineFigures): string {
  const rows = [
    [
      `plain PouchDB 9: push ${n.toLocaleString('en')} articles, profile A → server (baseline)`,
      `${sec(base.push.ms)} · peak PSS ${mb(base.push.peakPss)}`,
    ],
    [
      `plain PouchDB 9: pull ${n.toLocaleString('en')} articles, server → empty profile B (baseline)`,
      `${sec(base.pull.ms)} · peak PSS ${mb(base.pull.peakPss)}`,
    ],
  ];
  const load = os.loadavg()[0].toFixed(1);
  return [
    `bench:sync — ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC, ${os.cpus().length} cores, load ${load} (1-min average; the machine is shared)`,
    '',
    `Library: ${n.toLocaleString('en')} articles in ${base.library.count.toLocaleString('en')} documents, ` +
      `${mb(base.library.text)} of text (fields and gzip-compressed bodies), ${mb(base.library.images)} of images ` +
      '(one article in ten has 1 to 3).',
    '',
    '| measure | figure |',
    '|---|---|',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    `Check on B: ${base.check.count.toLocaleString('en')} documents; article 0 has ${base.check.attachments} attachments (body and images), ${base.check.bytes.toLocaleString('en')} bytes.`,
    '',
  ].join('\n');
}

async function main() {
  const opts = options();
  if (!fs.existsSync(CHROMIUM) || !fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    console.error(
      `Needs Chromium (${CHROMIUM}) and the e2e build (npx wxt build --mode e2e; npm run bench:sync builds it).`,
    );
    process.exit(1);
  }
  const corpus = loadCorpus(opts.data);
  log(`corpus: ${corpus.length} source pages; library of ${opts.n} articles`);
  const server = await startCouchServer();
  log(`server: pouchdb-server 4.2.0 in memory at ${server.url}`);
  try {
    const base = await runBaseline({ dbUrl: await server.createDb('bench-baseline'), corpus, n: opts.n, log });
    const text = report(opts.n, base);
    console.log(text);
    if (opts.standard && fs.existsSync(DOC)) {
      const doc = fs.readFileSync(DOC, 'utf8');
      fs.writeFileSync(
        DOC,
        doc.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${text}<!-- bench:end -->`),
      );
      log(`wrote the figures to ${DOC}`);
    } else log(`not written to ${DOC}: only a full run (10,000 articles, default data) is recorded`);
  } finally {
    await server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
