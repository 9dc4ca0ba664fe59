// `npm run bench:choice`'s tables (scripts/bench-choice.ts): for each page, the source the extractor kept, the test
// of the choice that settled it (extractArticle's `decide` hook) and the word scores of every candidate it had
// (Readability's tidied block, the main region, the thread, the longer region of a declared article), and of the main
// region of a fresh copy of the page, which the choice is not offered on most pages ("fresh"). Per type and fold:
// the kept text's mean F1 and recall, the oracle's (the best offered candidate on each page), and the pages whose
// regret (the oracle's F1 less the kept text's) passes a threshold. Fold 3 (the probe fold) shows as means only.
import type { WordScore } from './word-score';
import { mean } from './word-score';

/** Candidates the choice weighs, by the name the report gives them. */
export const CANDIDATES = ['block', 'region', 'thread', 'longer'] as const;
export type CandidateName = (typeof CANDIDATES)[number];

/** One page: what was kept and what could have been. */
export interface ChoiceRow {
  id: string;
  type: string;
  fold: number;
  /** The kept text's source: a candidate's name, "sections" (the block with a manual's sections), "summary", "none". */
  source: string;
  /** The tests of the choice in the order they spoke; the last one settled it ("" when none spoke). */
  tests: string[];
  out: WordScore;
  candidates: Partial<Record<CandidateName, WordScore>>;
  /** The main region of a fresh copy of the page (the clutter pass run on it): a reference, not always offered. */
  fresh?: WordScore;
}

/** The test that settled a page's choice: the last one that spoke, or the source where none did. */
export function decidedBy(row: Pick<ChoiceRow, 'tests' | 'source'>): string {
  return row.tests.at(-1) ?? `(${row.source} only)`;
}

/** The best offered candidate of a page (the kept text counts: the block with its sections is one). */
export function oracleOf(row: ChoiceRow): { name: string; score: WordScore } {
  let best = { name: row.source, score: row.out };
  for (const name of CANDIDATES) {
    const s = row.candidates[name];
    if (s && s.f1 > best.score.f1 + 1e-9) best = { name, score: s };
  }
  return best;
}

/** The F1 the page lost to its choice: the oracle's F1 less the kept text's (0 when it kept the best). */
export const regretOf = (row: ChoiceRow): number => oracleOf(row).score.f1 - row.out.f1;

export interface ChoiceSummary {
  type: string;
  fold: number | 'all';
  n: number;
  keptF1: number;
  oracleF1: number;
  keptRecall: number;
  oracleRecall: number;
  freshF1: number;
  /** Pages whose regret passes the threshold. */
  regretted: number;
}

/** Means per type and fold (and per type over the folds given), sorted by type then fold. */
export function summarizeChoice(rows: ChoiceRow[], threshold = 0.05): ChoiceSummary[] {
  const groups = new Map<string, ChoiceRow[]>();
  for (const r of rows)
    for (const key of [`${r.type}\t${r.fold}`, `${r.type}\tall`]) groups.set(key, [...(groups.get(key) ?? []), r]);
  return [...groups.entries()]
    .map(([key, g]) => {
      const [type, fold] = key.split('\t');
      return {
        type,
        fold: fold === 'all' ? ('all' as const) : Number(fold),
        n: g.length,
        keptF1: mean(g.map((r) => r.out.f1)),
        oracleF1: mean(g.map((r) => oracleOf(r).score.f1)),
        keptRecall: mean(g.map((r) => r.out.recall)),
        oracleRecall: mean(g.map((r) => oracleOf(r).score.recall)),
        freshF1: mean(g.map((r) => (r.fresh ?? r.out).f1)),
        regretted: g.filter((r) => regretOf(r) > threshold).length,
      };
    })
    .sort((a, b) => a.type.localeCompare(b.type) || String(a.fold).localeCompare(String(b.fold)));
}

/** Per type: how many pages each test settled, and the regret it cost them (summed). */
export function byTest(rows: ChoiceRow[]): { type: string; test: string; pages: number; regret: number }[] {
  const m = new Map<string, { type: string; test: string; pages: number; regret: number }>();
  for (const r of rows) {
    const test = `${decidedBy(r)} → ${r.source}`;
    const key = `${r.type}\t${test}`;
    const e = m.get(key) ?? { type: r.type, test, pages: 0, regret: 0 };
    e.pages++;
    e.regret += regretOf(r);
    m.set(key, e);
  }
  return [...m.values()].sort((a, b) => a.type.localeCompare(b.type) || b.regret - a.regret);
}

/** The pages of the folds rules may be written from (0–2: never the probe fold's pages) with the largest regret. */
export function worstRegrets(rows: ChoiceRow[], n: number, folds = [0, 1, 2]): ChoiceRow[] {
  return rows
    .filter((r) => folds.includes(r.fold) && regretOf(r) > 1e-9)
    .sort((a, b) => regretOf(b) - regretOf(a))
    .slice(0, n);
}

const f3 = (x: number) => x.toFixed(3);

/** The report's text: the table per type and fold, the tests per type, the worst pages of folds 0–2. */
export function formatChoiceReport(rows: ChoiceRow[], worst = 15, threshold = 0.05): string {
  const lines = [
    `type | fold | pages | kept F1 | oracle F1 | kept R | oracle R | fresh region F1 | regret > ${threshold}`,
    '--- | --- | --- | --- | --- | --- | --- | --- | ---',
  ];
  for (const s of summarizeChoice(rows, threshold))
    lines.push(
      [s.type, s.fold, s.n, f3(s.keptF1), f3(s.oracleF1), f3(s.keptRecall), f3(s.oracleRecall), f3(s.freshF1)]
        .concat(String(s.regretted))
        .join(' | '),
    );
  lines.push('', 'type | test that settled it → source | pages | regret (sum)', '--- | --- | --- | ---');
  for (const t of byTest(rows)) lines.push([t.type, t.test, t.pages, f3(t.regret)].join(' | '));
  const pages = worstRegrets(rows, worst);
  if (pages.length) {
    lines.push('', 'Largest regrets, folds 0–2 (kept → oracle; candidates F1/R/P):');
    for (const r of pages) {
      const o = oracleOf(r);
      const cands = CANDIDATES.filter((c) => r.candidates[c])
        .map((c) => {
          const s = r.candidates[c]!;
          return `${c} ${f3(s.f1)}/${f3(s.recall)}/${f3(s.precision)}`;
        })
        .join(', ');
      const fresh = r.fresh ? `; fresh ${f3(r.fresh.f1)}/${f3(r.fresh.recall)}/${f3(r.fresh.precision)}` : '';
      lines.push(
        `${r.id} (${r.type}, fold ${r.fold}) by ${decidedBy(r)}: ${r.source} ${f3(r.out.f1)} → ${o.name} ` +
          `${f3(o.score.f1)} (regret ${f3(regretOf(r))}); ${cands}${fresh}`,
      );
    }
  }
  return lines.join('\n');
}
