import { cleanTags, isWebUrl, makeItem, secondsToMs, type ImportItem, type ImportProblem } from './import-item';
import { ImportCollector } from './import-limits';
import { CsvSplitter, type CsvRow } from './stream-csv';

/** One row of Pocket's CSV as an item, or why it was skipped. */
export function pocketCsvRow(r: CsvRow): { item: ImportItem } | { problem: string } {
  const row = r.row;
  const problem = r.error ?? rowProblem(row);
  if (problem) return { problem };
  return {
    item: makeItem({
      url: row.url.trim(),
      title: (row.title ?? '').trim(),
      tags: cleanTags((row.tags ?? '').split('|')),
      status: (row.status ?? '').trim().toLowerCase() === 'archive' ? 'archived' : 'unread',
      savedAt: secondsToMs(row.time_added),
    }),
  };
}

/** Feeds Pocket CSV rows into a collector (items up to its cap, problems by line). */
export function collectPocketRows(
  rows: CsvRow[],
  fields: string[] | null,
  file: string,
  into: ImportCollector,
): boolean {
  if (fields && !fields.includes('url')) {
    into.problem({ file, line: 1, message: 'no "url" column: this is not a Pocket CSV export' });
    return false;
  }
  for (const r of rows) {
    if (!into.wants() && !r.error) {
      // Outside this run's window: only counted (as valid or not), never built into an item.
      if (rowProblem(r.row)) into.problem({ file, line: r.line, message: rowProblem(r.row)! });
      else into.skip();
      continue;
    }
    const got = pocketCsvRow(r);
    if ('item' in got) into.add(got.item);
    else into.problem({ file, line: r.line, message: got.problem });
  }
  return true;
}

/**
 * Pocket's CSV export (part_*.csv): columns found BY HEADER NAME (title, url, time_added, tags,
 * status; cursor may be absent). time_added is epoch seconds, tags are `|`-separated, status is
 * unread or archive. Bad rows are reported by line and skipped; items past the cap are counted.
 */
export function parsePocketCsv(
  text: string,
  file = 'part_000000.csv',
  into: ImportCollector = new ImportCollector(),
): { items: ImportItem[]; problems: ImportProblem[] } {
  const csv = new CsvSplitter();
  const rows = [...csv.push(text.replace(/^\uFEFF/, '')), ...csv.end()];
  collectPocketRows(rows, csv.fields, file, into);
  return { items: into.items, problems: into.problems };
}

function rowProblem(row: Record<string, string>): string | null {
  if (!isWebUrl(row.url)) return `"${row.url ?? ''}" is not a web address`;
  if (Number.isNaN(secondsToMs(row.time_added))) return `time_added "${row.time_added}" is not a date in seconds`;
  const status = (row.status ?? '').trim().toLowerCase();
  if (status && status !== 'unread' && status !== 'archive') return `unknown status "${row.status}"`;
  return null;
}
