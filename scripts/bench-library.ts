// `npm run bench:library`: a 10,000-article library in real Chromium with real IndexedDB, then in the
// same run: popup first paint (10 vs 10,000 articles), search latency, JS heaps, and the cost of one
// more save. Prints a table and writes it to docs/library.md. `npm run bench:library -- --quick` checks
// it works in a minute or two; `-- --help` lists the options (library size, opens, queries, --data).
import { CHROMIUM } from '../tests/e2e/launch';
import { benchArgs } from './lib/bench-args';
import { loadCorpus } from './lib/bench-corpus';
import { benchExtension } from './lib/bench-extension';
import { machineLoad, markdownTable, recordInDocs, runTime } from './lib/bench-report';
import { launchLibrary, log, profileDir } from './lib/library/library-browser';
import { libraryStats, seed } from './lib/library/library-seed';
import { firstPaints, toolbarPopups } from './lib/library/popup-paints';
import { pageHeap, saveLinkAndHeaps, saveOneMore } from './lib/library/save-costs';
import { queriesFrom, searchLatency } from './lib/library/search-latency';
import { runScript } from './lib/run-script';

const args = benchArgs(
  'npm run bench:library [-- options]: popup first paint, search, heaps and saves in a large library, ' +
    'in real Chromium.',
  {
    n: { help: 'articles in the large library', full: 10_000, quick: 200, env: 'BENCH_N' },
    opens: { help: 'measured popup opens per library', full: 25, quick: 5, env: 'BENCH_OPENS' },
    queries: { help: 'search queries', full: 120, quick: 27, env: 'BENCH_QUERIES' },
    'settle-ms': { help: 'pause after seeding before measuring', full: 5000, quick: 1000, env: 'BENCH_SETTLE_MS' },
  },
  {
    data: 'text to recombine into articles (default bench/data/scrapinghub; or a WCXB-style folder)',
    build: true,
    profile: 'kept profile of the large library (default .cache/bench-library-<n>; env BENCH_PROFILE)',
  },
);
const { n: N, opens: OPENS, queries: QUERIES } = args.n;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const mb = (x: number) => `${(x / 1048576).toFixed(1)} MB`;

/** Lets the browser finish what seeding and the statistics started (IndexedDB writes, the worker's merge pass). */
const settle = () => new Promise((r) => setTimeout(r, args.n['settle-ms']));

async function main() {
  const corpus = loadCorpus(args.data); // before the build: a wrong --data fails at once
  const extensionDir = benchExtension('bench-extension', args.build);
  const docs = corpus.docs;
  log(`corpus: ${docs.length} articles from ${corpus.dir}`);

  let b = await launchLibrary(extensionDir);
  await seed(b, docs, 10);
  await settle();
  const small = await firstPaints(b, OPENS);
  await small.page.close();
  const smallB = b; // kept open: its toolbar popups alternate with the big library's

  const dir = profileDir(N, corpus.fingerprint, args.profile ?? process.env.BENCH_PROFILE);
  b = await launchLibrary(extensionDir, dir);
  await seed(b, docs, N);
  await settle();
  const big = await firstPaints(b, OPENS);
  const popupBytes = await pageHeap(b, big.page);
  await big.page.close();
  await settle(); // what the tab opens and the heap snapshot started
  const [smallPopup, bigPopup] = await toolbarPopups([smallB, b], OPENS);
  await smallB.close();
  // Chrome's own floor: the same toolbar popup showing a static file instead of the app.
  const [floorPopup] = await toolbarPopups([b], OPENS, 'icon.svg');
  const stats = await libraryStats(b);
  log(
    `library: ${stats.count} articles, text median ${stats.median} chars, max ${stats.max}, total ` +
      `${mb(stats.total)}, ${stats.terms} index entries`,
  );
  const qs = queriesFrom(docs, QUERIES);
  const { list: search, orderMs } = await searchLatency(b, qs);
  const saves = await saveOneMore(b, docs, N);
  const { link, sw, off } = await saveLinkAndHeaps(b);
  await b.close();

  const s = search.map((x) => x.ms);
  const phr = search.filter((x) => x.phrase);
  const words = search.filter((x) => !x.phrase).map((x) => x.ms);
  const p50s = pct(smallPopup.fcp, 50),
    p50b = pct(bigPopup.fcp, 50);
  const rows = [
    [
      'popup first paint with list (the real toolbar popup), 10 articles',
      `p50 ${ms(p50s)} · p95 ${ms(pct(smallPopup.fcp, 95))} (n=${smallPopup.fcp.length})`,
      'baseline',
    ],
    [
      `popup first paint with list (the real toolbar popup), ${N.toLocaleString('en')} articles`,
      `p50 ${ms(p50b)} · p95 ${ms(pct(bigPopup.fcp, 95))} (n=${bigPopup.fcp.length})`,
      `≤ 100 ms and ≤ 2× baseline: ratio ${(p50b / p50s).toFixed(2)}× (p50)`,
    ],
    [
      '  opens whose first frame had the list in it, 10 / N articles',
      `${smallPopup.fcp.length - smallPopup.late} of ${smallPopup.fcp.length} / ` +
        `${bigPopup.fcp.length - bigPopup.late} of ${bigPopup.fcp.length}`,
      'context',
    ],
    [
      '  list rows in the DOM / load event, 10 / N articles (Chrome shows the popup after load and a resize)',
      `p50 ${ms(pct(smallPopup.shown, 50))} / ${ms(pct(smallPopup.load, 50))} · ` +
        `${ms(pct(bigPopup.shown, 50))} / ${ms(pct(bigPopup.load, 50))}`,
      'context',
    ],
    [
      "  Chrome's floor: the toolbar popup showing a static file (icon.svg), load / first contentful paint",
      `p50 ${ms(pct(floorPopup.load, 50))} / ${ms(pct(floorPopup.fcp, 50))} · p95 ` +
        `${ms(pct(floorPopup.load, 95))} / ${ms(pct(floorPopup.fcp, 95))}`,
      'context',
    ],
    [
      'the popup page opened as a tab: first paint with list, 10 / N articles',
      `p50 ${ms(pct(small.times, 50))} / ${ms(pct(big.times, 50))} · p95 ${ms(pct(small.times, 95))} / ` +
        `${ms(pct(big.times, 95))} (n=${big.times.length})`,
      'context',
    ],
    [
      '  then the live rows read from IndexedDB replace the picture, 10 / N articles',
      `p50 ${ms(pct(small.live, 50))} / ${ms(pct(big.live, 50))} · ` +
        `p95 ${ms(pct(small.live, 95))} / ${ms(pct(big.live, 95))}`,
      'context',
    ],
    [
      '  of which page load (DOMContentLoaded; a new tab costs more than a popup), 10 / N articles',
      `p50 ${ms(pct(small.dcl, 50))} / ${ms(pct(big.dcl, 50))}`,
      'context',
    ],
    [
      `search, ${search.length} varied queries, ${N.toLocaleString('en')} articles`,
      `p50 ${ms(pct(s, 50))} · p95 ${ms(pct(s, 95))} · max ${ms(Math.max(...s))}`,
      'p95 ≤ 30 ms',
    ],
    [
      '  library catalogue: ids in order + status and favourite sets (read once after first paint, kept)',
      ms(orderMs),
      'context',
    ],
    [
      '  of which word, prefix and operator queries',
      `p50 ${ms(pct(words, 50))} · p95 ${ms(pct(words, 95))} (n=${words.length})`,
      'p95 ≤ 30 ms',
    ],
    [
      '  of which phrase queries: first screen / complete (≤ 300 texts checked)',
      `p95 ${ms(
        pct(
          phr.map((x) => x.ms),
          95,
        ),
      )} / p50 ${ms(
        pct(
          phr.map((x) => x.full),
          50,
        ),
      )} · p95 ${ms(
        pct(
          phr.map((x) => x.full),
          95,
        ),
      )} (n=${phr.length})`,
      '',
    ],
    ['JS heap, popup (after GC)', mb(popupBytes), '≤ 50 MB'],
    ['JS heap, service worker (after GC)', sw == null ? 'n/a' : mb(sw), '≤ 50 MB'],
    ['JS heap, offscreen document (after GC)', off == null ? 'not open' : mb(off), '≤ 50 MB'],
    [
      `save one more article (one transaction: row, body, terms row), ${N.toLocaleString('en')} articles`,
      `p50 ${ms(
        pct(
          saves.map((x) => x.save),
          50,
        ),
      )} · max ${ms(Math.max(...saves.map((x) => x.save)))} (n=${saves.length})`,
      '',
    ],
    [
      '  then its merge into the posting lists (background, after the save)',
      `p50 ${ms(
        pct(
          saves.map((x) => x.merge),
          50,
        ),
      )} · max ${ms(Math.max(...saves.map((x) => x.merge)))}`,
      '',
    ],
    [
      'save a link (fetch + offscreen parse + store)',
      `${ms(link.ms)} (${link.state}${link.error ? `: ${link.error}` : ''})`,
      '',
    ],
  ];
  const slow = [...search]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
    .map((x) => `\`${x.q}\` ${ms(x.ms)}${x.full !== x.ms ? ` (complete ${ms(x.full)})` : ''} (${x.hits} hits)`)
    .join(', ');
  const table = markdownTable(['measure', 'result', 'target'], rows);
  const { cores, load } = machineLoad();
  const body =
    `Taken ${runTime()} with \`npm run bench:library\` (Chromium ${CHROMIUM}, ${cores} cores, load average ` +
    `${load} at the end).\n` +
    `Library: ${stats.count.toLocaleString('en')} articles, text median ${(stats.median / 1000).toFixed(1)} KB, ` +
    `max ${(stats.max / 1000).toFixed(1)} KB, ≈ ${mb(stats.total)} of text in total (from a 1-in-10 sample), ` +
    `${stats.terms.toLocaleString('en')} posting segments.\n\n${table}\n\nSlowest queries: ${slow}.\n`;
  console.log('\n' + table + '\n\nSlowest queries: ' + slow);
  recordInDocs('docs/library.md', body, args.standard, log);
}

runScript(main);
