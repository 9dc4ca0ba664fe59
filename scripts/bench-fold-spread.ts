// `npm run bench:fold-spread -- --results FILE [--margin 0.03] [--draws 4000]`: reads the per-page results of
// a whole-split `npm run bench:extract -- --data <WCXB folder> --out FILE` run and prints, per page type, how far
// a fold of the held-out fold's size strays from the rest by chance (random groups of whole sites drawn from
// the folds that were looked at: scripts/lib/fold-spread.ts), for vanilla Readability (never tuned on these
// pages) and for Offprint, beside the held-out fold's own distance from the full set (from the run's summary:
// no held-out page is read).
import fs from 'node:fs';
import { markdownTable } from './lib/bench-report';
import { HELD_OUT_FOLD } from './lib/domain-folds';
import { foldSpread } from './lib/fold-spread';

interface Figures {
  f1: number;
  pages: number;
}
interface ResultPage {
  url: string;
  type: string;
  fold: number;
  ours: { f1: number };
  vanilla?: { f1: number; empty?: boolean };
}
interface Results {
  summary: Record<string, { readability: Figures; offprint: Figures }>;
  pages: ResultPage[];
}

function main() {
  const argv = process.argv.slice(2);
  const opt = { results: '', margin: 0.03, draws: 4000 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--results') opt.results = argv[++i];
    else if (argv[i] === '--margin') opt.margin = Number(argv[++i]);
    else if (argv[i] === '--draws') opt.draws = Number(argv[++i]);
    else throw new Error(`Unknown option ${argv[i]}. Options: --results FILE, --margin 0.03, --draws 4000`);
  }
  if (!opt.results) throw new Error('Give the per-page results of a whole-split bench:extract run: --results FILE');
  const results: Results = JSON.parse(fs.readFileSync(opt.results, 'utf8'));
  const heldTitle = `held-out fold ${HELD_OUT_FOLD} (sites never looked at while writing rules)`;
  const seen = results.pages.filter((p) => p.fold !== HELD_OUT_FOLD);
  // A `--no-vanilla` run writes an empty Readability result for every page: no Readability figures then.
  const vanilla = seen.every((p) => p.vanilla) && seen.some((p) => !p.vanilla!.empty);
  const rows: string[][] = [];
  for (const [key, held] of Object.entries(results.summary)) {
    if (!key.startsWith(`${heldTitle}: `) || key.endsWith(': overall')) continue;
    const type = key.slice(heldTitle.length + 2);
    const all = results.summary[`all pages: ${type}`];
    const pages = seen.filter((p) => p.type === type);
    const size = held.offprint.pages;
    const cell = (f1: (p: ResultPage) => number, whole: number, fold: number) => {
      const s = foldSpread(
        pages.map((p) => ({ url: p.url, f1: f1(p) })),
        size,
        opt.margin,
        opt.draws,
      );
      const gap = fold - whole;
      return [`${gap >= 0 ? '+' : ''}${gap.toFixed(3)}`, s.sd.toFixed(3), `${(gap / s.sd).toFixed(1)}`, pct(s.below)];
    };
    rows.push([
      type,
      `${size} / ${pages.length}`,
      ...(vanilla ? cell((p) => p.vanilla!.f1, all.readability.f1, held.readability.f1) : ['–', '–', '–', '–']),
      ...cell((p) => p.ours.f1, all.offprint.f1, held.offprint.f1),
      vanilla ? `${lift(all)} / ${lift(held)}` : '–',
    ]);
  }
  console.log(
    `Held-out fold ${HELD_OUT_FOLD} against the full set, and the chance spread of a fold of its size ` +
      `(${opt.draws} groups of whole sites from folds looked at; margin ${opt.margin}):\n`,
  );
  console.log(
    markdownTable(
      [
        'type',
        'held-out / seen pages',
        'Readability: fold − all',
        'chance sd',
        'in sd',
        `P(< −${opt.margin})`,
        'Offprint: fold − all',
        'chance sd',
        'in sd',
        `P(< −${opt.margin})`,
        'lift over Readability: all / fold',
      ],
      rows,
    ),
  );
}

const pct = (x: number) => `${Math.round(x * 100)} %`;
const lift = (f: { readability: Figures; offprint: Figures }) =>
  `${f.offprint.f1 - f.readability.f1 >= 0 ? '+' : ''}${(f.offprint.f1 - f.readability.f1).toFixed(3)}`;

main();
