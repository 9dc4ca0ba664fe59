// Loads the app's TypeScript extractor in plain Node: esbuild (already in node_modules through wxt)
// bundles utils/ into one ES module under bench-results/.build, npm packages stay external.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The extractor exactly as the app ships it: { extractArticle, articleText, Readability } (+ `extra` export lines). */
export async function loadExtractor(extra = []) {
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
    return await import(pathToFileURL(outfile).href);
  } finally {
    fs.rmSync(outfile, { force: true });
  }
}
