// The pages of a benchmark folder, whatever its format: Scrapinghub (ground-truth.json, one file)
// or WCXB (ground-truth/<id>.json, one file per page, with page types and with/without snippets).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { ScrapinghubTruth } from './bench-data';
import { foldOf } from './domain-folds';

/** Page types of WCXB; Scrapinghub pages are all articles. */
export const PAGE_TYPES = ['article', 'documentation', 'service', 'forum', 'collection', 'listing', 'product'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface BenchPage {
  id: string;
  url: string;
  type: PageType;
  fold: number;
  /** The main content a perfect extraction returns. */
  truth: string;
  /** Snippets a correct extraction contains (WCXB only). */
  with: string[];
  /** Snippets of boilerplate it must not contain (WCXB only). */
  without: string[];
}

export interface BenchSet {
  dir: string;
  /** 'scrapinghub': 4-token shingles (its README); 'wcxb': word-level F1 per page (its README). */
  format: 'scrapinghub' | 'wcxb';
  pages: BenchPage[];
}

/** Where a benchmark's pages are: WCXB has a ground-truth folder, Scrapinghub a ground-truth.json. */
export function isWcxbDir(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'ground-truth')) && fs.statSync(path.join(dir, 'ground-truth')).isDirectory();
}

interface WcxbTruthFile {
  url?: string;
  _internal?: { page_type?: { primary?: string } | string };
  ground_truth?: { main_content?: string; with?: string[]; without?: string[] };
}

/** The page type as the WCXB evaluator reads it ("category" is its old name for collection). */
function wcxbType(data: WcxbTruthFile): PageType {
  const pt = data._internal?.page_type;
  const raw = (typeof pt === 'string' ? pt : pt?.primary) ?? 'article';
  const type = raw === 'category' ? 'collection' : raw;
  return (PAGE_TYPES as readonly string[]).includes(type) ? (type as PageType) : 'article';
}

/** Reads the ground truth of a benchmark folder (not the pages' HTML: see `pageHtml`). */
export function loadBenchSet(dir: string): BenchSet {
  if (isWcxbDir(dir)) {
    const files = fs
      .readdirSync(path.join(dir, 'ground-truth'))
      .filter((f) => f.endsWith('.json'))
      .sort();
    const pages = files.map((f): BenchPage => {
      const data: WcxbTruthFile = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth', f), 'utf8'));
      const gt = data.ground_truth ?? {};
      const url = data.url || 'http://localhost/';
      return {
        id: f.replace(/\.json$/, ''),
        url,
        type: wcxbType(data),
        fold: foldOf(url),
        truth: gt.main_content ?? '',
        with: gt.with ?? [],
        without: gt.without ?? [],
      };
    });
    return { dir, format: 'wcxb', pages };
  }
  const truth: ScrapinghubTruth = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8'));
  const pages = Object.entries(truth).map(([id, t]): BenchPage => ({
    id,
    url: t.url,
    type: 'article',
    fold: foldOf(t.url),
    truth: t.articleBody,
    with: [],
    without: [],
  }));
  return { dir, format: 'scrapinghub', pages };
}

/** The HTML of one page (html/<id>.html.gz in both formats). */
export function pageHtml(set: BenchSet, id: string): string {
  return zlib.gunzipSync(fs.readFileSync(path.join(set.dir, 'html', `${id}.html.gz`))).toString('utf8');
}
