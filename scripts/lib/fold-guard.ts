// Issue 15's guard against fitting pages instead of kinds: per page type, the held-out fold's word F1 next to
// the full set's, and whether it stays within the margin. Beside it, how much of each truth the page itself
// holds (`truthCoverage`, as `bench:artifacts` counts it): a page whose truth was taken from what a script
// drew after load caps every extractor's recall, and a small fold with a few such pages misses the margin
// whatever the rules do. The guard is the first figure; the reachable-pages figure says how much of a miss
// is the fold's truths.
import { HELD_OUT_FOLD } from './domain-folds';
import { mean } from './word-score';
import type { Row } from './extract-report';

/** Below this share of its truth's words in its HTML a page counts as unreachable (`bench:artifacts`' default). */
export const REACHABLE = 0.5;

export interface GuardLine {
  type: string;
  all: { n: number; f1: number; reach: number; unreachable: number };
  held: { n: number; f1: number; reach: number; unreachable: number };
  /** Held-out F1 minus full-set F1 (negative: the held-out fold is lower). */
  gap: number;
  within: boolean;
  /** The same gap on the pages whose truth the page holds (reach ≥ REACHABLE). */
  reachableGap: number;
}

function side(rows: Row[]) {
  const reach = rows.map((r) => r.reach ?? 1);
  return {
    n: rows.length,
    f1: mean(rows.map((r) => r.ours.f1)),
    reach: mean(reach),
    unreachable: reach.filter((x) => x < REACHABLE).length,
  };
}

/** One line per type that has held-out pages, then `overall`; empty when no held-out page was run. */
export function foldGuard(rows: Row[], types: string[], margin = 0.03): GuardLine[] {
  const out: GuardLine[] = [];
  for (const type of [...types, 'overall']) {
    const all = type === 'overall' ? rows : rows.filter((r) => r.page.type === type);
    const held = all.filter((r) => r.page.fold === HELD_OUT_FOLD);
    if (!held.length) continue;
    const ok = (rs: Row[]) => rs.filter((r) => (r.reach ?? 1) >= REACHABLE);
    const a = side(all);
    const h = side(held);
    const gap = h.f1 - a.f1;
    const reachableGap = ok(held).length ? side(ok(held)).f1 - side(ok(all)).f1 : 0;
    out.push({ type, all: a, held: h, gap, within: gap >= -margin, reachableGap });
  }
  return out;
}

/** The guard as a Markdown table. */
export function foldGuardTable(lines: GuardLine[], margin = 0.03): string[] {
  if (!lines.length) return [];
  const f = (x: number) => x.toFixed(3);
  const s = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
  return [
    `### held-out fold guard (fold ${HELD_OUT_FOLD} within ${margin} of all pages)`,
    '',
    '| type | all: n / F1 | held out: n / F1 | gap | guard | truth in the page: all / held out ' +
      `(pages under ${REACHABLE}) | gap on pages holding their truth |`,
    '|---|---|---|---|---|---|---|',
    ...lines.map(
      (l) =>
        `| ${l.type} | ${l.all.n} / ${f(l.all.f1)} | ${l.held.n} / ${f(l.held.f1)} | ${s(l.gap)} | ` +
        `${l.within ? 'met' : 'not met'} | ${f(l.all.reach)} (${l.all.unreachable}) / ${f(l.held.reach)} ` +
        `(${l.held.unreachable}) | ${s(l.reachableGap)} |`,
    ),
    '',
  ];
}
