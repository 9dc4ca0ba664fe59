// CPU time of each clutter rule (`CLUTTER_RULES`), for `npm run bench:passes -- --rules`: the rules run one after
// another on the page's light copy (as extractArticle runs them, after the noscript pass), each call timed alone,
// so a before/after of two trees in one process says which rule a change made slower.
import type { removeClutter, CLUTTER_RULES } from '@/utils/extraction/remove-clutter';
import type { pageCopy } from '@/utils/extraction/page-copy';
import type { unwrapNoscript } from '@/utils/extraction/unwrap-noscript';

/** The bundle lines `loadExtractor` adds for rule timing. */
export const RULE_EXPORTS = [
  "export { removeClutter, CLUTTER_RULES } from './utils/extraction/remove-clutter';",
  "export { pageCopy } from './utils/extraction/page-copy';",
  "export { unwrapNoscript } from './utils/extraction/unwrap-noscript';",
];

/** What a bundle with `RULE_EXPORTS` holds. */
export interface RuleModule {
  removeClutter: typeof removeClutter;
  CLUTTER_RULES: typeof CLUTTER_RULES;
  pageCopy: typeof pageCopy;
  unwrapNoscript: typeof unwrapNoscript;
}

/** CPU microseconds `fn` takes (user + system). */
function cpu(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return d.user + d.system;
}

/**
 * Adds to `best` each rule's least CPU time (µs) over `repeat` runs on `doc` (a parsed page, left untouched).
 * A rule that throws is timed up to the throw; the page's other rules still run.
 */
export function timeRules(mod: RuleModule, doc: Document, repeat: number, best: Map<string, number>): void {
  const least = new Map<string, number>();
  for (let r = 0; r < repeat; r++) {
    const work = mod.pageCopy(doc);
    mod.unwrapNoscript(work);
    const timed = Object.fromEntries(
      Object.entries(mod.CLUTTER_RULES).map(([name, rule]) => [
        name,
        (c: Parameters<typeof rule>[0]) => {
          const us = cpu(() => rule(c));
          least.set(name, Math.min(least.get(name) ?? Infinity, us));
        },
      ]),
    );
    mod.removeClutter(work, timed);
  }
  for (const [name, us] of least) best.set(name, (best.get(name) ?? 0) + us);
}

/** Rows `| rule | this tree ms | base ms | change |` over all pages, slowest first (totals, not medians). */
export function ruleRows(ours: Map<string, number>, base: Map<string, number> | null): string[] {
  const names = [...new Set([...ours.keys(), ...(base?.keys() ?? [])])].sort(
    (a, b) => (ours.get(b) ?? 0) - (ours.get(a) ?? 0),
  );
  const ms = (us: number | undefined) => (us === undefined ? '–' : (us / 1000).toFixed(1));
  return names.map((name) => {
    const a = ours.get(name);
    const b = base?.get(name);
    const change = a !== undefined && b !== undefined ? `${a - b >= 0 ? '+' : ''}${((a - b) / 1000).toFixed(1)}` : '–';
    return base ? `| ${name} | ${ms(a)} | ${ms(b)} | ${change} |` : `| ${name} | ${ms(a)} |`;
  });
}
