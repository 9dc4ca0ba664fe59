// `npm run bench:folds -- [--data DIR] [--out FILE]`: splits a benchmark's pages into folds by site
// (scripts/lib/domain-folds.ts), prints how many pages of each type each fold holds and which fold is
// held out, and writes the split ({fold: [ids]}) for other tools. No page is opened: only its URL.
import fs from 'node:fs';
import path from 'node:path';
import { findBenchDir } from './lib/bench-data';
import { loadBenchSet, PAGE_TYPES } from './lib/bench-pages';
import { FOLDS, HELD_OUT_FOLD, siteOf } from './lib/domain-folds';

function main() {
  const argv = process.argv.slice(2);
  const opt = { data: null as string | null, out: 'bench-results/folds.json' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data') opt.data = argv[++i];
    else if (argv[i] === '--out') opt.out = argv[++i];
    else throw new Error(`Unknown option ${argv[i]}. Options: --data DIR, --out FILE`);
  }
  const set = loadBenchSet(findBenchDir(opt.data));
  const types = PAGE_TYPES.filter((t) => set.pages.some((p) => p.type === t));
  console.log(`${set.pages.length} pages from ${set.dir}, ${FOLDS} folds by site; fold ${HELD_OUT_FOLD} is held out\n`);
  console.log(`| fold | sites | pages | ${types.join(' | ')} |`);
  console.log(`|---|---|---|${types.map(() => '---').join('|')}|`);
  const split: Record<string, string[]> = {};
  for (let f = 0; f < FOLDS; f++) {
    const pages = set.pages.filter((p) => p.fold === f);
    split[f] = pages.map((p) => p.id);
    const sites = new Set(pages.map((p) => siteOf(p.url))).size;
    const counts = types.map((t) => pages.filter((p) => p.type === t).length);
    console.log(
      `| ${f}${f === HELD_OUT_FOLD ? ' (held out)' : ''} | ${sites} | ${pages.length} | ${counts.join(' | ')} |`,
    );
  }
  fs.mkdirSync(path.dirname(opt.out), { recursive: true });
  fs.writeFileSync(opt.out, JSON.stringify({ dir: set.dir, folds: FOLDS, heldOut: HELD_OUT_FOLD, split }, null, 1));
  console.log(`\nsplit: ${opt.out}`);
}

main();
