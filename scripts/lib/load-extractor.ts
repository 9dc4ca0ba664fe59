// Loads the app's TypeScript extractor in plain Node: esbuild (already in node_modules through wxt)
// bundles utils/ into one ES module under bench-results/.build, npm packages stay external, so the
// benchmark times the code exactly as the app ships it (not a transpile-on-import of each file).
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import type { Readability } from '@mozilla/readability';
import type { extractArticle } from '@/utils/extraction/extract-article';
import type { articleText } from '@/utils/extraction/article-text';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What the bundle exports: the extractor, the text the app stores, and vanilla Readability. */
export interface Extractor {
  extractArticle: typeof extractArticle;
  articleText: typeof articleText;
  Readability: typeof Readability;
}

/**
 * The extractor exactly as the app ships it (+ `extra` export lines, typed by the caller's `T`). `root` is
 * another copy of the source tree (an older commit's utils/, see `exportTree`) to bundle instead of this one.
 */
export async function loadExtractor<T = object>(extra: string[] = [], root = ROOT): Promise<Extractor & T> {
  const outfile = path.join(ROOT, 'bench-results/.build', `extractor-${process.pid}-${Date.now()}.mjs`);
  await build({
    stdin: {
      contents: [
        "export { extractArticle } from './utils/extraction/extract-article';",
        "export { articleText } from './utils/extraction/article-text';",
        "export { Readability } from '@mozilla/readability';",
        ...extra,
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    alias: { '@': root },
    outfile,
    logLevel: 'error',
  });
  try {
    return (await import(pathToFileURL(outfile).href)) as Extractor & T;
  } finally {
    fs.rmSync(outfile, { force: true });
  }
}

/** The utils/ tree of a git revision, written to a temporary folder (for a before/after run in one process). */
export function exportTree(rev: string): string {
  const sha = execFileSync('git', ['rev-parse', '--verify', `${rev}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = path.join(os.tmpdir(), 'offprint-trees', sha);
  if (!fs.existsSync(path.join(dir, 'utils'))) {
    fs.mkdirSync(dir, { recursive: true });
    const tar = execFileSync('git', ['archive', sha, 'utils'], { cwd: ROOT, maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  }
  return dir;
}
