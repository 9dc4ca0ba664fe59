// `npm run bench:choice -- --data <WCXB folder> [--types a,b] [--perturb classes,landmarks] [--out FILE]`
// (see `usage`): is a page's loss in the CHOICE between the extractor's candidates or in the candidates themselves?
// Runs the extractor on the WCXB development pages of folds 0–3 (never the held-out fold 4) with its `step` hook
// (which hands over Readability's tidied block, the main region, the thread and a declared article's longer region)
// and its `decide` hook (which names the test of the choice that settled the page), scores each candidate and the
// kept text against the truth, and prints scripts/lib/choice-report.ts's tables. Fold 3 is the probe fold: its
// pages count in the means only (its rows are written without their ids, and never listed).
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { loadExtractor } from './lib/load-extractor';
import { findBenchDir } from './lib/bench-data';
import { loadBenchSet, pageHtml, type BenchPage } from './lib/bench-pages';
import { HELD_OUT_FOLD } from './lib/domain-folds';
import { wordScore } from './lib/word-score';
import { perturbClasses } from './lib/perturb-classes';
import { perturbLandmarks } from './lib/perturb-landmarks';
import { formatChoiceReport, type CandidateName, type ChoiceRow } from './lib/choice-report';
import type { freshRegion } from '@/utils/extraction/extract-article';
import type { streamedTemplates } from '@/utils/extraction/place-streamed-segments';

const PROBE_FOLD = 3;

const usage = `Options:
  --data DIR          the WCXB development split's folder
  --types A,B         page types (default: documentation,forum,service)
  --perturb A,B       classes and/or landmarks, as bench:extract's --perturb
  --ids A,B           only these pages (of folds 0–2)
  --limit N           only the first N pages (a smoke run)
  --shard I/N         every N-th page from the I-th (0-based): runs side by side, their .jsonl read together
  --worst N           pages of folds 0–2 listed with their largest regrets (default 15)
  --threshold X       a regret counted per type and fold from X (default 0.05)
  --out FILE          the rows as JSON (fold 3's without ids; default bench-results/choice.json), and as
                      FILE.jsonl page by page while it runs (a run cut short keeps them)
  --rows A,B          no run: the report of rows written before (.json or .jsonl files)`;

const PERTURBATIONS: Record<string, (doc: Document) => void> = {
  classes: perturbClasses,
  landmarks: perturbLandmarks,
};

interface Options {
  data: string | null;
  types: Set<string>;
  perturb: string[];
  ids: Set<string> | null;
  limit: number;
  worst: number;
  threshold: number;
  out: string;
  rows: string | null;
  shard: [number, number];
}

function parseChoiceArgs(argv: string[]): Options {
  const o: Options = {
    data: null,
    types: new Set(['documentation', 'forum', 'service']),
    perturb: [],
    ids: null,
    limit: Infinity,
    worst: 15,
    threshold: 0.05,
    out: 'bench-results/choice.json',
    rows: null,
    shard: [0, 1],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data') o.data = argv[++i];
    else if (a === '--types') o.types = new Set(argv[++i].split(','));
    else if (a === '--perturb') {
      o.perturb = argv[++i].split(',');
      const unknown = o.perturb.find((p) => !PERTURBATIONS[p]);
      if (unknown) throw new Error(`--perturb takes "classes", "landmarks" or both, not "${unknown}".\n${usage}`);
    } else if (a === '--ids') o.ids = new Set(argv[++i].split(','));
    else if (a === '--limit') o.limit = Number(argv[++i]);
    else if (a === '--worst') o.worst = Number(argv[++i]);
    else if (a === '--threshold') o.threshold = Number(argv[++i]);
    else if (a === '--out') o.out = argv[++i];
    else if (a === '--rows') o.rows = argv[++i];
    else if (a === '--shard') o.shard = argv[++i].split('/').map(Number) as [number, number];
    else {
      console.log(usage);
      process.exit(a === '--help' ? 0 : 1);
    }
  }
  return o;
}

type Extra = { freshRegion: typeof freshRegion; streamedTemplates: typeof streamedTemplates };

const quiet = new VirtualConsole();

/** One page's row: its kept text, its candidates and the tests that spoke, each scored against the truth. */
function choiceRow(ex: Awaited<ReturnType<typeof loadExtractor<Extra>>>, html: string, page: BenchPage, opt: Options) {
  const dom = new JSDOM(html, { url: page.url, virtualConsole: quiet });
  const doc = dom.window.document;
  for (const p of opt.perturb) PERTURBATIONS[p](doc);
  const score = (h: string | null) => wordScore(h === null ? '' : ex.articleText(h, doc).textContent, page.truth);
  let fresh: string | null;
  try {
    fresh = ex.freshRegion(doc, page.url, ex.streamedTemplates(doc).length > 0)?.region.innerHTML ?? null;
  } catch {
    fresh = null;
  }
  const els: Partial<Record<CandidateName, Element>> = {};
  let block: string | null = null;
  const step = <T>(name: string, run: () => T): T => {
    const r = run();
    if (name === 'region' && !els.region && r instanceof dom.window.Element) els.region = r;
    if (name === 'thread-html' && !els.thread && r instanceof dom.window.Element) els.thread = r;
    if (name === 'tidy' && block === null) block = (r as { html: string }).html;
    if (name === 'fresh-region' && !els.longer && r && typeof r === 'object' && 'region' in r)
      els.longer = (r as { region: Element }).region;
    return r;
  };
  const tests: string[] = [];
  let core: ReturnType<typeof ex.extractArticle>;
  try {
    core = ex.extractArticle(doc, page.url, { step, decide: (t) => tests.push(t) });
  } catch {
    core = null; // a page that throws scores 0, as in bench:extract
  }
  const candidates: ChoiceRow['candidates'] = {};
  if (block !== null) candidates.block = score(block);
  for (const name of ['region', 'thread', 'longer'] as const)
    if (els[name]) candidates[name] = score(els[name].innerHTML);
  const settled = tests.at(-1);
  const source = !core
    ? 'none'
    : settled === 'prefer-thread'
      ? 'thread'
      : settled === 'continues-article'
        ? 'longer'
        : settled === 'continued-sections'
          ? 'sections'
          : settled === 'page-summary'
            ? 'summary'
            : core.kind === 'page'
              ? 'page'
              : // Settled by regionWins: the region when its text is the region's.
                els.region && core.contentHtml === els.region.innerHTML
                ? 'region'
                : 'block';
  const row: ChoiceRow = {
    id: page.id,
    type: page.type,
    fold: page.fold,
    source,
    tests,
    out: score(core?.contentHtml ?? null),
    candidates,
    ...(fresh !== null ? { fresh: score(fresh) } : {}),
  };
  dom.window.close();
  return row;
}

async function main() {
  const opt = parseChoiceArgs(process.argv.slice(2));
  if (opt.rows) {
    const rows = opt.rows.split(',').flatMap((file): ChoiceRow[] => {
      const text = fs.readFileSync(file, 'utf8');
      if (!file.endsWith('.jsonl')) return JSON.parse(text);
      return text
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as ChoiceRow);
    });
    console.log(`bench:choice: ${rows.length} rows of ${opt.rows}\n`);
    console.log(formatChoiceReport(rows, opt.worst, opt.threshold));
    return;
  }
  const set = loadBenchSet(findBenchDir(opt.data));
  if (set.format !== 'wcxb') throw new Error('bench:choice needs the WCXB development split (--data).');
  const ex = await loadExtractor<Extra>([
    "export { freshRegion } from './utils/extraction/extract-article';",
    "export { streamedTemplates } from './utils/extraction/place-streamed-segments';",
  ]);
  const pages = set.pages
    .filter((p) => p.fold !== HELD_OUT_FOLD && opt.types.has(p.type))
    .filter((p) => !opt.ids || (opt.ids.has(p.id) && p.fold !== PROBE_FOLD))
    .slice(0, opt.limit)
    .filter((_, i) => i % opt.shard[1] === opt.shard[0]);
  const rows: ChoiceRow[] = [];
  const shown = (r: ChoiceRow) => (r.fold === PROBE_FOLD ? { ...r, id: '' } : r);
  const lines = opt.out.replace(/\.json$/, '') + '.jsonl';
  fs.mkdirSync(path.dirname(opt.out), { recursive: true });
  fs.writeFileSync(lines, '');
  for (const [i, page] of pages.entries()) {
    const row = choiceRow(ex, pageHtml(set, page.id), page, opt);
    rows.push(row);
    fs.appendFileSync(lines, `${JSON.stringify(shown(row))}\n`);
    await new Promise((resolve) => setImmediate(resolve));
    if ((i + 1) % 50 === 0) process.stderr.write(`${i + 1}/${pages.length}\n`);
  }
  const title = opt.perturb.length ? ` with --perturb ${opt.perturb.join(',')}` : '';
  console.log(`bench:choice on ${rows.length} pages of folds 0–3${title}\n`);
  console.log(formatChoiceReport(rows, opt.worst, opt.threshold));
  fs.writeFileSync(opt.out, JSON.stringify(rows.map(shown)));
  console.log(`\nrows: ${opt.out}`);
}

main().catch((e: Error) => {
  console.error(e?.stack ?? e);
  process.exit(1);
});
