// Which clutter rules (`CLUTTER_RULES`) carry to unseen sites: `bench:extract --ablate A,B` runs with the named
// rules turned into no-ops, and `--census` records, page by page, which rules changed the page and what the page's
// score is with each of them left out alone (see scripts/lib/rule-census.ts for the tables). The bundle's
// CLUTTER_RULES is the record removeClutter runs by default: a rule replaced in it is replaced for extractArticle.
import type { CLUTTER_RULES } from '@/utils/extraction/remove-clutter';
import type { Census } from '@/utils/extraction/page-census';

/** The bundle line `loadExtractor` adds for ablation. */
export const ABLATION_EXPORTS = ["export { CLUTTER_RULES } from './utils/extraction/remove-clutter';"];

/** What a bundle with `ABLATION_EXPORTS` holds. */
export interface AblationModule {
  CLUTTER_RULES: typeof CLUTTER_RULES;
}

type Rules = Record<string, (c: Census) => void>;

const noop = () => {};

/**
 * Turns the named rules of `rules` into no-ops, in place (the record stays the object removeClutter reads), and
 * returns the function that puts them back. A name that is no rule throws, with the names there are.
 */
export function ablateRules(rules: Rules, names: readonly string[]): () => void {
  const unknown = names.filter((n) => !Object.hasOwn(rules, n));
  if (unknown.length)
    throw new Error(`--ablate: no clutter rule ${unknown.join(', ')} (rules: ${Object.keys(rules).join(', ')})`);
  const saved = names.map((n) => [n, rules[n]] as const);
  for (const n of names) rules[n] = noop;
  return () => {
    for (const [n, rule] of saved) rules[n] = rule;
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

const textOf = (nodes: NodeList) => {
  let n = 0;
  for (const node of nodes) n += (node.textContent ?? '').length;
  return n;
};

/**
 * Wraps every rule of `rules` (in place) so that each call is watched with a MutationObserver (of the page's realm):
 * a rule that changed nothing leaves no record. `take()` returns what acted since the last take; `restore()` puts the
 * rules back.
 */
export function watchRules(
  rules: Rules,
  Observer: typeof MutationObserver,
): { take: () => Map<string, RuleAction>; restore: () => void } {
  let acted = new Map<string, RuleAction>();
  const saved = Object.entries(rules);
  for (const [name, rule] of saved)
    rules[name] = (c: Census) => {
      const doc = censusDocument(c);
      if (!doc) return rule(c);
      const observer = new Observer(() => {});
      observer.observe(doc, { childList: true, subtree: true, attributes: true, characterData: true });
      try {
        rule(c);
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
      for (const [name, rule] of saved) rules[name] = rule;
    },
  };
}
