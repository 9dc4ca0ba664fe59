// bench:sync's baseline: plain PouchDB 9 replication of the benchmark library (same articles, bodies and
// images as Offprint's, unencrypted, one document per article), default batch size, same server, in real
// Chromium: push from a profile that holds the library, then pull into an empty profile.
import { build, type Plugin } from 'esbuild';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type Launched } from '../../../tests/e2e/launch';
import type { CorpusDoc } from '../../../test-hooks/bench-seed';
import { sampleMemory } from '../browser-memory';

/** The benchmark page needs `benchArticle` only: the app's storage modules bench-seed imports are left out. */
const noStorage: Plugin = {
  name: 'no-storage',
  setup(b) {
    b.onResolve({ filter: /^@\/utils\/storage\// }, (a) => ({ path: a.path, namespace: 'no-storage' }));
    b.onLoad({ filter: /.*/, namespace: 'no-storage' }, () => ({
      contents:
        'const no = () => { throw new Error("not in the benchmark page"); }; ' +
        'export { no as getDb, no as saveArticle, no as writeArticleTables };',
      loader: 'js',
    }));
  },
};

/** The baseline page script (PouchDB + the benchmark library generator) as one classic script. */
export async function baselineBundle(): Promise<string> {
  const res = await build({
    entryPoints: [path.resolve('scripts/lib/sync/baseline-page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    alias: { '@': path.resolve('.') },
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    plugins: [noStorage],
    logLevel: 'error',
  });
  return res.outputFiles[0].text;
}

/** What both sides of bench:sync (the baseline and Offprint) are run with. */
export interface SyncRunOptions {
  corpus: CorpusDoc[];
  /** Articles in the library. */
  n: number;
  /** The extension build to load (default: the e2e build). */
  extensionDir?: string;
  log: (...a: unknown[]) => void;
}

export interface PhaseFigures {
  ms: number;
  docs: number;
  peakPss: number;
}

export interface BaselineFigures {
  /** The library as documents: how many (an article's, and an images one for an article with images), text
   *  bytes (fields and gzip-compressed bodies) and image bytes. */
  library: { count: number; text: number; images: number };
  push: PhaseFigures;
  pull: PhaseFigures;
  /** What B holds after the pull: documents, and article 0's attachments (body and images) and their bytes. */
  check: { count: number; attachments: number; bytes: number };
}

/** A Chromium profile with the built extension, on one of its pages (extension origin: its host permission
 *  for 127.0.0.1 spares the server CORS, as in Offprint), with the baseline script loaded. */
async function baselineBrowser(bundle: string, extensionDir?: string): Promise<{ app: Launched; page: Page }> {
  const app = await launch({ extensionDir });
  const page = await app.context.newPage();
  await page.goto(`chrome-extension://${app.extensionId}/icon.svg`);
  await page.evaluate(bundle);
  await page.bringToFront();
  return { app, page };
}

/** One timed one-shot replication in a baseline browser, with its peak PSS; throws unless every document moved. */
async function replicate(
  browser: { app: Launched; page: Page },
  way: 'push' | 'pull',
  dbUrl: string,
  expected: number,
): Promise<PhaseFigures> {
  const {
    result,
    peak: { pss: peakPss },
  } = await sampleMemory(browser.app.userDataDir, () =>
    browser.page.evaluate(([w, u]) => (globalThis as any).__baseline[w](u), [way, dbUrl] as const),
  );
  if (!result.ok || result.docs !== expected)
    throw new Error(`baseline ${way} wrote ${result.docs} of ${expected} documents`);
  return { ms: result.ms, docs: result.docs, peakPss };
}

/**
 * Seeds `n` articles into a fresh profile A (untimed), times A → `dbUrl` (an empty database), then times
 * `dbUrl` → a fresh profile B, each with the peak PSS of that browser's processes.
 */
export async function runBaseline(opts: SyncRunOptions & { dbUrl: string }): Promise<BaselineFigures> {
  const { dbUrl, corpus, n, log } = opts;
  const bundle = await baselineBundle();
  const a = await baselineBrowser(bundle, opts.extensionDir);
  let push: PhaseFigures;
  let library = { count: 0, text: 0, images: 0 };
  try {
    await a.page.evaluate((c) => ((globalThis as any).__corpus = c), corpus);
    const t0 = Date.now();
    for (let from = 0; from < n; from += 500) {
      const got = await a.page.evaluate(
        ([f, t]) => (globalThis as any).__baseline.seed((globalThis as any).__corpus, f, t),
        [from, Math.min(n, from + 500)],
      );
      library = { count: got.count, text: library.text + got.text, images: library.images + got.images };
      log(
        `baseline: seeded ${Math.min(n, from + 500)} / ${n} articles (${got.count} documents) in A ` +
          `(${((Date.now() - t0) / 1000).toFixed(0)} s)`,
      );
    }
    push = await replicate(a, 'push', dbUrl, library.count);
    log(`baseline: push ${n} articles A → server in ${(push.ms / 1000).toFixed(1)} s`);
  } finally {
    await a.app.close();
  }
  const b = await baselineBrowser(bundle, opts.extensionDir);
  try {
    const pull = await replicate(b, 'pull', dbUrl, library.count);
    log(`baseline: pull ${n} articles server → B in ${(pull.ms / 1000).toFixed(1)} s`);
    const check = await b.page.evaluate(() => (globalThis as any).__baseline.check(0));
    return { library, push, pull, check };
  } finally {
    await b.app.close();
  }
}
