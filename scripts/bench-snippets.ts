// `npm run bench:snippets -- --data DIR [--limit N] [--repeat N] [--worst N] [--out FILE]`: Offprint and vanilla
// Readability 0.6.0 on a corpus of pages nobody on the team chose or tuned on: trafilatura's evaluation set (990 pages
// of news, blogs and mixed sites in many languages, each with main-text and boilerplate snippets; the folder `tests/`
// of github.com/adbar/trafilatura, Apache-2.0: `evaldata.json`, `eval/`, `cache/`). Scored as trafilatura's
// `tests/evaluate.py` scores (scripts/lib/snippet-score.ts), so the figures sit beside the published table of its
// docs/evaluation.rst. The pages are the sites' own and are not in this repository: give the folder with --data.
// --worst N lists the pages where Offprint finds fewer snippets than Readability (net of boilerplate), with what
// it missed or kept; --out writes each page's counts and times (JSON).
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { loadExtractor } from './lib/load-extractor';
import { markdownTable } from './lib/bench-report';
import { alternateOrder } from './lib/alternate-order';
import {
  addCounts,
  collapse,
  countPage,
  readSnippetCorpus,
  snippetScores,
  type SnippetCounts,
  type SnippetPage,
} from './lib/snippet-score';

interface Options {
  data: string;
  limit: number;
  repeat: number;
  worst: number;
  out: string | null;
}

const USAGE =
  'Usage: npm run bench:snippets -- --data DIR [--limit N] [--repeat N] [--worst N] [--out FILE]\n' +
  'DIR is the tests/ folder of trafilatura (evaldata.json, eval/, cache/): ' +
  'git clone https://github.com/adbar/trafilatura';

function args(argv: string[]): Options {
  const opt: Options = { data: '', limit: Infinity, repeat: 1, worst: 0, out: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data') opt.data = argv[++i] ?? '';
    else if (a === '--limit') opt.limit = Number(argv[++i]);
    else if (a === '--repeat') opt.repeat = Math.max(1, Number(argv[++i]));
    else if (a === '--worst') opt.worst = Number(argv[++i]);
    else if (a === '--out') opt.out = argv[++i] ?? null;
    else if (a === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`Unknown option ${a}.\n${USAGE}`);
  }
  if (!opt.data) throw new Error(`Give the corpus folder.\n${USAGE}`);
  if (!fs.existsSync(path.join(opt.data, 'evaldata.json')))
    throw new Error(`${opt.data} holds no evaldata.json: give trafilatura's tests/ folder.\n${USAGE}`);
  return opt;
}

/** The page's file, from cache/ or eval/ as the corpus's own reader looks for it. */
function pageFile(dir: string, file: string): string | null {
  for (const sub of ['cache', 'eval']) {
    const p = path.join(dir, sub, file);
    if (fs.existsSync(p)) return p;
  }
  return null;
}

interface Run {
  ms: number;
  text: string | null;
}

function best(fn: () => string | null, repeat: number): Run {
  let out: Run = { ms: Infinity, text: null };
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    let text: string | null;
    try {
      text = fn();
    } catch {
      text = null;
    }
    const ms = performance.now() - t0;
    if (ms < out.ms) out = { ms, text };
  }
  return out;
}

interface Row {
  url: string;
  file: string;
  vanilla: SnippetCounts & { ms: number };
  ours: SnippetCounts & { ms: number; threw: boolean };
  missed: string[];
  kept: string[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fixed = (x: number) => x.toFixed(3);

async function main() {
  const opt = args(process.argv.slice(2));
  const corpus = readSnippetCorpus(JSON.parse(fs.readFileSync(path.join(opt.data, 'evaldata.json'), 'utf8')));
  const entries = [...corpus.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).slice(0, opt.limit);
  const missing = entries.filter(([, p]) => !pageFile(opt.data, p.file));
  if (missing.length)
    throw new Error(
      `${missing.length} pages of evaldata.json have no file in cache/ or eval/, e.g. ${missing[0][1].file}`,
    );
  const ex = await loadExtractor();
  const quiet = new VirtualConsole();
  const rows: Row[] = [];
  for (const [index, [url, page]] of entries.entries()) {
    // The bytes as served: jsdom reads the page's declared or sniffed encoding, as a browser does.
    const bytes = fs.readFileSync(pageFile(opt.data, page.file) as string);
    const dom = new JSDOM(bytes, { url, virtualConsole: quiet, contentType: 'text/html' });
    const doc = dom.window.document;
    const runVanilla = () =>
      best(() => new ex.Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '', opt.repeat);
    const runOurs = () =>
      best(() => {
        const core = ex.extractArticle(doc, url);
        return core ? (ex.articleText(core.contentHtml, doc).textContent ?? '') : '';
      }, opt.repeat);
    const [vanilla, ours] = alternateOrder(index, runVanilla, runOurs);
    dom.window.close();
    const text = ours.text === null ? '' : collapse(ours.text);
    rows.push({
      url,
      file: page.file,
      vanilla: { ...countPage(page, vanilla.text), ms: vanilla.ms },
      ours: { ...countPage(page, ours.text), ms: ours.ms, threw: ours.text === null },
      missed: page.with.filter((s) => !text.includes(collapse(s))),
      kept: page.without.filter((s) => text.includes(collapse(s))),
    });
    await new Promise((resolve) => setImmediate(resolve));
    if ((index + 1) % 100 === 0) process.stderr.write(`${index + 1}/${entries.length}\n`);
  }
  report(
    rows,
    opt,
    entries.map(([, p]) => p),
  );
}

function report(rows: Row[], opt: Options, pages: SnippetPage[]) {
  const withs = pages.reduce((n, p) => n + p.with.length, 0);
  const withouts = pages.reduce((n, p) => n + p.without.length, 0);
  console.log(
    `\n${rows.length} documents, ${withs} text & ${withouts} boilerplate segments (${opt.data}), ` +
      `${new Date().toISOString()}, best of ${opt.repeat}\n`,
  );
  const vMs = rows.map((r) => r.vanilla.ms);
  const oMs = rows.map((r) => r.ours.ms);
  const line = (name: string, c: SnippetCounts, time: string) => {
    const s = snippetScores(c);
    return [name, fixed(s.precision), fixed(s.recall), fixed(s.accuracy), fixed(s.f1), time];
  };
  console.log(
    markdownTable(
      ['extractor', 'precision', 'recall', 'accuracy', 'F-score', 'median ms'],
      [
        line('Readability 0.6.0 (clone + parse)', addCounts(rows.map((r) => r.vanilla)), median(vMs).toFixed(1)),
        line(
          'Offprint',
          addCounts(rows.map((r) => r.ours)),
          `${median(oMs).toFixed(1)} (${(median(oMs) / median(vMs)).toFixed(2)}×; per-page ratios ` +
            `${median(rows.map((r) => r.ours.ms / Math.max(r.vanilla.ms, 1e-3))).toFixed(2)}×)`,
        ),
      ],
    ),
  );
  const net = (c: SnippetCounts) => c.tp - c.fp;
  const worse = rows.filter((r) => net(r.ours) < net(r.vanilla)).length;
  const better = rows.filter((r) => net(r.ours) > net(r.vanilla)).length;
  const threw = rows.filter((r) => r.ours.threw).length;
  console.log(
    `\nPages where Offprint finds more snippets than Readability, net of boilerplate: ${better}; fewer: ${worse}; ` +
      `Offprint threw on ${threw}.`,
  );
  if (opt.worst > 0) {
    const worst = rows
      .filter((r) => net(r.ours) < net(r.vanilla))
      .sort((a, b) => net(a.ours) - net(a.vanilla) - (net(b.ours) - net(b.vanilla)))
      .slice(0, opt.worst);
    console.log(`\nThe ${worst.length} pages where Offprint trails Readability most:`);
    for (const r of worst) {
      console.log(`- ${r.url} (${r.file}): net ${net(r.ours)} vs ${net(r.vanilla)}`);
      for (const s of r.missed) console.log(`    missed: ${s.slice(0, 100)}`);
      for (const s of r.kept) console.log(`    kept:   ${s.slice(0, 100)}`);
    }
  }
  if (opt.out) fs.writeFileSync(opt.out, JSON.stringify({ date: new Date().toISOString(), rows }, null, 1));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
