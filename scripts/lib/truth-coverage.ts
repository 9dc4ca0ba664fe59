// How much of a benchmark page's truth its HTML holds, and a type's mean F1 with pages left out: the measure of what
// truth artifacts cost (a truth written from what a script drew, not from the saved HTML; pages named by hand).
import { tokenize } from './score';

/** Elements whose text no reader sees: their words are not the page's (a `<noscript>` crawler view is). */
const UNSEEN = /<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi;
/** A tag or a comment. */
const TAG = /<!--[\s\S]*?-->|<[^>]*>/g;
/** The few entities that join or split words. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** The words of a page's HTML, tags, scripts and styles left out, lower-cased. */
export function htmlWords(html: string): Set<string> {
  const text = html
    .replace(UNSEEN, ' ')
    .replace(TAG, ' ')
    .replace(/&(#?\w+);/g, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
  return new Set(tokenize(text).map((w) => w.toLowerCase()));
}

/**
 * The share of the truth's words (counted with repeats) that the page's HTML holds anywhere: near 1 for a truth
 * drawn from the saved page, low for one drawn from what a script printed later (a forum's JavaScript view saved
 * before it ran, a `http://localhost/` save). 1 for an empty truth.
 */
export function truthCoverage(html: string, truth: string): number {
  const words = tokenize(truth).map((w) => w.toLowerCase());
  if (!words.length) return 1;
  const seen = htmlWords(html);
  return words.filter((w) => seen.has(w)).length / words.length;
}

/** One page's score in a run. */
export interface ScoredPage {
  id: string;
  type: string;
  fold: number;
  f1: number;
}

/** A group's mean F1 with every page and with the `left` pages left out. */
export interface MeanWithout {
  pages: number;
  f1: number;
  left: number;
  f1Without: number;
}

/** The mean F1 of `pages` and of those not in `left` (NaN for no page). */
export function meanWithout(pages: ScoredPage[], left: ReadonlySet<string>): MeanWithout {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  const kept = pages.filter((p) => !left.has(p.id));
  return {
    pages: pages.length,
    f1: mean(pages.map((p) => p.f1)),
    left: pages.length - kept.length,
    f1Without: mean(kept.map((p) => p.f1)),
  };
}
