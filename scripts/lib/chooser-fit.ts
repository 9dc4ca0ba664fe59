// The chooser's fitting (scripts/train-chooser.ts): a weighted, L2-regularized logistic regression over the
// features of utils/extraction/choice-features.ts, with its samples taken from the collected development pages.
// In domain-fold cross-validation (2026-12-01) it did not beat the hand rules: no model ships (docs/extraction.md).
import { CHOICE_FEATURES } from '../../utils/extraction/choice-features';
import { mean } from './word-score';

/** One development page: its candidates' scores and, where the chooser was asked, its features. */
export interface ChooserRow {
  id: string;
  type: string;
  fold: number;
  /** F1 and `without` rate of the output, and of each candidate where the chooser was asked. */
  out: [number, number];
  region?: [number, number];
  article?: [number, number];
  features?: number[];
}

/** A logistic model over the features: standardized, weighted, summed with a bias. */
export interface ChooserModel {
  features: readonly string[];
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

export type Sample = { x: number[]; y: number; w: number };

/** Weighted, L2-regularized logistic regression on standardized features (full-batch gradient descent). */
export function fit(samples: Sample[], l2: number, only?: Set<string>): ChooserModel {
  const d = CHOICE_FEATURES.length;
  const mean0 = Array.from({ length: d }, (_, j) => mean(samples.map((s) => s.x[j])));
  const scale = Array.from({ length: d }, (_, j) => {
    const sd = Math.sqrt(mean(samples.map((s) => (s.x[j] - mean0[j]) ** 2)));
    return sd > 1e-9 ? sd : 1;
  });
  // Features left out (`only` names the others) read as 0 after standardizing: their weights stay 0.
  const used = CHOICE_FEATURES.map((f) => !only || only.has(f));
  const xs = samples.map((s) => s.x.map((v, j) => (used[j] ? (v - mean0[j]) / scale[j] : 0)));
  const total = samples.reduce((n, s) => n + s.w, 0) || 1;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let it = 0; it < 3000; it++) {
    const gw = w.map((wj) => (l2 * wj) / total);
    let gb = 0;
    for (let i = 0; i < xs.length; i++) {
      let z = b;
      for (let j = 0; j < d; j++) z += w[j] * xs[i][j];
      const err = (1 / (1 + Math.exp(-z)) - samples[i].y) * (samples[i].w / total);
      gb += err;
      for (let j = 0; j < d; j++) gw[j] += err * xs[i][j];
    }
    b -= 0.5 * gb;
    for (let j = 0; j < d; j++) w[j] -= 0.5 * gw[j];
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    features: [...CHOICE_FEATURES],
    mean: mean0.map(round),
    scale: scale.map(round),
    weights: w.map(round),
    bias: round(b),
  };
}

/** Training samples: pages where the chooser was asked and its two candidates score apart. */
export function samplesOf(rows: ChooserRow[], without = 0): Sample[] {
  // What taking the region is worth on a page: its F1 over the block's, less `without` times the share of
  // boilerplate snippets it adds.
  const gain = (r: ChooserRow) => r.region![0] - r.article![0] - without * (r.region![1] - r.article![1]);
  return rows
    .filter((r) => r.features && r.region && r.article && Math.abs(gain(r)) > 1e-4)
    .map((r) => ({ x: r.features!, y: gain(r) > 0 ? 1 : 0, w: Math.abs(gain(r)) }));
}

export function odds(m: ChooserModel, x: number[]): number {
  let z = m.bias;
  for (let j = 0; j < x.length; j++) z += m.weights[j] * ((x[j] - m.mean[j]) / (m.scale[j] || 1));
  return 1 / (1 + Math.exp(-z));
}
