import type { Metrics } from './score.mjs';
export function findDataDir(given?: string | null): string;
export const PUBLISHED: Record<'readability_js' | 'trafilatura', Metrics>;
export function scoreReference(truth: Record<string, { articleBody: string }>, reference: unknown): Metrics;
export function checkReference(dir: string): boolean;
