// Scorer of WCXB (the Web Content eXtraction Benchmark), as its evaluate.py computes it: lower-cased
// `\w+` tokens as a bag of words; precision = overlap / predicted tokens, recall = overlap /
// reference tokens, F1 per page, each averaged over pages. Snippet rates: share of a page's `with`
// (or `without`) snippets found as a case-insensitive substring of the text; 1 when the list is empty.
import { tokenize } from './score';
import { seededRandom } from '../../utils/lib/seeded-random';

export interface WordScore {
  precision: number;
  recall: number;
  f1: number;
}

function bag(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tokenize(text.toLowerCase())) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

const total = (m: Map<string, number>) => {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
};

/** Word-level precision, recall and F1 of one page (an empty prediction scores 0; 1 when the truth is empty too). */
export function wordScore(pred: string, truth: string): WordScore {
  const p = bag(pred);
  const t = bag(truth);
  const np = total(p);
  const nt = total(t);
  if (!nt) return np ? { precision: 0, recall: 0, f1: 0 } : { precision: 1, recall: 1, f1: 1 };
  if (!np) return { precision: 0, recall: 0, f1: 0 };
  let overlap = 0;
  for (const [k, v] of p) overlap += Math.min(v, t.get(k) ?? 0);
  const precision = overlap / np;
  const recall = overlap / nt;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Share of the snippets found in the text (case-insensitive substring); 1 for an empty list, as WCXB counts it. */
export function snippetRate(text: string, snippets: string[]): number {
  if (!snippets.length) return 1;
  const lower = text.toLowerCase();
  return snippets.filter((s) => lower.includes(s.toLowerCase())).length / snippets.length;
}

export const mean = (xs: number[]): number => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

/** Bootstrap standard deviation of the mean of per-page values (1000 samples, fixed seed). */
export function bootstrapSd(xs: number[], samples = 1000, seed = 42): number {
  if (xs.length < 2) return 0;
  const rand = seededRandom(seed);
  const means: number[] = [];
  for (let i = 0; i < samples; i++) {
    let s = 0;
    for (let j = 0; j < xs.length; j++) s += xs[Math.floor(rand() * xs.length)];
    means.push(s / xs.length);
  }
  const m = mean(means);
  return Math.sqrt(mean(means.map((x) => (x - m) ** 2)));
}
