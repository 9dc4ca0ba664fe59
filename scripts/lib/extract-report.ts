// Scores and tables of bench:extract: Scrapinghub's shingle measure (all pages, even/odd halves, domain
// folds) and WCXB's word F1 (per page type, overall, domain folds, the held-out fold per type, snippet
// rates). The other benchmarks' shared table helpers are in bench-report.ts.
import { scoreAll, scorePage, type PageScore } from './score';
import { bootstrapSd, mean, snippetRate, wordScore } from './word-score';
import { PAGE_TYPES, type BenchPage, type BenchSet } from './bench-pages';
import { FOLDS, HELD_OUT_FOLD } from './domain-folds';
import { foldGuard, foldGuardTable } from './fold-guard';

/** One extractor's run on one page: its time and text, or the error it threw. */
export interface Run {
  ms: number;
  text: string;
  error?: string;
  /** The kind the extractor gave the page (Offprint only). */
  kind?: string;
}

export interface ScoredRun extends Run {
  precision: number;
  recall: number;
  f1: number;
  empty: boolean;
  /** How much clutter was kept / text lost, in the benchmark's own unit (for --worst). */
  clutter: number;
  lost: number;
  /** Scrapinghub only: the shingle counts and exact match. */
  shingles?: PageScore;
  /** WCXB only: share of `with` snippets found, share of `without` snippets kept. */
  withRate?: number;
  withoutRate?: number;
}

export interface Row {
  index: number;
  page: BenchPage;
  vanilla: ScoredRun;
  ours: ScoredRun;
  /** WCXB only: share of the truth's words the page's HTML holds (`truthCoverage`). */
  reach?: number;
}

/** Scores one run in the benchmark's own measure. */
export function scoreRun(format: BenchSet['format'], page: BenchPage, run: Run): ScoredRun {
  if (format === 'scrapinghub') {
    const s = scorePage(page.truth, run.text);
    const f1 = s.precision + s.recall ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
    return {
      ...run,
      precision: s.precision,
      recall: s.recall,
      f1,
      empty: s.empty,
      clutter: s.counts[1],
      lost: s.counts[2],
      shingles: s,
    };
  }
  const w = wordScore(run.text, page.truth);
  return {
    ...run,
    ...w,
    empty: !run.text.trim(),
    clutter: 1 - w.precision,
    lost: 1 - w.recall,
    withRate: snippetRate(run.text, page.with),
    withoutRate: snippetRate(run.text, page.without),
  };
}

const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : 0;
};
export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : 0;
};
const f3 = ([v, sd]: [number, number]) => `${v.toFixed(3)} ± ${sd.toFixed(3)}`;
const pc = (x: number) => `${(100 * x).toFixed(1)} %`;

interface Report {
  text: string;
  summary: Record<string, unknown>;
}

function timeLine(rows: Row[], opt: { vanilla: boolean; repeat: number }, target: number): string[] {
  const ours = rows.map((r) => r.ours.ms);
  const vanilla = rows.map((r) => r.vanilla.ms);
  const lines = [
    `time per page (ms): Offprint median ${median(ours).toFixed(1)}, p95 ${pct(ours, 0.95).toFixed(1)}` +
      (opt.vanilla ? `; Readability median ${median(vanilla).toFixed(1)}, p95 ${pct(vanilla, 0.95).toFixed(1)}` : ''),
  ];
  if (opt.vanilla)
    lines.push(
      `median time ratio Offprint / Readability: ${(median(ours) / median(vanilla)).toFixed(2)}× ` +
        `(target ≤ ${target}×); each time is the best of ${opt.repeat} run(s)`,
    );
  return lines;
}

function failures(rows: Row[]): string[] {
  const failed = rows.filter((r) => r.ours.error);
  const empty = rows.filter((r) => !r.ours.error && r.ours.empty && r.page.truth.trim());
  const lines = [`Offprint: ${failed.length} page(s) threw, ${empty.length} came out empty`];
  for (const r of failed.slice(0, 10)) lines.push(`  threw: ${r.page.id} ${r.ours.error}`);
  return lines;
}

/** Scrapinghub: the table kept from before (all, even and odd halves) and the domain folds. */
export function scrapinghubReport(rows: Row[], opt: { vanilla: boolean; repeat: number }): Report {
  const lines = [
    `| pages | extractor | F1 | precision | recall | accuracy | median ms | p95 ms | failed | empty |`,
    `|---|---|---|---|---|---|---|---|---|---|`,
  ];
  const subsets: [string, Row[]][] = [
    ['all', rows],
    ['even', rows.filter((r) => r.index % 2 === 0)],
    ['odd', rows.filter((r) => r.index % 2 === 1)],
    ...Array.from({ length: FOLDS }, (_, f): [string, Row[]] => [
      `fold ${f}${f === HELD_OUT_FOLD ? '*' : ''}`,
      rows.filter((r) => r.page.fold === f),
    ]),
  ];
  const summary: Record<string, unknown> = {};
  for (const [label, subset] of subsets) {
    if (!subset.length) continue;
    for (const [ex, title] of [
      ['vanilla', 'Readability 0.6.0'],
      ['ours', 'Offprint'],
    ] as const) {
      if (ex === 'vanilla' && !opt.vanilla) continue;
      const m = scoreAll(subset.map((r) => r[ex].shingles!));
      const ms = subset.map((r) => r[ex].ms);
      summary[`${label} ${ex}`] = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v[0]]));
      lines.push(
        `| ${label} (${subset.length}) | ${title} | ${f3(m.f1)} | ${f3(m.precision)} | ${f3(m.recall)} | ` +
          `${f3(m.accuracy)} | ${median(ms).toFixed(1)} | ${pct(ms, 0.95).toFixed(1)} | ` +
          `${subset.filter((r) => r[ex].error).length} | ${subset.filter((r) => r[ex].empty).length} |`,
      );
    }
  }
  lines.push('', `* fold ${HELD_OUT_FOLD} is the held-out fold of WCXB work (these pages were all seen before it).`);
  lines.push('', ...timeLine(rows, opt, 1.25), ...failures(rows));
  return { text: lines.join('\n'), summary };
}

interface Figures {
  pages: number;
  f1: number;
  sd: number;
  precision: number;
  recall: number;
  with: number;
  without: number;
}

function figures(rows: Row[], ex: 'vanilla' | 'ours'): Figures {
  const runs = rows.map((r) => r[ex]);
  const f1s = runs.map((r) => r.f1);
  return {
    pages: rows.length,
    f1: mean(f1s),
    sd: bootstrapSd(f1s),
    precision: mean(runs.map((r) => r.precision)),
    recall: mean(runs.map((r) => r.recall)),
    with: mean(runs.map((r) => r.withRate ?? 0)),
    without: mean(runs.map((r) => r.withoutRate ?? 0)),
  };
}

/** WCXB: word F1 per page type and overall, domain folds, the held-out fold per type, snippet rates. */
export function wcxbReport(rows: Row[], opt: { vanilla: boolean; repeat: number }): Report {
  const types = PAGE_TYPES.filter((t) => rows.some((r) => r.page.type === t));
  const byType = (rs: Row[]): [string, Row[]][] => [
    ...types.map((t): [string, Row[]] => [t, rs.filter((r) => r.page.type === t)]),
    ['overall', rs],
  ];
  const held = rows.filter((r) => r.page.fold === HELD_OUT_FOLD);
  const sections: [string, [string, Row[]][]][] = [
    ['all pages', byType(rows)],
    [
      'domain folds (overall)',
      Array.from({ length: FOLDS }, (_, f): [string, Row[]] => [
        `fold ${f}${f === HELD_OUT_FOLD ? ' (held out)' : ''}`,
        rows.filter((r) => r.page.fold === f),
      ]),
    ],
    [`held-out fold ${HELD_OUT_FOLD} (sites never looked at while writing rules)`, byType(held)],
  ];
  const lines: string[] = [];
  const summary: Record<string, unknown> = {};
  for (const [title, subsets] of sections) {
    if (!subsets.some(([, s]) => s.length)) continue;
    lines.push(
      `### ${title}`,
      '',
      `| pages | n | Readability F1 | Offprint F1 | Offprint P | Offprint R | with R / O | without R / O |`,
      `|---|---|---|---|---|---|---|---|`,
    );
    for (const [label, subset] of subsets) {
      if (!subset.length) continue;
      const v = figures(subset, 'vanilla');
      const o = figures(subset, 'ours');
      summary[`${title}: ${label}`] = { readability: v, offprint: o };
      const vf1 = opt.vanilla ? v.f1.toFixed(3) : '–';
      lines.push(
        `| ${label} | ${subset.length} | ${vf1} | ${o.f1.toFixed(3)} ± ${o.sd.toFixed(3)} | ` +
          `${o.precision.toFixed(3)} | ${o.recall.toFixed(3)} | ${opt.vanilla ? pc(v.with) : '–'} / ${pc(o.with)} | ` +
          `${opt.vanilla ? pc(v.without) : '–'} / ${pc(o.without)} |`,
      );
    }
    lines.push('');
  }
  const guard = foldGuard(rows, types);
  if (guard.length) summary['held-out fold guard'] = guard;
  lines.push(...foldGuardTable(guard));
  const kinds = new Map<string, number>();
  for (const r of rows) kinds.set(r.ours.kind ?? 'none', (kinds.get(r.ours.kind ?? 'none') ?? 0) + 1);
  // The result's `kind` (main content found or not), not its page kind: that is `npm run bench:kinds`.
  lines.push(`Offprint's results by readable kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  lines.push(...timeLine(rows, opt, 1.5), ...failures(rows));
  return { text: lines.join('\n'), summary };
}
