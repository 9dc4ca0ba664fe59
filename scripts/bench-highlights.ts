// `npm run bench:highlights`: in real Chromium with the built extension, the reader's open time for a long
// article (>= 20,000 words of real news text, bench/data/scrapinghub by default) with 200 highlights:
//   (a) the first open after a Re-extract that changed 5 % of its words (every highlight re-anchored),
//   (b) later opens (anchors stored: only checked),
// each p95 over 20 opens, next to the open of the same article without highlights in the same run.
// Open time = navigation start → the reader's `offprint:highlights` mark (body rendered, highlights anchored
// and drawn). Asserts that all 200 are registered and that every quote still in the text was found.
// `-- --quick` checks it works in a minute or two; `-- --help` lists the options.
import { launch } from '../tests/e2e/launch';
import { benchArgs } from './lib/bench-args';
import { loadCorpus } from './lib/bench-corpus';
import { benchExtension } from './lib/bench-extension';
import { machineLoad, markdownTable, recordInDocs, runTime } from './lib/bench-report';
import { runScript, ScriptError } from './lib/run-script';

const args = benchArgs(
  'npm run bench:highlights [-- options]: reader open time of a long article with 200 highlights, ' +
    'first open after a Re-extract and later opens, next to the plain open.',
  {
    runs: { help: 'opens of each kind (p95 over them)', full: 20, quick: 3, env: 'RUNS' },
    highlights: { help: 'highlights on the article', full: 200, quick: 200 },
    words: { help: 'least words in the article', full: 20_000, quick: 20_000 },
  },
  { data: 'text the article is made of (default bench/data/scrapinghub; or a WCXB-style folder)', build: true },
);
const RUNS = args.n.runs;
const HIGHLIGHTS = args.n.highlights;
const MIN_WORDS = args.n.words;
const CHANGED = 0.05;
const log = (...a: unknown[]) => console.error('[bench:highlights]', ...a);

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Paragraphs of real text (the corpus's article bodies, in file order) to MIN_WORDS words. */
function paragraphs(): string[][] {
  const out: string[][] = [];
  let words = 0;
  for (const doc of loadCorpus(args.data).docs)
    for (const p of doc.paras) {
      const w = p.split(/\s+/).filter(Boolean);
      if (w.length < 8 || words >= MIN_WORDS * 1.05) continue;
      out.push(w);
      words += w.length;
    }
  if (words < MIN_WORDS)
    throw new ScriptError(`The text has ${words} words in paragraphs of 8 or more; the article needs ${MIN_WORDS}.`);
  return out;
}

/** The article body: paragraphs, a heading every 30, an emphasised word now and then. */
function toHtml(paras: string[][]): string {
  return paras
    .map((w, i) => {
      const words = w.map((x, k) => (k === 3 && i % 4 === 0 ? `<em>${esc(x)}</em>` : esc(x)));
      return `${i % 30 === 0 ? `<h2>Part ${i / 30 + 1}</h2>` : ''}<p>${words.join(' ')}</p>`;
    })
    .join('\n');
}

/** The same paragraphs with CHANGED of their words replaced by other words of the text (seeded). */
function changeWords(paras: string[][]): { paras: string[][]; changed: number; total: number } {
  const rand = rng(7);
  const all = paras.flat();
  const total = all.length;
  const pick = new Set<number>();
  while (pick.size < Math.round(total * CHANGED)) pick.add(Math.floor(rand() * total));
  let k = 0;
  const out = paras.map((w) =>
    w.map((x) => (pick.has(k++) ? `${all[Math.floor(rand() * total)].replace(/[^\p{L}\p{N}]/gu, '') || 'word'}` : x)),
  );
  return { paras: out, changed: pick.size, total };
}

async function main() {
  const paras = paragraphs();
  const html = toHtml(paras);
  const changed = changeWords(paras);
  const html2 = toHtml(changed.paras);
  const extensionDir = benchExtension('bench-highlights-extension', args.build);
  const before = machineLoad();
  const app = await launch({ extensionDir });
  const { context, extensionId } = app;
  const opens = { first: [] as number[], later: [] as number[], plain: [] as number[] };
  const body = { first: [] as number[], later: [] as number[], plain: [] as number[] };
  let report: string;
  try {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForFunction(() => !!(globalThis as any).__offprintHighlightBench);
    const hb = <T>(fn: string, ...args: unknown[]) =>
      options.evaluate(([f, a]) => (globalThis as any).__offprintHighlightBench[f as string](...(a as unknown[])), [
        fn,
        args,
      ] as const) as Promise<T>;
    const id = await hb<number>('save', 'http://127.0.0.1/bench/long', 'A long article', html);
    const plainId = await hb<number>('save', 'http://127.0.0.1/bench/plain', 'A long article', html);
    const made = await hb<number>('makeHighlights', id, HIGHLIGHTS, 42);
    if (made !== HIGHLIGHTS) throw new ScriptError(`made ${made} highlights, not ${HIGHLIGHTS}`);
    const snapshot = await hb<unknown[]>('snapshot', id);
    await hb('quiet');
    const words = (await hb<{ words: number }>('state', id)).words;

    /** Opens the reader, returns [body ms, highlights ms] from navigation start (the page's own marks). */
    const open = async (articleId: number) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/reader.html?id=${articleId}`);
      await page.waitForFunction(() => performance.getEntriesByName('offprint:highlights').length > 0, null, {
        timeout: 60_000,
      });
      const t = await page.evaluate(() => [
        performance.getEntriesByName('offprint:body')[0].startTime,
        performance.getEntriesByName('offprint:highlights')[0].startTime,
      ]);
      const drawn = await page.evaluate(() =>
        ['yellow', 'green', 'blue', 'pink'].reduce(
          (n, c) => n + ((CSS as any).highlights.get(`offprint-${c}`)?.size ?? 0),
          0,
        ),
      );
      return { page, body: t[0], total: t[1], drawn };
    };
    /** Waits until the stored anchors are those of the current body (the reader stores them after drawing). */
    const settled = async () => {
      for (let i = 0; i < 200; i++) {
        const s = await hb<{ contentAt: number; rows: { anchor: { contentAt: number } | null }[] }>('state', id);
        if (s.rows.every((r) => r.anchor?.contentAt === s.contentAt)) return s;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the reader did not store the anchors');
    };

    // (a) First open after the Re-extract: the highlights are put back as they were on the old text each time.
    let check = '';
    for (let i = 0; i < RUNS; i++) {
      await hb('restore', snapshot);
      const r = await hb<{ ok: boolean }>('reextractFrom', id, 'A long article', html2);
      if (!r.ok) throw new Error(`re-extract failed: ${JSON.stringify(r)}`);
      // The background merges the re-extracted text into the search index: let it finish, so it does not
      // share the open.
      if (!(await hb<boolean>('quiet'))) throw new Error('the search index was not compacted within 20 s');
      const o = await open(id);
      opens.first.push(o.total);
      body.first.push(o.body);
      const s = (await settled()) as unknown as {
        rows: { anchor: { found: boolean }; stillInText: boolean }[];
      };
      const found = s.rows.filter((x) => x.anchor.found).length;
      const missed = s.rows.filter((x) => x.stillInText && !x.anchor.found).length;
      if (s.rows.length !== HIGHLIGHTS) throw new Error(`${s.rows.length} highlights registered, not ${HIGHLIGHTS}`);
      if (missed) throw new Error(`${missed} highlights whose quote is still in the text were not found`);
      if (o.drawn !== found) throw new Error(`${o.drawn} drawn, ${found} found`);
      if (i === 0) {
        const verbatim = s.rows.filter((x) => x.stillInText).length;
        check =
          `${HIGHLIGHTS} registered; ${verbatim} quotes still verbatim in the text, all found; ` +
          `${found - verbatim} more found by fuzzy match; ${HIGHLIGHTS - found} not found (kept, listed)`;
      }
      await o.page.close();
    }
    // (b) Later opens, alternating with (c) the same article without highlights.
    for (let i = 0; i < RUNS; i++) {
      for (const [kind, aid] of i % 2
        ? ([
            ['plain', plainId],
            ['later', id],
          ] as const)
        : ([
            ['later', id],
            ['plain', plainId],
          ] as const)) {
        const o = await open(aid);
        opens[kind].push(o.total);
        body[kind].push(o.body);
        await o.page.close();
      }
    }
    const p95 = (k: keyof typeof opens) => pct(opens[k], 95);
    const ratio = (k: keyof typeof opens) => `${(p95(k) / p95('plain')).toFixed(2)}×`;
    const cells = (name: string, k: keyof typeof opens) => [
      name,
      String(opens[k].length),
      pct(body[k], 50).toFixed(1),
      pct(opens[k], 50).toFixed(1),
      p95(k).toFixed(1),
      ratio(k),
    ];
    const after = machineLoad();
    report = [
      `bench:highlights — ${runTime()}, Chromium headless, ${before.cores} cores, ` +
        `load ${before.load} before / ${after.load} after (1-min average; the machine is shared)`,
      '',
      `Article: ${words} words (${paras.length} paragraphs of ${args.data ?? 'bench/data/scrapinghub'} text), ` +
        `${HIGHLIGHTS} highlights; re-extracted with ${changed.changed} of ${changed.total} words changed ` +
        `(${((changed.changed / changed.total) * 100).toFixed(1)} %).`,
      '',
      markdownTable(
        ['open', 'n', 'body p50 ms', 'drawn p50 ms', 'drawn p95 ms', 'p95 / plain'],
        [
          cells('(a) first open after Re-extract (re-anchoring)', 'first'),
          cells('(b) later opens (anchors checked)', 'later'),
          cells('plain open, no highlights (baseline, same run)', 'plain'),
        ],
      ),
      '',
      check,
      '',
      `Targets: (b) ≤ 1.2× plain: ${p95('later') <= 1.2 * p95('plain') ? 'met' : 'NOT met'}; ` +
        `(a) ≤ 2× plain: ${p95('first') <= 2 * p95('plain') ? 'met' : 'NOT met'}.`,
      '',
    ].join('\n');
  } finally {
    await app.close();
  }
  console.log(report);
  recordInDocs('docs/highlights.md', report, args.standard, log);
}

runScript(main);
