// `npm run train:chooser -- --data <WCXB folder> [--collect] [--types a,b] [--write]` (see `usage`).
// Fits and tests a learned chooser between the main region and Readability's block on the WCXB development
// pages of folds 0–3 (never the held-out fold 4): `--collect` runs the extractor on them with its `choice`
// hook, records the features (utils/extraction/choice-features.ts) and the word F1 of each candidate (the region's
// and the tidied block's text, as the app stores them) into bench-results/chooser-rows.json (scores and
// features only, no page text); then a logistic regression, weighted by what each page's choice is worth,
// is cross-validated by domain fold (trained on three of folds 0–3, tested on the fourth) against the hand
// rules (preferRegion), and with `--write` fitted on all four folds and written to bench-results/chooser-model.json.
// The model did not beat the hand rules (docs/extraction.md, session 25): the extractor ships none.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { loadExtractor } from './lib/load-extractor';
import { findBenchDir } from './lib/bench-data';
import { loadBenchSet, pageHtml } from './lib/bench-pages';
import { HELD_OUT_FOLD } from './lib/domain-folds';
import { mean, snippetRate, wordScore } from './lib/word-score';
import { fit, odds, samplesOf, type ChooserRow } from './lib/chooser-fit';

const usage = `Options:
  --data DIR    the WCXB development split's folder
  --collect     run the extractor on the development pages first (else read bench-results/chooser-rows.json)
  --types A,B   page types to collect (default: all)
  --limit N     only the first N pages (a smoke run)
  --l2 X        regularization (default 1)
  --without X   a page's gain is its F1 less X times the boilerplate (\`without\`) snippets it adds (default 0)
  --only A,B    fit only these features (the others get no weight)
  --write       fit on folds 0–3 and write bench-results/chooser-model.json`;

const ROWS = 'bench-results/chooser-rows.json';
const MODEL = 'bench-results/chooser-model.json';

function args(argv: string[]) {
  const o = { data: null as string | null, collect: false, types: null as Set<string> | null, limit: Infinity };
  const more = { l2: 1, write: false, without: 0, only: undefined as Set<string> | undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data') o.data = argv[++i];
    else if (a === '--collect') o.collect = true;
    else if (a === '--types') o.types = new Set(argv[++i].split(','));
    else if (a === '--limit') o.limit = Number(argv[++i]);
    else if (a === '--l2') more.l2 = Number(argv[++i]);
    else if (a === '--write') more.write = true;
    else if (a === '--without') more.without = Number(argv[++i]);
    else if (a === '--only') more.only = new Set(argv[++i].split(','));
    else {
      console.log(usage);
      process.exit(a === '--help' ? 0 : 1);
    }
  }
  return { ...o, ...more };
}

async function collect(dataDir: string | null, types: Set<string> | null, limit: number): Promise<ChooserRow[]> {
  const set = loadBenchSet(findBenchDir(dataDir));
  if (set.format !== 'wcxb') throw new Error('--collect needs the WCXB development split (--data).');
  const ex = await loadExtractor();
  const pages = set.pages.filter((p) => p.fold !== HELD_OUT_FOLD && (!types || types.has(p.type))).slice(0, limit);
  const quiet = new VirtualConsole();
  const rows: ChooserRow[] = [];
  for (const [i, page] of pages.entries()) {
    const dom = new JSDOM(pageHtml(set, page.id), { url: page.url, virtualConsole: quiet });
    const doc = dom.window.document;
    let region: Element | null = null;
    let tidyHtml: string | null = null;
    let features: number[] | undefined;
    const step = <T>(name: string, run: () => T): T => {
      const r = run();
      if (name === 'region' && !region && r instanceof dom.window.Element) region = r;
      if (name === 'tidy' && tidyHtml === null) tidyHtml = (r as { html: string }).html;
      return r;
    };
    const choice = (f: number[]) => (features = f);
    const score = (html: string | null): [number, number] => {
      const text = html === null ? '' : ex.articleText(html, doc).textContent;
      return [wordScore(text, page.truth).f1, snippetRate(text, page.without)];
    };
    let outHtml: string | null;
    try {
      outHtml = ex.extractArticle(doc, page.url, { step, choice })?.contentHtml ?? null;
    } catch {
      outHtml = null; // a page that throws scores 0, as in bench:extract
    }
    const row: ChooserRow = { id: page.id, type: page.type, fold: page.fold, out: score(outHtml) };
    if (features) {
      row.features = features;
      row.region = score((region as Element | null)?.innerHTML ?? null);
      row.article = score(tidyHtml);
    }
    rows.push(row);
    dom.window.close();
    await new Promise((resolve) => setImmediate(resolve));
    if ((i + 1) % 50 === 0) process.stderr.write(`${i + 1}/${pages.length}\n`);
  }
  return rows;
}

/** Each page's F1 and `without` rate under a chooser (the output where the chooser was not asked). */
function under(rows: ChooserRow[], pick: (r: ChooserRow) => 'region' | 'article' | 'best'): [number, number][] {
  return rows.map((r) => {
    if (!r.features || !r.region || !r.article) return r.out;
    const p = pick(r);
    if (p === 'best') return r.region[0] >= r.article[0] ? r.region : r.article;
    return p === 'region' ? r.region : r.article;
  });
}

function report(rows: ChooserRow[], l2: number, without: number, only?: Set<string>) {
  // Cross-validation by domain fold: each development fold's pages are chosen by a model trained on the other three.
  const cv = new Map<ChooserRow, number>();
  for (let f = 0; f < HELD_OUT_FOLD; f++) {
    const m = fit(
      samplesOf(
        rows.filter((r) => r.fold !== f),
        without,
      ),
      l2,
      only,
    );
    for (const r of rows) if (r.fold === f && r.features) cv.set(r, odds(m, r.features));
  }
  const choosers = {
    rules: (r: ChooserRow) => (r.features![0] === 1 ? 'region' : 'article'),
    'model (cv)': (r: ChooserRow) => (cv.get(r)! > 0.5 ? 'region' : 'article'),
    'flip at 0.7': (r: ChooserRow) => (cv.get(r)! > (r.features![0] === 1 ? 0.3 : 0.7) ? 'region' : 'article'),
    best: () => 'best',
  } as const;
  const types = [...new Set(rows.map((r) => r.type))].sort();
  const head = ['type', 'n', 'asked', ...Object.keys(choosers).flatMap((k) => [`${k} F1`, 'without'])];
  const lines = [head.join(' | ')];
  for (const t of [...types, 'all']) {
    const sub = rows.filter((r) => t === 'all' || r.type === t);
    const cells = Object.values(choosers).flatMap((c) => {
      const s = under(sub, c as (r: ChooserRow) => 'region' | 'article' | 'best');
      return [mean(s.map((x) => x[0])).toFixed(4), `${(100 * mean(s.map((x) => x[1]))).toFixed(1)} %`];
    });
    lines.push([t, sub.length, sub.filter((r) => r.features).length, ...cells].join(' | '));
  }
  console.log(`Cross-validated by domain fold (folds 0–3), l2 ${l2}:\n${lines.join('\n')}`);
  const changed = rows.filter((r) => r.features && cv.get(r)! > 0.5 !== (r.features[0] === 1));
  const gain = (r: ChooserRow) => (cv.get(r)! > 0.5 ? 1 : -1) * (r.region![0] - r.article![0]);
  console.log(
    `choices changed: ${changed.length} (better ${changed.filter((r) => gain(r) > 1e-4).length}, ` +
      `worse ${changed.filter((r) => gain(r) < -1e-4).length})`,
  );
}

async function main() {
  const opt = args(process.argv.slice(2));
  if (opt.collect) {
    const rows = await collect(opt.data, opt.types, opt.limit);
    fs.mkdirSync(path.dirname(ROWS), { recursive: true });
    fs.writeFileSync(ROWS, JSON.stringify(rows));
  }
  const rows: ChooserRow[] = JSON.parse(fs.readFileSync(ROWS, 'utf8'));
  report(rows, opt.l2, opt.without, opt.only);
  if (opt.write) {
    const m = fit(samplesOf(rows, opt.without), opt.l2, opt.only);
    fs.writeFileSync(MODEL, JSON.stringify(m, null, 1) + '\n');
    console.log(`model: ${MODEL} (${samplesOf(rows, opt.without).length} pages)`);
  }
}

main().catch((e: Error) => {
  console.error(e?.stack ?? e);
  process.exit(1);
});
