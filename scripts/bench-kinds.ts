// `npm run bench:kinds -- --data DIR [--every N] [--limit N]`: how well the page kind is recognised
// (utils/extraction/page-kind.ts) on a WCXB-format folder, whose pages carry their type. WCXB's seven types
// map to Offprint's six kinds (forum → thread, collection and listing → listing). Prints the confusion
// table, the share recognised per type and overall, by domain fold, and next to it the share of pages the
// popup saves on its own: "readable" (main content of any kind, isReadable) beside Readability's readable
// check alone (the rule before page kinds), both measured in the same run on the same pages.
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { loadExtractor } from './lib/load-extractor';
import { isWcxbDir, loadBenchSet, pageHtml, type PageType } from './lib/bench-pages';
import { HELD_OUT_FOLD } from './lib/domain-folds';
import { runScript, ScriptError } from './lib/run-script';
import type { isReadable } from '@/utils/extraction/page-kind';
import type { PageKind } from '@/utils/article';

const USAGE = 'usage: npm run bench:kinds -- --data DIR [--every N] [--limit N]   (DIR: a WCXB-format folder)';

/** The kind each WCXB page type should be recognised as. */
const EXPECTED: Record<PageType, PageKind> = {
  article: 'article',
  documentation: 'documentation',
  service: 'service',
  forum: 'thread',
  collection: 'listing',
  listing: 'listing',
  product: 'product',
};

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : '–');

runScript(async () => {
  const dataAt = process.argv.indexOf('--data');
  const dir = dataAt >= 0 ? process.argv[dataAt + 1] : null;
  if (!dir || !isWcxbDir(dir)) throw new ScriptError(USAGE);
  const every = Math.max(1, option('--every', 1));
  const limit = option('--limit', Infinity);
  const set = loadBenchSet(dir);
  const pages = set.pages.filter((_p, i) => i % every === 0).slice(0, limit);
  const ex = await loadExtractor<{ isReadable: typeof isReadable }>([
    "export { isReadable } from './utils/extraction/page-kind';",
  ]);
  type Row = { type: PageType; kind: PageKind | 'none'; fold: number; readable: boolean; readerable: boolean };
  const rows: Row[] = [];
  let ms = 0;
  for (const p of pages) {
    const dom = new JSDOM(pageHtml(set, p.id), { url: p.url, virtualConsole: new VirtualConsole() });
    try {
      const t = performance.now();
      const core = ex.extractArticle(dom.window.document, p.url, { force: true });
      ms += performance.now() - t;
      rows.push({
        type: p.type,
        kind: core?.kind === 'article' ? (core.pageKind ?? 'article') : 'none',
        fold: p.fold,
        readable: !!core && ex.isReadable(core),
        readerable: !!core && core.kind === 'article' && core.readerable,
      });
    } catch (e) {
      console.error(`${p.id}: ${(e as Error).message}`);
      rows.push({ type: p.type, kind: 'none', fold: p.fold, readable: false, readerable: false });
    } finally {
      dom.window.close();
    }
    await new Promise((r) => setImmediate(r));
  }
  const kinds = ['article', 'thread', 'documentation', 'product', 'service', 'listing', 'none'] as const;
  console.log(
    `Page kinds on ${pages.length} pages of ${dir} (every ${every}), ${(ms / pages.length).toFixed(0)} ms/page`,
  );
  console.log(`\n| WCXB type | pages | ${kinds.join(' | ')} | recognised | readable (now) | readerable (before) |`);
  console.log(`|---|---|${kinds.map(() => '---|').join('')}---|---|---|`);
  const types = [...new Set(rows.map((r) => r.type))];
  for (const type of types) {
    const of = rows.filter((r) => r.type === type);
    const cells = kinds.map((k) => of.filter((r) => r.kind === k).length);
    const right = of.filter((r) => r.kind === EXPECTED[type]).length;
    const readable = of.filter((r) => r.readable).length;
    const readerable = of.filter((r) => r.readerable).length;
    console.log(
      `| ${type} | ${of.length} | ${cells.join(' | ')} | ${pct(right, of.length)} | ${pct(readable, of.length)} | ` +
        `${pct(readerable, of.length)} |`,
    );
  }
  const right = (rs: Row[]) => rs.filter((r) => r.kind === EXPECTED[r.type]).length;
  const held = rows.filter((r) => r.fold === HELD_OUT_FOLD);
  const rest = rows.filter((r) => r.fold !== HELD_OUT_FOLD);
  console.log(
    `\nrecognised: ${pct(right(rows), rows.length)} overall; held-out fold ${pct(right(held), held.length)} ` +
      `(${held.length} pages), other folds ${pct(right(rest), rest.length)}`,
  );
  console.log(
    `saved on their own by the popup: ${pct(rows.filter((r) => r.readable).length, rows.length)} now, ` +
      `${pct(rows.filter((r) => r.readerable).length, rows.length)} with Readability's check alone`,
  );
});
