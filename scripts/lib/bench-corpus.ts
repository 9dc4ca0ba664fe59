// The real news text the library benchmarks recombine into articles: the Scrapinghub ground truth that
// ships with the repository, or a larger set given with --data.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CorpusDoc } from '../../test-hooks/bench-seed';
import { ScriptError } from './run-script';

/** The default: the Scrapinghub benchmark's ground truth (MIT; bench/data/scrapinghub/LICENSE). */
export const DEFAULT_CORPUS = 'bench/data/scrapinghub';

export interface Corpus {
  /** Where it was read from, as given. */
  dir: string;
  docs: CorpusDoc[];
  /** A hash of the files read: a cached library seeded from other text is stale. */
  fingerprint: string;
}

/** One page of ground truth: its address and its main text, paragraphs on their own lines. */
interface Page {
  url: string;
  text: string;
}

/**
 * The folder's pages: a Scrapinghub-style `ground-truth.json` ({id: {url, articleBody}}) or a WCXB-style
 * `ground-truth/` folder of `<id>.json` ({url, ground_truth: {main_content}}). Null when it holds neither.
 */
function readPages(dir: string, hash: crypto.Hash): Page[] | null {
  const file = path.join(dir, 'ground-truth.json');
  if (fs.existsSync(file)) {
    const raw = fs.readFileSync(file, 'utf8');
    hash.update(raw);
    const gt = JSON.parse(raw) as Record<string, { url: string; articleBody: string }>;
    return Object.values(gt).map((d) => ({ url: d.url, text: d.articleBody ?? '' }));
  }
  const folder = path.join(dir, 'ground-truth');
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) return null;
  const names = fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (!names.length) return null;
  return names.map((name) => {
    const raw = fs.readFileSync(path.join(folder, name), 'utf8');
    hash.update(raw);
    const d = JSON.parse(raw) as { url: string; ground_truth?: { main_content?: string } };
    return { url: d.url, text: d.ground_truth?.main_content ?? '' };
  });
}

/**
 * Reads the corpus from `dir` (default: the Scrapinghub data in the repository). Throws a ScriptError
 * that says what it looked for when the folder holds no ground truth.
 */
export function loadCorpus(dir: string = DEFAULT_CORPUS): Corpus {
  const hash = crypto.createHash('sha256');
  const pages = fs.existsSync(dir) ? readPages(dir, hash) : null;
  if (!pages)
    throw new ScriptError(
      `No benchmark text in ${dir}: --data takes a folder with a ground-truth.json (the Scrapinghub format: ` +
        '{id: {url, articleBody}}) or a ground-truth/ folder of <id>.json files (the WCXB format: {url, ' +
        'ground_truth: {main_content}}).' +
        (dir === DEFAULT_CORPUS ? ` ${DEFAULT_CORPUS} ships with the repository: is this checkout complete?` : ''),
    );
  const docs = pages
    .map((p) => ({
      host: URL.canParse(p.url) ? new URL(p.url).hostname.replace(/^www\./, '') : 'example.org',
      paras: p.text
        .split(/\n+/)
        .map((s) => s.trim())
        .filter(Boolean),
    }))
    .filter((d) => d.paras.length);
  return { dir, docs, fingerprint: hash.digest('hex') };
}
