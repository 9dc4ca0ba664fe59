// `npm run bench:fixtures [-- --perturb classes|landmarks|classes,landmarks] [--kind docs|forum|…] [--worst N]
// [--out FILE]`: every fixture of tests/fixtures/pages as a bench. Runs the shipped extraction path the fixture
// test runs (tests/helpers/page-fixture.ts: extract, then sanitize) on each fixture's source.html, normally and
// under each probe (scripts/lib/perturb-classes.ts, perturb-landmarks.ts), and scores its text against the
// text of the fixture's expected.html with WCXB's word F1 (scripts/lib/word-score.ts). Prints per kind (the
// folder's prefix; the news pages' clutter fixtures are "news") the mean F1 / P / R of each run and the drop
// under each probe, then the fixtures that lose the most under each probe (scripts/lib/fixture-probes.ts).
// The fixtures are pages written in the shapes of real sites; under a probe the same shapes come with hashed
// class names or no landmarks, as sites nobody has seen may serve them.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { loadExtractor } from './lib/load-extractor';
import { runScript, ScriptError } from './lib/run-script';
import { machineLoad, runTime } from './lib/bench-report';
import { wordScore } from './lib/word-score';
import { perturbClasses } from './lib/perturb-classes';
import { perturbLandmarks } from './lib/perturb-landmarks';
import {
  FIXTURE_KINDS,
  NEWS_KIND,
  fixtureKind,
  kindTable,
  parseProbe,
  probeRuns,
  summarize,
  worstTable,
  worstUnder,
  type FixtureRow,
  type Probe,
  type RunScore,
} from './lib/fixture-probes';
import type * as PageFixture from '../tests/helpers/page-fixture';

const USAGE = `usage: npm run bench:fixtures [-- options]
  --perturb classes|landmarks|classes,landmarks
                  the probe to run besides the normal run (default: all three)
  --kind K[,K]    only the fixtures of these kinds (${[...FIXTURE_KINDS, NEWS_KIND].join(', ')})
  --worst N       the N fixtures that drop the most under each probe (default 10)
  --out FILE      per-fixture scores and texts as JSON`;

const APPLY: Record<Probe, (doc: Document) => void> = { classes: perturbClasses, landmarks: perturbLandmarks };

interface Options {
  perturb: string[] | null;
  kinds: string[] | null;
  worst: number;
  out: string | null;
}

function parseOptions(argv: string[]): Options {
  const opt: Options = { perturb: null, kinds: null, worst: 10, out: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new ScriptError(`${a} needs a value.\n${USAGE}`);
      return argv[++i];
    };
    if (a === '--perturb') {
      try {
        opt.perturb = [parseProbe(value()).join(',')];
      } catch (e) {
        throw new ScriptError(`${(e as Error).message}\n${USAGE}`);
      }
    } else if (a === '--kind') opt.kinds = value().split(',');
    else if (a === '--worst') opt.worst = Number(value());
    else if (a === '--out') opt.out = value();
    else if (a === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else throw new ScriptError(`Unknown option ${a}.\n${USAGE}`);
  }
  if (!Number.isInteger(opt.worst) || opt.worst < 0) throw new ScriptError(`--worst takes a whole number.\n${USAGE}`);
  return opt;
}

runScript(async () => {
  const opt = parseOptions(process.argv.slice(2));
  const ex = await loadExtractor<typeof PageFixture>(["export * from './tests/helpers/page-fixture';"]);
  const slugs = fs
    .readdirSync(ex.FIXTURE_DIR)
    .filter((d) => fs.existsSync(path.join(ex.FIXTURE_DIR, d, 'source.html')))
    .filter((d) => !opt.kinds || opt.kinds.includes(fixtureKind(d)))
    .sort();
  if (!slugs.length) throw new ScriptError(`No fixture of kind ${opt.kinds?.join(', ')}.\n${USAGE}`);
  const runs = probeRuns(opt.perturb);
  const rows: FixtureRow[] = [];
  const texts: Record<string, Record<string, string>> = {};
  const started = performance.now();
  for (const slug of slugs) {
    const dir = path.join(ex.FIXTURE_DIR, slug);
    const html = fs.readFileSync(path.join(dir, 'source.html'), 'utf8');
    const expectedHtml = fs.readFileSync(path.join(dir, 'expected.html'), 'utf8');
    const expectedDom = new JSDOM(expectedHtml, { url: ex.FIXTURE_URL, virtualConsole: new VirtualConsole() });
    const truth = ex.articleText(expectedDom.window.document.body.innerHTML, expectedDom.window.document).textContent;
    expectedDom.window.close();
    const row: FixtureRow = { slug, kind: fixtureKind(slug), runs: {} };
    texts[slug] = { expected: truth };
    for (const run of runs) {
      const probes = run === 'normal' ? [] : (run.split(',') as Probe[]);
      let score: RunScore;
      try {
        const got = ex.extractFixtureHtml(html, ex, (doc) => probes.forEach((p) => APPLY[p](doc)));
        const text = got?.textContent ?? '';
        texts[slug][run] = text;
        score = { ...wordScore(text, truth), ...(got ? {} : { empty: true }) };
      } catch (e) {
        score = { f1: 0, precision: 0, recall: 0, error: (e as Error).message.split('\n')[0] };
      }
      row.runs[run] = score;
    }
    rows.push(row);
    await new Promise((r) => setImmediate(r));
  }
  const seconds = (performance.now() - started) / 1000;
  const { cores, load } = machineLoad();
  const summary = summarize(rows, runs);
  console.log(
    `Fixtures under the probes: ${slugs.length} fixtures × ${runs.length} runs, ${seconds.toFixed(0)} s ` +
      `(${runTime()}, ${cores} cores, load ${load}); word F1 / P / R against each fixture's expected.html\n`,
  );
  console.log(kindTable(summary, runs));
  for (const run of runs.filter((r) => r !== 'normal')) {
    const worst = worstUnder(rows, run, opt.worst);
    if (!opt.worst) continue;
    console.log(`\nWorst under --perturb ${run} (${worst.length} shown):\n`);
    console.log(worst.length ? worstTable(worst, run) : '(no fixture drops)');
  }
  if (opt.out) {
    fs.writeFileSync(
      opt.out,
      JSON.stringify({ runs, summary, fixtures: rows.map((r) => ({ ...r, texts: texts[r.slug] })) }, null, 1),
    );
    console.log(`\nPer-fixture scores and texts: ${opt.out}`);
  }
});
