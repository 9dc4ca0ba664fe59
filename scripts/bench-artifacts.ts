// `npm run bench:artifacts -- --data <WCXB folder> --results FILE [--type a,b] [--exclude-ids A,B]
// [--min-coverage 0.5]`: what truth artifacts cost. Reads the per-page results of a `bench:extract --dev --out FILE`
// run and, per page type, prints the mean F1 of folds 0–2, of fold 3 and of both with every page and with the
// artifact pages left out: those whose truth the saved HTML mostly lacks (its words under `--min-coverage` of the
// truth's: a script drew the text the annotator saw, see truthCoverage) and those named with `--exclude-ids` (triaged
// by hand: a truth that stops partway through a thread or a log). The held-out fold is never read: its pages are
// skipped before any file is opened.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { markdownTable } from './lib/bench-report';
import { HELD_OUT_FOLD } from './lib/domain-folds';
import { meanWithout, truthCoverage, type ScoredPage } from './lib/truth-coverage';

const USAGE =
  'usage: npm run bench:artifacts -- --data <WCXB folder> --results FILE [--type a,b] [--exclude-ids A,B] ' +
  '[--min-coverage 0.5]';

interface ResultPage {
  id: string;
  type: string;
  fold: number;
  ours: { f1: number };
}

/** The page's saved HTML (`html/<id>.html.gz` or `html/<id>.html`), or null. */
function readHtml(dir: string, id: string): string | null {
  const gz = path.join(dir, 'html', `${id}.html.gz`);
  if (fs.existsSync(gz)) return zlib.gunzipSync(fs.readFileSync(gz)).toString('utf8');
  const plain = path.join(dir, 'html', `${id}.html`);
  return fs.existsSync(plain) ? fs.readFileSync(plain, 'utf8') : null;
}

/** The page's truth text (WCXB's `ground-truth/<id>.json`), or null. */
function readTruth(dir: string, id: string): string | null {
  const file = path.join(dir, 'ground-truth', `${id}.json`);
  if (!fs.existsSync(file)) return null;
  const d = JSON.parse(fs.readFileSync(file, 'utf8')) as { ground_truth?: { main_content?: string } };
  return d.ground_truth?.main_content ?? null;
}

function main() {
  const argv = process.argv.slice(2);
  const opt = { data: '', results: '', types: null as Set<string> | null, exclude: new Set<string>(), min: 0.5 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data') opt.data = argv[++i];
    else if (a === '--results') opt.results = argv[++i];
    else if (a === '--type') opt.types = new Set(argv[++i].split(','));
    else if (a === '--exclude-ids') opt.exclude = new Set(argv[++i].split(',').filter(Boolean));
    else if (a === '--min-coverage') opt.min = Number(argv[++i]);
    else throw new Error(`Unknown option ${a}. ${USAGE}`);
  }
  if (!opt.data || !opt.results) throw new Error(USAGE);
  const all: ResultPage[] = JSON.parse(fs.readFileSync(opt.results, 'utf8')).pages;
  const pages = all.filter((p) => p.fold !== HELD_OUT_FOLD && (!opt.types || opt.types.has(p.type)));
  const flagged: string[][] = [];
  const left = new Set<string>();
  for (const p of pages) {
    const html = readHtml(opt.data, p.id);
    const truth = readTruth(opt.data, p.id);
    const coverage = html === null || truth === null ? 1 : truthCoverage(html, truth);
    const byHand = opt.exclude.has(p.id);
    if (coverage >= opt.min && !byHand) continue;
    left.add(p.id);
    const why = coverage < opt.min ? 'truth not in the HTML' : 'named (--exclude-ids)';
    flagged.push([p.id, p.type, String(p.fold), coverage.toFixed(2), p.ours.f1.toFixed(3), why]);
  }
  const scored = (ps: ResultPage[]): ScoredPage[] =>
    ps.map((p) => ({ id: p.id, type: p.type, fold: p.fold, f1: p.ours.f1 }));
  const rows: string[][] = [];
  const fmt = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(5));
  for (const type of [...new Set(pages.map((p) => p.type))].sort()) {
    const of = (folds: number[]) => scored(pages.filter((p) => p.type === type && folds.includes(p.fold)));
    const cells = [[0, 1, 2], [3], [0, 1, 2, 3]].flatMap((folds) => {
      const m = meanWithout(of(folds), left);
      return [`${m.pages}`, fmt(m.f1), `${m.left}`, fmt(m.f1Without)];
    });
    rows.push([type, ...cells]);
  }
  console.log(`Truth artifacts left out: coverage under ${opt.min} or named; folds 0–3 only.\n`);
  console.log(
    markdownTable(
      [
        'type',
        'folds 0–2 pages',
        'F1',
        'left out',
        'F1 without',
        'fold 3 pages',
        'F1',
        'left out',
        'F1 without',
        'folds 0–3 pages',
        'F1',
        'left out',
        'F1 without',
      ],
      rows,
    ),
  );
  console.log('\nPages left out:\n');
  console.log(markdownTable(['id', 'type', 'fold', 'truth words in the HTML', 'F1', 'why'], flagged));
}

main();
