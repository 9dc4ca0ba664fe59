// Scorer of the Scrapinghub article-extraction benchmark, re-implemented from its README's rules:
// tokens are Unicode \w+ runs; each text is a multiset of 4-token shingles; per-page tp/fp/fn are
// normalised to sum 1; precision and recall are averaged over pages (pages with an empty prediction
// are left out of precision); F1 = 2PR/(P+R) of those means; accuracy = exact token-sequence match;
// ± is a bootstrap standard deviation over pages.

const TOKEN = /[\p{L}\p{N}_]+/gu; // Python re \w: letters, numbers, underscore (not combining marks)

/** Normalised [tp, fp, fn] of one page. */
export type Counts = [number, number, number];
export interface PageScore {
  counts: Counts;
  precision: number;
  recall: number;
  exact: boolean;
  empty: boolean;
}
export interface Metrics {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

/** The \w+ tokens of a text (Unicode, case kept). */
export function tokenize(text: string | null | undefined): string[] {
  return (text ?? '').match(TOKEN) ?? [];
}

function shingles(tokens: string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Normalised [tp, fp, fn] of one page's prediction against its truth. */
export function pageCounts(truth: string, pred: string): Counts {
  const t = shingles(tokenize(truth));
  const p = shingles(tokenize(pred));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

function precisionOf([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}
function recallOf([tp, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** True when the prediction has exactly the truth's token sequence. */
export function exactMatch(truth: string, pred: string): boolean {
  const a = tokenize(truth);
  const b = tokenize(pred);
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

/** Precision, recall, F1 and accuracy of per-page results ({counts, exact, empty}). */
export function metricsOf(pages: PageScore[]): Metrics {
  const precision = mean(pages.filter((p) => !p.empty).map((p) => precisionOf(p.counts)));
  const recall = mean(pages.map((p) => recallOf(p.counts)));
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall, accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))) };
}

/** Scores one page: counts, per-page P/R, exact match and emptiness. */
export function scorePage(truth: string, pred: string): PageScore {
  const counts = pageCounts(truth, pred);
  return {
    counts,
    precision: precisionOf(counts),
    recall: recallOf(counts),
    exact: exactMatch(truth, pred),
    empty: tokenize(pred).length === 0,
  };
}

/** Seeded PRNG (mulberry32) so the ± figures are the same from run to run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Metrics with bootstrap standard deviations: { f1: [value, sd], … }. */
export function scoreAll(
  pages: PageScore[],
  { samples = 1000, seed = 42 }: { samples?: number; seed?: number } = {},
): Record<keyof Metrics, [number, number]> {
  const point = metricsOf(pages);
  const rand = rng(seed);
  const boots: Metrics[] = [];
  for (let i = 0; i < samples; i++) {
    const sample = Array.from({ length: pages.length }, () => pages[Math.floor(rand() * pages.length)]);
    boots.push(metricsOf(sample));
  }
  const sd = (k: keyof Metrics) => {
    const m = mean(boots.map((b) => b[k]));
    return Math.sqrt(mean(boots.map((b) => (b[k] - m) ** 2)));
  };
  const keys = Object.keys(point) as (keyof Metrics)[];
  return Object.fromEntries(keys.map((k) => [k, [point[k], sd(k)]])) as Record<keyof Metrics, [number, number]>;
}
