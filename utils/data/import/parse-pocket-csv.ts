import Papa from 'papaparse';
import { cleanTags, isWebUrl, makeItem, secondsToMs, type ImportItem, type ImportProblem } from './import-item';

/**
 * Pocket's CSV export (part_*.csv): columns found BY HEADER NAME (title, url, time_added, tags,
 * status; cursor may be absent). time_added is epoch seconds, tags are `|`-separated, status is
 * unread or archive. Bad rows are reported by line and skipped.
 */
export function parsePocketCsv(
  text: string,
  file = 'part_000000.csv',
): { items: ImportItem[]; problems: ImportProblem[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const items: ImportItem[] = [];
  const problems: ImportProblem[] = [];
  if (!parsed.meta.fields?.includes('url'))
    return { items, problems: [{ file, line: 1, message: 'no "url" column: this is not a Pocket CSV export' }] };
  const bad = new Map(parsed.errors.filter((e) => e.row != null).map((e) => [e.row!, e.message]));
  parsed.data.forEach((row, i) => {
    const line = i + 2; // header is line 1
    const problem = bad.get(i) ?? rowProblem(row);
    if (problem) return problems.push({ file, line, message: problem });
    items.push(
      makeItem({
        url: row.url.trim(),
        title: (row.title ?? '').trim(),
        tags: cleanTags((row.tags ?? '').split('|')),
        status: (row.status ?? '').trim().toLowerCase() === 'archive' ? 'archived' : 'unread',
        savedAt: secondsToMs(row.time_added),
      }),
    );
  });
  return { items, problems };
}

function rowProblem(row: Record<string, string>): string | null {
  if (!isWebUrl(row.url)) return `"${row.url ?? ''}" is not a web address`;
  if (Number.isNaN(secondsToMs(row.time_added))) return `time_added "${row.time_added}" is not a date in seconds`;
  const status = (row.status ?? '').trim().toLowerCase();
  if (status && status !== 'unread' && status !== 'archive') return `unknown status "${row.status}"`;
  return null;
}
