import type { ZipReader } from '@/utils/lib/zip-reader';
import type { ImportItem, ImportProblem, ParsedImport } from './import-item';
import { normalizeUrl } from '@/utils/storage/normalize-url';
import { parsePocketCsv } from './parse-pocket-csv';
import { parsePocketHtml } from './parse-pocket-html';
import { parsePocketAnnotations } from './parse-pocket-annotations';

const base = (name: string) => name.split('/').pop() ?? name;

/** True when a zip looks like Pocket's export (part_*.csv files or ril_export.html). */
export function isPocketZip(zip: ZipReader): boolean {
  return [...zip.entries.keys()].some((n) => /^part_.*\.csv$/i.test(base(n)) || base(n) === 'ril_export.html');
}

/** Pocket's export zip: every part_*.csv (or ril_export.html), with annotations/*.json attached by URL. */
export async function parsePocketZip(zip: ZipReader): Promise<ParsedImport> {
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  const names = [...zip.entries.keys()].sort();
  for (const name of names) {
    const b = base(name);
    if (/^part_.*\.csv$/i.test(b)) push(parsePocketCsv(await zip.text(name), name));
    else if (b === 'ril_export.html') push(parsePocketHtml(await zip.text(name), name));
  }
  for (const name of names.filter((n) => /(^|\/)annotations\/[^/]+\.json$/i.test(n))) {
    const { byUrl, problems: p } = parsePocketAnnotations(await zip.text(name), name);
    problems.push(...p);
    for (const item of items) item.highlights.push(...(byUrl.get(normalizeUrl(item.url)) ?? []));
  }
  return { source: 'pocket', items, problems };

  function push(r: { items: ImportItem[]; problems: ImportProblem[] }) {
    items.push(...r.items);
    problems.push(...r.problems);
  }
}
