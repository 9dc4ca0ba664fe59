// `npm run bench:passes [-- --data DIR] [--repeat N] [--limit N] [--base REV] [--type T] [--dev] [--every K]
// [--profile FILE] [--out FILE]`: where the extractor's time goes. CPU time (process.cpuUsage: what this process
// spent, not what other processes on a shared machine took from it) of each named pass of extractArticle (its
// `step` hook), best of N per page and pass, next to vanilla Readability 0.6.0 (clone + parse) on the same parsed
// page. With --base, the extractor of another revision (e.g. main) is timed in the same process on the same pages,
// pass by pass: a before/after that load cannot skew; and the two results are compared page by page (JSON of
// extractArticle's whole result), so a speed change that changes any output shows. --dev leaves out WCXB's
// held-out fold; --every K takes every K-th page (a sample of all types, not the first ids). --profile samples V8
// (node:inspector) while this tree's extractor runs once per page (after one run unprofiled, as the timed runs
// have had), writes the profiles to FILE and prints the functions with the most self time; --out writes each
// page's times (JSON). --rules also times each clutter rule (CPU, summed over the pages; both trees with --base):
// which rule a change made slower.
import fs from 'node:fs';
import { Session } from 'node:inspector';
import { JSDOM, VirtualConsole } from 'jsdom';
import { loadExtractor, exportTree, type Extractor } from './lib/load-extractor';
import { findBenchDir } from './lib/bench-data';
import { loadBenchSet, pageHtml } from './lib/bench-pages';
import { runScript, ScriptError } from './lib/run-script';
import { HELD_OUT_FOLD } from './lib/domain-folds';
import { selfTimes } from './lib/cpu-profile';
import { RULE_EXPORTS, timeRules, ruleRows, type RuleModule } from './lib/rule-times';

interface Options {
  data: string | null;
  repeat: number;
  limit: number;
  base: string | null;
  type: string | null;
  dev: boolean;
  profile: string | null;
  out: string | null;
  every: number;
  rules: boolean;
}

function args(argv: string[]): Options {
  const out: Options = {
    data: null,
    repeat: 3,
    limit: Infinity,
    base: null,
    type: null,
    dev: false,
    profile: null,
    out: null,
    every: 1,
    rules: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data') out.data = argv[++i];
    else if (a === '--repeat') out.repeat = Math.max(1, Number(argv[++i]));
    else if (a === '--limit') out.limit = Number(argv[++i]);
    else if (a === '--base') out.base = argv[++i];
    else if (a === '--type') out.type = argv[++i];
    else if (a === '--dev') out.dev = true;
    else if (a === '--profile') out.profile = argv[++i];
    else if (a === '--out') out.out = argv[++i];
    else if (a === '--every') out.every = Math.max(1, Number(argv[++i]));
    else if (a === '--rules') out.rules = true;
    else
      throw new ScriptError(
        `Unknown option ${a}. Options: --data DIR, --repeat N, --limit N, --base REV, --type T, --dev, ` +
          '--every K, --rules, --profile FILE, --out FILE',
      );
  }
  return out;
}

/** CPU microseconds `fn` takes (user + system). */
function cpu(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return d.user + d.system;
}

const quiet = new VirtualConsole();
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
};
const ms = (us: number) => (us / 1000).toFixed(2);

/** Per page: best total of each extractor, best time of each pass (of this tree, and of --base), same output. */
interface PageTimes {
  vanilla: number;
  ours: number;
  base: number;
  passes: Map<string, number>;
  basePasses: Map<string, number>;
  /** With --base: whether both extractors returned the same result (JSON), HTML and text included. */
  same: boolean;
}

/** Runs `fn` with a `step` hook that adds each named pass's CPU time to `best` (the least over runs). */
function timedPasses<T>(best: Map<string, number>, fn: (step: <U>(name: string, run: () => U) => U) => T): T {
  const run = new Map<string, number>();
  const step = <U>(name: string, f: () => U): U => {
    let value: U;
    run.set(name, (run.get(name) ?? 0) + cpu(() => (value = f())));
    return value!;
  };
  const out = fn(step);
  for (const [name, us] of run) best.set(name, Math.min(best.get(name) ?? Infinity, us));
  return out;
}

function timePage(
  ex: Extractor,
  base: Extractor | null,
  html: string,
  url: string,
  repeat: number,
  index: number,
): PageTimes {
  const dom = new JSDOM(html, { url, virtualConsole: quiet });
  const doc = dom.window.document;
  const out: PageTimes = {
    vanilla: Infinity,
    ours: Infinity,
    base: base ? Infinity : 0,
    passes: new Map(),
    basePasses: new Map(),
    same: true,
  };
  let baseResult: unknown = null;
  let ourResult: unknown = null;
  for (let r = 0; r < repeat; r++) {
    out.vanilla = Math.min(
      out.vanilla,
      cpu(() => new ex.Readability(doc.cloneNode(true) as Document).parse()),
    );
    const runBase = () => {
      if (base)
        out.base = Math.min(
          out.base,
          cpu(() => timedPasses(out.basePasses, (step) => (baseResult = base.extractArticle(doc, url, { step })))),
        );
    };
    const runOurs = () => {
      out.ours = Math.min(
        out.ours,
        cpu(() => timedPasses(out.passes, (step) => (ourResult = ex.extractArticle(doc, url, { step })))),
      );
    };
    // The first run on a page pays for what jsdom computes once and keeps (inline styles read): order alternates.
    if (index % 2) {
      runOurs();
      runBase();
    } else {
      runBase();
      runOurs();
    }
  }
  if (base) out.same = JSON.stringify(baseResult) === JSON.stringify(ourResult);
  dom.window.close();
  return out;
}

/** Times each clutter rule of both trees on one page (order alternating by page, as `timePage` does). */
function timeAllRules(
  ex: Partial<RuleModule>,
  base: Partial<RuleModule> | null,
  html: string,
  url: string,
  repeat: number,
  index: number,
  into: { ours: Map<string, number>; base: Map<string, number> },
) {
  const dom = new JSDOM(html, { url, virtualConsole: quiet });
  const runs: [Partial<RuleModule>, Map<string, number>][] = [[ex, into.ours]];
  if (base) runs[index % 2 ? 'push' : 'unshift']([base, into.base]);
  for (const [mod, best] of runs) {
    if (!mod.CLUTTER_RULES) throw new ScriptError('--rules: this revision has no CLUTTER_RULES to time');
    timeRules(mod as RuleModule, dom.window.document, repeat, best);
  }
  dom.window.close();
}

type Profile = Parameters<typeof selfTimes>[0];

/** Self time by function of this tree's extractor over the pages (one V8 profile per page, summed). */
async function profilePages(ex: Extractor, set: ReturnType<typeof loadBenchSet>, pages: { id: string; url: string }[]) {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res))),
    );
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  const total = new Map<string, number>();
  const profiles: Profile[] = [];
  for (const page of pages) {
    const dom = new JSDOM(pageHtml(set, page.id), { url: page.url, virtualConsole: quiet });
    // One run first, as the timed runs have had (best of N): the page's text flattened (the parser builds a text
    // node's string in pieces, joined at its first read) and jsdom's lists of the page cached.
    ex.extractArticle(dom.window.document, page.url);
    await post('Profiler.start');
    ex.extractArticle(dom.window.document, page.url);
    const { profile } = (await post('Profiler.stop')) as { profile: Profile };
    profiles.push(profile);
    for (const { name, ms } of selfTimes(profile)) total.set(name, (total.get(name) ?? 0) + ms);
    dom.window.close();
    await new Promise((resolve) => setImmediate(resolve));
  }
  session.disconnect();
  return { total, profiles };
}

async function main() {
  const opt = args(process.argv.slice(2));
  const set = loadBenchSet(findBenchDir(opt.data));
  const pages = set.pages
    .filter((p) => !opt.type || p.type === opt.type)
    .filter((p) => !opt.dev || p.fold !== HELD_OUT_FOLD)
    .filter((_, i) => i % opt.every === 0)
    .slice(0, opt.limit);
  const extra = opt.rules ? RULE_EXPORTS : [];
  const ex = await loadExtractor<Partial<RuleModule>>(extra);
  const base = opt.base ? await loadExtractor<Partial<RuleModule>>(extra, exportTree(opt.base)) : null;
  const times: PageTimes[] = [];
  const rules = { ours: new Map<string, number>(), base: new Map<string, number>() };
  for (const [i, page] of pages.entries()) {
    const html = pageHtml(set, page.id);
    times.push(timePage(ex, base, html, page.url, opt.repeat, i));
    if (opt.rules) timeAllRules(ex, base, html, page.url, opt.repeat, i, rules);
    await new Promise((resolve) => setImmediate(resolve));
    if (process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${pages.length}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  const names = [...new Set(times.flatMap((t) => [...t.passes.keys(), ...t.basePasses.keys()]))];
  if (opt.out) {
    const rows = times.map((t, i) => ({
      id: pages[i].id,
      type: pages[i].type,
      ...t,
      passes: Object.fromEntries(t.passes),
      basePasses: Object.fromEntries(t.basePasses),
    }));
    fs.writeFileSync(opt.out, JSON.stringify(rows));
  }
  const sum = (f: (t: PageTimes) => number) => times.reduce((s, t) => s + f(t), 0);
  const total = sum((t) => t.ours);
  console.log(
    `CPU time per page, best of ${opt.repeat}, ${times.length} pages from ${set.dir}, ${new Date().toISOString()}\n`,
  );
  // Each pass: median and mean CPU time over all pages (0 where it did not run), share of the total, and the
  // pages it ran on; with --base, the same for the base revision beside it.
  const passRow = (name: string, of: (t: PageTimes) => Map<string, number>, all: number) => {
    const xs = times.map((t) => of(t).get(name) ?? 0);
    const s = xs.reduce((a, b) => a + b, 0);
    const ran = times.filter((t) => of(t).has(name)).length;
    return `${ms(median(xs))} | ${ms(s / xs.length)} | ${((100 * s) / (all || 1)).toFixed(1)} % | ${ran}`;
  };
  const baseTotal = sum((t) => t.base);
  if (base) {
    console.log(
      `| pass | this tree: median ms | mean ms | share | pages | ${opt.base}: median ms | mean ms | share | pages |`,
    );
    console.log('|---|---|---|---|---|---|---|---|---|');
  } else {
    console.log('| pass | median ms | mean ms | share of Offprint total | pages it ran on |');
    console.log('|---|---|---|---|---|');
  }
  for (const name of names) {
    const extra = base ? ` | ${passRow(name, (t) => t.basePasses, baseTotal)}` : '';
    console.log(`| ${name} | ${passRow(name, (t) => t.passes, total)}${extra} |`);
  }
  const row = (label: string, f: (t: PageTimes) => number) => {
    const xs = times.map(f);
    const ratio = median(times.map((t) => f(t) / t.vanilla));
    const over = median(xs) / median(times.map((t) => t.vanilla));
    console.log(
      `| ${label} | ${ms(median(xs))} | ${ms(sum(f) / times.length)} | ${over.toFixed(3)}× | ${ratio.toFixed(3)}× |`,
    );
  };
  console.log('\n| extractor | median ms | mean ms | median / Readability median | median of per-page ratios |');
  console.log('|---|---|---|---|---|');
  row('Readability 0.6.0 (clone + parse)', (t) => t.vanilla);
  if (base) row(`Offprint at ${opt.base}`, (t) => t.base);
  row('Offprint (this tree)', (t) => t.ours);
  if (base) {
    const differ = times.flatMap((t, i) => (t.same ? [] : [pages[i].id]));
    console.log(
      `\nOutput (extractArticle's whole result, JSON) of this tree and ${opt.base}: ` +
        (differ.length
          ? `${differ.length} of ${times.length} pages differ: ${differ.slice(0, 20).join(', ')}`
          : `identical on all ${times.length} pages`),
    );
  }
  if (opt.rules) {
    console.log(
      `\nCPU ms of each clutter rule, summed over the ${times.length} pages (best of ${opt.repeat} per page):\n`,
    );
    console.log(
      base ? `| rule | this tree | ${opt.base} | change |\n|---|---|---|---|` : '| rule | this tree |\n|---|---|',
    );
    for (const line of ruleRows(rules.ours, base ? rules.base : null)) console.log(line);
  }
  if (opt.profile) {
    const { total, profiles } = await profilePages(ex, set, pages);
    fs.writeFileSync(opt.profile, JSON.stringify(profiles));
    const all = [...total.values()].reduce((a, b) => a + b, 0);
    console.log(`\nSelf time by function, this tree, one run per page (${opt.profile}):\n`);
    console.log('| function | ms | share |');
    console.log('|---|---|---|');
    for (const [name, t] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`| ${name} | ${t.toFixed(1)} | ${((100 * t) / all).toFixed(1)} % |`);
  }
}

runScript(main);
