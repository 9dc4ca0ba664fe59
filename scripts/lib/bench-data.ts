// Where the Scrapinghub data lives, and the proof that our scorer reproduces its published figures.
import fs from 'node:fs';
import path from 'node:path';
import { scorePage, metricsOf, type Metrics } from './score';

/** The Scrapinghub benchmark ships with the repository (MIT; its LICENSE and README are kept with it). */
const CANDIDATES = ['bench/data/scrapinghub'];

/** Scrapinghub's ground truth: page id → its URL and article text. */
export type ScrapinghubTruth = Record<string, { url: string; articleBody: string }>;

/** The benchmark folder: --data when given, else the first default that exists. */
export function findDataDir(given?: string | null): string {
  const dirs = given ? [given] : CANDIDATES;
  const found = dirs.map((d) => path.resolve(d)).find((d) => fs.existsSync(path.join(d, 'ground-truth.json')));
  if (!found) throw new Error(`No benchmark data (ground-truth.json) in ${dirs.join(', ')}. Pass --data DIR.`);
  return found;
}

/**
 * A benchmark folder in either format: --data when given (Scrapinghub's ground-truth.json or WCXB's
 * ground-truth/ folder), else the Scrapinghub copy in the repository.
 */
export function findBenchDir(given?: string | null): string {
  if (!given) return findDataDir();
  const dir = path.resolve(given);
  if (fs.existsSync(path.join(dir, 'ground-truth.json')) || fs.existsSync(path.join(dir, 'ground-truth'))) return dir;
  throw new Error(
    `No benchmark data in ${given}: expected ground-truth.json (Scrapinghub format) or a ground-truth/ folder ` +
      `(WCXB format). WCXB is not in the repository; pass the folder that holds its html/ and ground-truth/.`,
  );
}

/** Figures published in the benchmark's README for the reference outputs we keep. */
export const PUBLISHED: Record<'readability_js' | 'trafilatura', Metrics> = {
  readability_js: { f1: 0.947, precision: 0.914, recall: 0.982, accuracy: 0.166 },
  trafilatura: { f1: 0.958, precision: 0.938, recall: 0.978, accuracy: 0.293 },
};

type Reference = Record<string, { articleBody?: string }> | { output: Record<string, { articleBody?: string }> };

/** Scores a reference output file ({output: {id: {articleBody}}} or {id: {articleBody}}) against the truth. */
export function scoreReference(truth: Record<string, { articleBody: string }>, reference: Reference): Metrics {
  const out = ('output' in reference ? reference.output : reference) as Record<string, { articleBody?: string }>;
  return metricsOf(Object.keys(truth).map((id) => scorePage(truth[id].articleBody, out[id]?.articleBody ?? '')));
}

/** Prints our scores of the reference outputs next to the published ones; false when any differs by > 0.0006. */
export function checkReference(dir: string): boolean {
  const truth: ScrapinghubTruth = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'));
  let ok = true;
  for (const [name, want] of Object.entries(PUBLISHED)) {
    const file = path.join(dir, 'reference-output', `${name}.json`);
    if (!fs.existsSync(file)) throw new Error(`Missing reference output ${file}: cannot check the scorer.`);
    const got = scoreReference(truth, JSON.parse(fs.readFileSync(file, 'utf8')));
    for (const k of Object.keys(want) as (keyof Metrics)[]) {
      const same = Math.abs(got[k] - want[k]) <= 0.0006;
      ok &&= same;
      console.log(`${same ? 'ok  ' : 'FAIL'} ${name} ${k}: ${got[k].toFixed(4)} (published ${want[k]})`);
    }
  }
  return ok;
}
