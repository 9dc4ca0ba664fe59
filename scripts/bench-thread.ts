// `npm run bench:thread [-- --sizes 50,200,1000] [--repeat N] [--engines a,b] [--base REV] [--out FILE]`: how the
// extractor's time grows with a thread's post count. It builds thread pages of N posts from the repository's own
// forum fixtures (tests/fixtures/pages/forum-*: the opening post, then the fixture's first reply repeated N − 1
// times, each copy with its own invented text and ids), so it runs from a fresh clone with no data. Per engine
// and N it prints the median CPU time (process.cpuUsage) of Offprint's extractArticle and of vanilla Readability
// (clone + parse) on the same parsed page, their ratio, the time per post, the posts Offprint kept, the slowest
// stages (extractArticle's `step` hook) and the growth factor: time per post at the largest N over the smallest
// (1.0 is linear). With --base, another revision's extractor is timed in the same process on the same pages and
// the two results are compared (JSON of extractArticle's whole result). Not part of `npm test`: scale is a bench.
import fs from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { loadExtractor, exportTree, type Extractor } from './lib/load-extractor';
import { runScript, ScriptError } from './lib/run-script';
import { ENGINES, threadPage, type Engine } from './lib/thread-pages';

const USAGE =
  'npm run bench:thread [-- --sizes 50,200,1000] [--repeat N] [--engines slug,slug] [--base REV] [--out FILE]';

interface Options {
  sizes: number[];
  repeat: number;
  engines: Engine[];
  base: string | null;
  out: string | null;
}

function args(argv: string[]): Options {
  const out: Options = { sizes: [50, 200, 1000], repeat: 3, engines: ENGINES, base: null, out: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new ScriptError(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--help') throw new ScriptError(USAGE);
    else if (a === '--sizes') out.sizes = value().split(',').map(Number);
    else if (a === '--repeat') out.repeat = Number(value());
    else if (a === '--base') out.base = value();
    else if (a === '--out') out.out = value();
    else if (a === '--engines') {
      const want = value().split(',');
      out.engines = ENGINES.filter((e) => want.includes(e.slug) || want.includes(e.slug.replace(/^forum-/, '')));
      if (!out.engines.length) throw new ScriptError(`no engine among ${want.join(', ')}\n${USAGE}`);
    } else throw new ScriptError(`unknown option ${a}\n${USAGE}`);
  }
  if (out.sizes.some((n) => !Number.isInteger(n) || n < 2) || !(out.repeat >= 1))
    throw new ScriptError(`sizes are whole numbers of 2 or more, repeat at least 1\n${USAGE}`);
  return out;
}

/** The fixture's canonical address (or an invented one): extractArticle reads the URL. */
function pageUrl(html: string): string {
  return /<link[^>]+rel="canonical"[^>]+href="([^"]+)"/i.exec(html)?.[1] ?? 'https://forum.example.org/t/1';
}

/** CPU milliseconds (user + system) `fn` takes. */
function cpuMs(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Timing {
  ms: number;
  stages: Map<string, number>;
  result: string;
  kind: string;
  posts: number;
}

/** Median over `repeat` runs of `ex.extractArticle` on fresh parses of `html` (parsing not timed). */
function timeOffprint(ex: Extractor, html: string, url: string, repeat: number): Timing {
  const runs: number[] = [];
  const stages = new Map<string, number[]>();
  let result = '';
  let kind = '';
  let posts = 0;
  for (let r = 0; r < repeat; r++) {
    const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
    const own = new Map<string, number>();
    const step = <U>(name: string, f: () => U): U => {
      let value: U;
      own.set(name, (own.get(name) ?? 0) + cpuMs(() => (value = f())));
      return value!;
    };
    let core: ReturnType<Extractor['extractArticle']> = null;
    runs.push(cpuMs(() => (core = ex.extractArticle(doc, url, { step }))));
    for (const [name, ms] of own) stages.set(name, [...(stages.get(name) ?? []), ms]);
    const c = core as ReturnType<Extractor['extractArticle']>;
    result = JSON.stringify(c);
    kind = c?.pageKind ?? 'none';
    posts = (c?.contentHtml.match(/<article>\s*<header>/g) ?? []).length;
  }
  return {
    ms: median(runs),
    stages: new Map([...stages].map(([k, v]) => [k, median(v)])),
    result,
    kind,
    posts,
  };
}

/** Median CPU time of vanilla Readability (clone + parse) on fresh parses of `html`. */
function timeReadability(ex: Extractor, html: string, url: string, repeat: number): number {
  const runs: number[] = [];
  for (let r = 0; r < repeat; r++) {
    const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
    runs.push(cpuMs(() => new ex.Readability(doc.cloneNode(true) as Document).parse()));
  }
  return median(runs);
}

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

runScript(async () => {
  const opt = args(process.argv.slice(2));
  const ex = await loadExtractor();
  const base = opt.base ? await loadExtractor([], exportTree(opt.base)) : null;
  const rows: object[] = [];
  let allSame = true;
  console.log(
    `bench:thread: sizes ${opt.sizes.join(', ')}, median of ${opt.repeat} (CPU ms)` +
      `${opt.base ? `, base ${opt.base}` : ''}\n`,
  );
  for (const engine of opt.engines) {
    console.log(`## ${engine.slug}\n`);
    console.log(
      '| posts | kept | kind | Offprint ms | ms/post | Readability ms | ratio |' +
        `${base ? ' base ms | same |' : ''} slowest stages (ms) |`,
    );
    console.log(`|---|---|---|---|---|---|---|${base ? '---|---|' : ''}---|`);
    const perPost: number[] = [];
    const basePerPost: number[] = [];
    for (const n of opt.sizes) {
      const html = threadPage(engine, n);
      const url = pageUrl(html);
      const ours = timeOffprint(ex, html, url, opt.repeat);
      const theirs = base ? timeOffprint(base, html, url, opt.repeat) : null;
      const rd = timeReadability(ex, html, url, opt.repeat);
      const same = theirs ? theirs.result === ours.result : true;
      allSame &&= same;
      perPost.push(ours.ms / n);
      if (theirs) basePerPost.push(theirs.ms / n);
      const slow = [...ours.stages]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([k, v]) => `${k} ${f1(v)}`)
        .join(', ');
      console.log(
        `| ${n} | ${ours.posts} | ${ours.kind} | ${f1(ours.ms)} | ${f2(ours.ms / n)} | ${f1(rd)} |` +
          ` ${f1(ours.ms / rd)} |` +
          `${theirs ? ` ${f1(theirs.ms)} | ${same ? 'yes' : 'NO'} |` : ''} ${slow} |`,
      );
      rows.push({
        engine: engine.slug,
        posts: n,
        kept: ours.posts,
        kind: ours.kind,
        offprintMs: ours.ms,
        readabilityMs: rd,
        stages: Object.fromEntries(ours.stages),
        ...(theirs ? { baseMs: theirs.ms, same } : {}),
      });
    }
    const growth = (xs: number[]) => f2(xs[xs.length - 1] / xs[0]);
    console.log(
      `\ngrowth (ms/post at ${opt.sizes[opt.sizes.length - 1]} over ${opt.sizes[0]}): ${growth(perPost)}` +
        `${base ? `; base ${growth(basePerPost)}` : ''}\n`,
    );
  }
  if (base) console.log(allSame ? 'Output identical to the base on every page.' : 'OUTPUT DIFFERS from the base.');
  if (opt.out) fs.writeFileSync(opt.out, JSON.stringify(rows, null, 1));
});
