// Which rules and passes carry to unseen sites: `bench:extract --ablate A,B` runs with the named rules turned into
// no-ops, and `--census` records, page by page, which rules changed the page and what the page's score is with each
// of them left out alone (see scripts/lib/rule-census.ts for the tables). Three records are reached: the clutter
// rules (`CLUTTER_RULES`, the record removeClutter runs by default), the passes after them (`LATER_PASSES`, which
// extractArticle calls through) and the tidy pass's removal steps (`TIDY_STEPS`, which tidyArticle calls through):
// a rule replaced in its record is replaced for extractArticle.
import type { CLUTTER_RULES } from '@/utils/extraction/remove-clutter';
import type { LATER_PASSES } from '@/utils/extraction/later-passes';
import type { TIDY_STEPS } from '@/utils/extraction/tidy-article';
import type { Census } from '@/utils/extraction/page-census';

/** The bundle lines `loadExtractor` adds for ablation. */
export const ABLATION_EXPORTS = [
  "export { CLUTTER_RULES } from './utils/extraction/remove-clutter';",
  "export { LATER_PASSES } from './utils/extraction/later-passes';",
  "export { TIDY_STEPS } from './utils/extraction/tidy-article';",
];

/** What a bundle with `ABLATION_EXPORTS` holds. */
export interface AblationModule {
  CLUTTER_RULES: typeof CLUTTER_RULES;
  /** Absent from a bundle of a revision before the registry of the later passes. */
  LATER_PASSES?: typeof LATER_PASSES;
  TIDY_STEPS?: typeof TIDY_STEPS;
}

/** A record of rules or passes, each called through it (its arguments vary: a census, a body, an article root). */
export type Rules = Record<string, (...args: any[]) => any>;

/** The groups `--census-rules` and the tables name: which record a rule is in. */
export const RULE_GROUPS = ['clutter', 'later', 'tidy'] as const;
export type RuleGroup = (typeof RULE_GROUPS)[number];

/** The module's records by group (a group the bundle lacks is left out). */
export function ruleRecords(mod: AblationModule): Partial<Record<RuleGroup, Rules>> {
  const out: Partial<Record<RuleGroup, Rules>> = { clutter: mod.CLUTTER_RULES };
  if (mod.LATER_PASSES) out.later = mod.LATER_PASSES as Rules;
  if (mod.TIDY_STEPS) out.tidy = mod.TIDY_STEPS as Rules;
  return out;
}

/**
 * The names `--census-rules` selects, from a comma list of groups ("later", "tidy", "clutter", "all") and rule names;
 * an unknown word throws with the groups and names there are.
 */
export function selectRules(records: Partial<Record<RuleGroup, Rules>>, spec: string): Set<string> {
  const out = new Set<string>();
  const all = Object.values(records).flatMap((r) => Object.keys(r ?? {}));
  for (const word of spec.split(',').filter(Boolean)) {
    if (word === 'all') for (const n of all) out.add(n);
    else if ((RULE_GROUPS as readonly string[]).includes(word))
      for (const n of Object.keys(records[word as RuleGroup] ?? {})) out.add(n);
    else if (all.includes(word)) out.add(word);
    else
      throw new Error(
        `--census-rules: no group or rule ${word} (groups: all, ${RULE_GROUPS.join(', ')}; rules: ${all.join(', ')})`,
      );
  }
  return out;
}

const noop = () => null;

/** One record, or several searched in turn (a name is in one of them). */
const asList = (rules: Rules | Rules[]) => (Array.isArray(rules) ? rules : [rules]);

/**
 * Turns the named rules of `rules` (one record or several) into no-ops, in place (each record stays the object
 * its pass reads), and returns the function that puts them back. A no-op returns null (trimEdges' lead image: none).
 * A name that is no rule throws, with the names there are.
 */
export function ablateRules(rules: Rules | Rules[], names: readonly string[]): () => void {
  const list = asList(rules);
  const home = (n: string) => list.find((r) => Object.hasOwn(r, n));
  const unknown = names.filter((n) => !home(n));
  if (unknown.length)
    throw new Error(
      `--ablate: no rule or pass ${unknown.join(', ')} (rules: ${list.flatMap((r) => Object.keys(r)).join(', ')})`,
    );
  const saved = names.map((n) => [home(n)!, n, home(n)![n]] as const);
  for (const [record, n] of saved) record[n] = noop;
  return () => {
    for (const [record, n, rule] of saved) record[n] = rule;
  };
}

/** What one rule did to a page in one extraction (summed over its calls: the extractor may run the pass twice). */
export interface RuleAction {
  /** Mutation records: nodes moved, added, removed, attributes changed. */
  records: number;
  /** Characters of text the rule took out of the page (removed minus added nodes' text). */
  chars: number;
}

/** The document a census was taken of: the owner of the first element any of its lists holds. */
function censusDocument(c: Census): Document | null {
  for (const value of Object.values(c))
    if (Array.isArray(value))
      for (const item of value)
        if (item && typeof item === 'object' && 'ownerDocument' in item) return (item as Element).ownerDocument;
  return null;
}

/**
 * The node whose subtree a call changes: the root of the first node among its arguments (a working copy's document,
 * or Readability's article, which stands outside any document), of the first node in a list, or of a census.
 */
function watchedRoot(args: unknown[]): Node | null {
  for (const a of args) {
    if (!a || typeof a !== 'object') continue;
    if ('nodeType' in a) return (a as Node).getRootNode();
    if (Array.isArray(a)) {
      const first = a.find((x) => x && typeof x === 'object' && 'nodeType' in x) as Node | undefined;
      if (first) return first.getRootNode();
      continue;
    }
    const doc = censusDocument(a as Census);
    if (doc) return doc;
  }
  return null;
}

const textOf = (nodes: NodeList) => {
  let n = 0;
  for (const node of nodes) n += (node.textContent ?? '').length;
  return n;
};

/**
 * Wraps every rule of `rules` (one record or several; in place; only the names in `only` when given) so that each call
 * is watched with a MutationObserver (of the page's realm) on the subtree it works in: a rule that changed nothing
 * leaves no record. `take()` returns what acted since the last take; `restore()` puts the rules back.
 */
export function watchRules(
  rules: Rules | Rules[],
  Observer: typeof MutationObserver,
  only?: ReadonlySet<string>,
): { take: () => Map<string, RuleAction>; restore: () => void } {
  let acted = new Map<string, RuleAction>();
  const saved = asList(rules).flatMap((record) =>
    Object.entries(record)
      .filter(([name]) => !only || only.has(name))
      .map(([name, rule]) => [record, name, rule] as const),
  );
  for (const [record, name, rule] of saved)
    record[name] = (...args: unknown[]) => {
      const root = watchedRoot(args);
      if (!root) return rule(...args);
      const observer = new Observer(() => {});
      observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
      try {
        return rule(...args);
      } finally {
        const records = observer.takeRecords();
        observer.disconnect();
        if (records.length) {
          let chars = 0;
          for (const r of records) if (r.type === 'childList') chars += textOf(r.removedNodes) - textOf(r.addedNodes);
          const was = acted.get(name) ?? { records: 0, chars: 0 };
          acted.set(name, { records: was.records + records.length, chars: was.chars + chars });
        }
      }
    };
  return {
    take: () => {
      const out = acted;
      acted = new Map();
      return out;
    },
    restore: () => {
      for (const [record, name, rule] of saved) record[name] = rule;
    },
  };
}
