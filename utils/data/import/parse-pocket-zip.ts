import type { ZipReader } from '@/utils/lib/zip-reader';
import type { ParsedImport } from './import-item';
import { normalizeUrl } from '@/utils/storage/normalize-url';
import { parsePocketCsv } from './parse-pocket-csv';
import { parsePocketHtml } from './parse-pocket-html';
import { parsePocketAnnotations } from './parse-pocket-annotations';
import { ImportCollector, type ReadOptions } from './import-limits';

const base = (name: string) => name.split('/').pop() ?? name;

/** True when a zip looks like Pocket's export (part_*.csv files or ril_export.html). */
export function isPocketZip(zip: ZipReader): boolean {
  return [...zip.entries.keys()].some((n) => /^part_.*\.csv$/i.test(base(n)) || base(n) === 'ril_export.html');
}

/**
 * Pocket's export zip: every part_*.csv (or ril_export.html), with annotations/*.json attached by URL.
 * Items are gathered one by one (a 200,000-row export once overflowed the stack with push(...items)),
 * up to the import cap; the rest are counted for a later run.
 */
export async function parsePocketZip(zip: ZipReader, opts: ReadOptions = {}): Promise<ParsedImport> {
  const into = new ImportCollector(opts);
  const names = [...zip.entries.keys()].sort();
  const parts = names.filter((n) => /^part_.*\.csv$/i.test(base(n)) || base(n) === 'ril_export.html');
  for (const [i, name] of parts.entries()) {
    if (opts.signal?.aborted) throw opts.signal.reason;
    if (base(name) === 'ril_export.html') parsePocketHtml(await zip.text(name), name, into);
    else parsePocketCsv(await zip.text(name), name, into);
    opts.onProgress?.(i + 1, parts.length);
  }
  const byItem = new Map<string, typeof into.items>();
  for (const item of into.items) {
    const key = normalizeUrl(item.url);
    byItem.set(key, [...(byItem.get(key) ?? []), item]);
  }
  for (const name of names.filter((n) => /(^|\/)annotations\/[^/]+\.json$/i.test(n))) {
    const { byUrl, problems } = parsePocketAnnotations(await zip.text(name), name);
    for (const p of problems) into.problem(p);
    for (const [url, list] of byUrl) {
      for (const item of byItem.get(url) ?? []) for (const h of list) item.highlights.push(h);
    }
  }
  return into.result('pocket');
}
