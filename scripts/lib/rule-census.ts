// `bench:extract --census`: per page, one extraction with every clutter rule watched (which changed the page), then
// one extraction per acting rule with that rule alone left out (see rule-ablation.ts); the tables say, per rule, on
// how many pages and sites it acted, which it helped and hurt (F1 with − without), per page type and fold. Folds 0–2
// are shown per page and per site; the probe fold (3) only as sums and means; the held-out fold is never run.
import { ablateRules, watchRules, type RuleAction, type Rules } from './rule-ablation';

/** A page's score in the benchmark's measure. */
export interface Score {
  f1: number;
  precision: number;
  recall: number;
}

/** What the census found on one page: its score with all rules, and each acting rule's action and score without it. */
export interface CensusRow {
  /** Page id, url and site: folds 0–2 only (a probe-fold page is counted, never named). */
  id?: string;
  url?: string;
  site?: string;
  type: string;
  fold: number;
  base: Score;
  rules: Record<string, RuleAction & { without: Score }>;
}

/** The score alone (a scorer may return the text and more with it). */
const scoreOf = (s: Score): Score => ({ f1: s.f1, precision: s.precision, recall: s.recall });

/** A page's score change on which a rule counts as having helped or hurt (smaller changes are ties). */
export const TIE = 0.001;

/**
 * Runs the census of one page: `score` extracts and scores the page (it is called once with every rule watched,
 * then once per acting rule with that rule a no-op); the rules are as they were afterwards. `rules` is one record or
 * several (the clutter rules, the later passes, the tidy steps); `only` limits the census to those names.
 */
export function censusPage(
  rules: Rules | Rules[],
  Observer: typeof MutationObserver,
  score: () => Score,
  only?: ReadonlySet<string>,
): { base: Score; rules: CensusRow['rules'] } {
  const watch = watchRules(rules, Observer, only);
  let base: Score;
  let acted: Map<string, RuleAction>;
  try {
    base = scoreOf(score());
    acted = watch.take();
  } finally {
    watch.restore();
  }
  const out: CensusRow['rules'] = {};
  for (const [name, action] of acted) {
    const restore = ablateRules(rules, [name]);
    try {
      out[name] = { ...action, without: scoreOf(score()) };
    } finally {
      restore();
    }
  }
  return { base, rules: out };
}

/** Per rule over a set of census rows: where it acted and what leaving it out changed. */
export interface RuleTally {
  rule: string;
  /** Pages (folds 0–2) where it acted, sites among them, and sites where it helped / hurt (summed over its pages). */
  pages: number;
  sites: number;
  helped: string[];
  hurt: string[];
  /** Sum over the pages of F1 with − without (folds 0–2), and the share of the gain on its best two sites. */
  net: number;
  gain: number;
  loss: number;
  topTwoShare: number;
  /** Recall with − without, summed (folds 0–2): a rule that removes text shows here. */
  recall: number;
  /** The probe fold: pages acted, sum of F1 deltas, pages helped / hurt. */
  probePages: number;
  probeNet: number;
  probeHelped: number;
  probeHurt: number;
  /** Net F1 (folds 0–2) per page type. */
  byType: Record<string, number>;
  flags: string[];
}

const PROBE_FOLD = 3;

/** Tallies the rows per rule (worst net first) and flags the rules that do not carry (see the flags below). */
export function tallyRules(rows: CensusRow[]): RuleTally[] {
  const tallies = new Map<string, RuleTally>();
  const siteDelta = new Map<string, Map<string, number>>();
  for (const row of rows)
    for (const [rule, r] of Object.entries(row.rules)) {
      const t =
        tallies.get(rule) ??
        ({
          rule,
          pages: 0,
          sites: 0,
          helped: [],
          hurt: [],
          net: 0,
          gain: 0,
          loss: 0,
          topTwoShare: 0,
          recall: 0,
          probePages: 0,
          probeNet: 0,
          probeHelped: 0,
          probeHurt: 0,
          byType: {},
          flags: [],
        } satisfies RuleTally);
      tallies.set(rule, t);
      const d = row.base.f1 - r.without.f1;
      if (row.fold === PROBE_FOLD) {
        t.probePages++;
        t.probeNet += d;
        if (d > TIE) t.probeHelped++;
        else if (d < -TIE) t.probeHurt++;
        continue;
      }
      t.pages++;
      t.net += d;
      t.recall += row.base.recall - r.without.recall;
      t.byType[row.type] = (t.byType[row.type] ?? 0) + d;
      const sites = siteDelta.get(rule) ?? new Map<string, number>();
      siteDelta.set(rule, sites);
      const site = row.site ?? row.id ?? '?';
      sites.set(site, (sites.get(site) ?? 0) + d);
    }
  for (const t of tallies.values()) {
    const sites = siteDelta.get(t.rule) ?? new Map<string, number>();
    t.sites = sites.size;
    const deltas = [...sites].sort((a, b) => b[1] - a[1]);
    t.helped = deltas.filter(([, d]) => d > TIE).map(([s]) => s);
    t.hurt = deltas.filter(([, d]) => d < -TIE).map(([s]) => s);
    t.gain = deltas.reduce((s, [, d]) => s + Math.max(0, d), 0);
    t.loss = deltas.reduce((s, [, d]) => s + Math.min(0, d), 0);
    t.topTwoShare = t.gain > 0 ? deltas.slice(0, 2).reduce((s, [, d]) => s + Math.max(0, d), 0) / t.gain : 0;
    // Its gain sits on one or two sites while it costs on more sites than it helps.
    if (t.hurt.length >= 2 && t.helped.length <= 2 && t.hurt.length > t.helped.length) t.flags.push('narrow gain');
    if (t.net < -TIE) t.flags.push('net −');
    if (t.probeNet < -TIE) t.flags.push('fold 3 −');
  }
  return [...tallies.values()].sort((a, b) => a.net - b.net || a.rule.localeCompare(b.rule));
}

const f = (x: number) => (x >= 0 ? '+' : '−') + Math.abs(x).toFixed(3);

/** The census table: one row per rule that acted, worst net first. */
export function censusTable(rows: CensusRow[], types: readonly string[]): string {
  const shownTypes = types.filter((ty) => rows.some((r) => r.type === ty));
  const probe = rows.filter((r) => r.fold === PROBE_FOLD).length;
  const head = [
    ...['rule', 'pages 0–2', 'sites', 'helped', 'hurt', 'net ΔF1 0–2', 'ΔR 0–2', 'top-2 share'],
    ...shownTypes.map((t) => `net ${t}`),
    ...['fold 3 pages', 'fold 3 +/−', 'fold 3 net', 'flags'],
  ];
  const lines = [
    `Census of the rules: ${rows.length - probe} pages of folds 0–2, ${probe} of fold 3 (counted only). ` +
      "ΔF1 = with − without the rule (positive: the rule helps); helped / hurt: sites whose pages' ΔF1 sums " +
      `beyond ±${TIE}.`,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---|').join('')}`,
  ];
  for (const t of tallyRules(rows)) {
    const cells = [
      ...[t.rule, t.pages, t.sites, t.helped.length, t.hurt.length, f(t.net), f(t.recall)],
      t.gain > 0 ? t.topTwoShare.toFixed(2) : '–',
      ...shownTypes.map((ty) => (ty in t.byType ? f(t.byType[ty]) : '–')),
      ...[t.probePages, `${t.probeHelped}/${t.probeHurt}`, t.probePages ? f(t.probeNet) : '–', t.flags.join(', ')],
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** The rows as they may be written: a probe-fold page loses its id, address and site. */
export function shownRow(row: CensusRow): CensusRow {
  if (row.fold !== PROBE_FOLD) return row;
  const { id: _id, url: _url, site: _site, ...rest } = row;
  return rest;
}
