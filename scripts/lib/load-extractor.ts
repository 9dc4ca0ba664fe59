// Loads the app's TypeScript extractor in plain Node: esbuild (already in node_modules through wxt)
// bundles utils/ into one ES module under bench-results/.build, npm packages stay external, so the
// benchmark times the code exactly as the app ships it (not a transpile-on-import of each file).
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

/** The extractor exactly as the app ships it (+ `extra` export lines, typed by the caller's `T`). */
export async function loadExtractor<T = object>(extra: string[] = []): Promise<Extractor & T> {
  const outfile = path.join(ROOT, 'bench-results/.build', `extractor-${process.pid}.mjs`);
  await build({
    stdin: {
      contents: [
        "export { extractArticle } from './utils/extraction/extract-article';",
        "export { articleText } from './utils/extraction/article-text';",
        "export { Readability } from '@mozilla/readability';",
        ...extra,
      ].join('\n'),
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    alias: { '@': ROOT },
    outfile,
    logLevel: 'error',
  });
  try {
    return (await import(pathToFileURL(outfile).href)) as Extractor & T;
  } finally {
    fs.rmSync(outfile, { force: true });
  }
}
