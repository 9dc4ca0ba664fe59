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
export function tokenize(text: string | null | undefined): string[];
export function pageCounts(truth: string, pred: string): Counts;
export function exactMatch(truth: string, pred: string): boolean;
export function metricsOf(pages: PageScore[]): Metrics;
export function scorePage(truth: string, pred: string): PageScore;
export function scoreAll(
  pages: PageScore[],
  opts?: { samples?: number; seed?: number },
): Record<keyof Metrics, [number, number]>;
