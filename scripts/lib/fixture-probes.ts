// `bench:fixtures`' pure parts: which kind a fixture is (its folder's prefix), the runs it makes (normal and
// under each probe), and the tables: per kind the mean word F1 / P / R of each run and the drop under each
// probe, then the fixtures that lose the most under each probe.
import { markdownTable } from './bench-report';
import { mean } from './word-score';

/** The fixture kinds named by the folder's prefix (docs-…, forum-…); every other fixture is a news page. */
export const FIXTURE_KINDS = ['docs', 'forum', 'service', 'listing', 'product', 'collection'] as const;
/** The kind of the fixtures written for the news pages' clutter rules (ad-labels, paywall-teaser, …). */
export const NEWS_KIND = 'news';

/** The kind of a fixture from its folder name: its prefix when that names a kind, else "news". */
export function fixtureKind(slug: string): string {
  const prefix = slug.split('-')[0];
  return (FIXTURE_KINDS as readonly string[]).includes(prefix) ? prefix : NEWS_KIND;
}

/** The probes `--perturb` takes (scripts/lib/perturb-classes.ts, perturb-landmarks.ts). */
export const PROBES = ['classes', 'landmarks'] as const;
export type Probe = (typeof PROBES)[number];

/**
 * The runs of a bench: "normal" first, then each probe set asked for ("classes", "landmarks",
 * "classes,landmarks"). No `--perturb`: all three.
 */
export function probeRuns(perturb: string[] | null): string[] {
  if (!perturb) return ['normal', 'classes', 'landmarks', 'classes,landmarks'];
  return ['normal', ...perturb];
}

/** Parses a `--perturb` value ("classes", "landmarks", "classes,landmarks"); throws on any other word. */
export function parseProbe(value: string): Probe[] {
  const parts = value.split(',').filter(Boolean);
  const unknown = parts.find((p) => !(PROBES as readonly string[]).includes(p));
  if (unknown || !parts.length) {
    throw new Error(`--perturb takes "classes", "landmarks" or "classes,landmarks", not "${value}"`);
  }
  return parts as Probe[];
}

/** One fixture's scores in one run. */
export interface RunScore {
  f1: number;
  precision: number;
  recall: number;
  /** Nothing extracted (no main content found). */
  empty?: boolean;
  error?: string;
}

/** One fixture: its kind and its score in each run (keyed by the run's name). */
export interface FixtureRow {
  slug: string;
  kind: string;
  runs: Record<string, RunScore>;
}

export interface KindSummary {
  kind: string;
  fixtures: number;
  /** Per run: the mean F1 / P / R over the kind's fixtures and how many came out empty. */
  runs: Record<string, { f1: number; precision: number; recall: number; empty: number }>;
}

/** Per kind (in FIXTURE_KINDS' order, news last) and over all fixtures ("all"), the means of each run. */
export function summarize(rows: FixtureRow[], runs: string[]): KindSummary[] {
  const kinds = [...FIXTURE_KINDS, NEWS_KIND].filter((k) => rows.some((r) => r.kind === k));
  const one = (kind: string, of: FixtureRow[]): KindSummary => ({
    kind,
    fixtures: of.length,
    runs: Object.fromEntries(
      runs.map((run) => {
        const scores = of.map((r) => r.runs[run]).filter(Boolean);
        return [
          run,
          {
            f1: mean(scores.map((s) => s.f1)),
            precision: mean(scores.map((s) => s.precision)),
            recall: mean(scores.map((s) => s.recall)),
            empty: scores.filter((s) => s.empty).length,
          },
        ];
      }),
    ),
  });
  return [
    ...kinds.map((k) =>
      one(
        k,
        rows.filter((r) => r.kind === k),
      ),
    ),
    one('all', rows),
  ];
}

const f3 = (x: number) => x.toFixed(3);
const signed = (x: number) => (x > 0 ? '+' : x < 0 ? '−' : '±') + Math.abs(x).toFixed(3);

/** The table per kind: fixtures, normal F1 / P / R, then per probe F1 / P / R and the drop in F1 from normal. */
export function kindTable(summary: KindSummary[], runs: string[]): string {
  const probes = runs.filter((r) => r !== 'normal');
  const head = [
    'kind',
    'fixtures',
    'F1 / P / R normal',
    ...probes.flatMap((p) => [`F1 / P / R ${p}`, `ΔF1 ${p}`, `empty ${p}`]),
  ];
  const cell = (s: KindSummary['runs'][string]) => `${f3(s.f1)} / ${f3(s.precision)} / ${f3(s.recall)}`;
  const rows = summary.map((k) => [
    k.kind,
    String(k.fixtures),
    cell(k.runs.normal),
    ...probes.flatMap((p) => [cell(k.runs[p]), signed(k.runs[p].f1 - k.runs.normal.f1), String(k.runs[p].empty)]),
  ]);
  return markdownTable(head, rows);
}

/** The `n` fixtures with the largest F1 drop from normal under `run` (only those that drop), worst first. */
export function worstUnder(rows: FixtureRow[], run: string, n: number): FixtureRow[] {
  const drop = (r: FixtureRow) => r.runs.normal.f1 - r.runs[run].f1;
  return rows
    .filter((r) => r.runs[run] && drop(r) > 1e-9)
    .sort((a, b) => drop(b) - drop(a) || a.slug.localeCompare(b.slug))
    .slice(0, n);
}

/** The table of the worst fixtures under one run: slug, kind, normal F1, F1 / P / R under the run, drop. */
export function worstTable(rows: FixtureRow[], run: string): string {
  return markdownTable(
    ['fixture', 'kind', 'F1 normal', `F1 / P / R ${run}`, 'ΔF1'],
    rows.map((r) => {
      const s = r.runs[run];
      const why = s.error ? ` (threw: ${s.error})` : s.empty ? ' (empty)' : '';
      return [
        r.slug,
        r.kind,
        f3(r.runs.normal.f1),
        `${f3(s.f1)} / ${f3(s.precision)} / ${f3(s.recall)}${why}`,
        signed(s.f1 - r.runs.normal.f1),
      ];
    }),
  );
}
