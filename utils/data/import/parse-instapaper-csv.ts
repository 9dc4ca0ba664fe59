import { cleanTags, isWebUrl, makeItem, secondsToMs, type ImportItem, type ParsedImport } from './import-item';
import { ImportCollector } from './import-limits';
import { CsvSplitter, type CsvRow } from './stream-csv';

/** Instapaper's own folders; any other Folder value is a user folder and becomes a tag. */
const FOLDERS: Record<string, Partial<ImportItem>> = {
  unread: { status: 'unread' },
  archive: { status: 'archived' },
  starred: { favorite: true },
};

/** Feeds Instapaper CSV rows into a collector; false when the file has no URL column. */
export function collectInstapaperRows(
  rows: CsvRow[],
  fields: string[] | null,
  file: string,
  into: ImportCollector,
): boolean {
  if (fields && !fields.includes('url')) {
    into.problem({ file, line: 1, message: 'no "URL" column: this is not an Instapaper CSV export' });
    return false;
  }
  for (const { row, line, error } of rows) {
    const savedAt = secondsToMs(row.timestamp);
    const tags = parseTags(row.tags);
    const problem =
      error ??
      (!isWebUrl(row.url)
        ? `"${row.url ?? ''}" is not a web address`
        : Number.isNaN(savedAt)
          ? `Timestamp "${row.timestamp}" is not a date in seconds`
          : tags === null
            ? `Tags ${row.tags} is not a JSON list`
            : null);
    if (problem) {
      into.problem({ file, line, message: problem });
      continue;
    }
    const folder = (row.folder ?? '').trim();
    const known = FOLDERS[folder.toLowerCase()];
    const selection = (row.selection ?? '').trim();
    into.add(
      makeItem({
        url: row.url.trim(),
        title: (row.title ?? '').trim(),
        savedAt,
        ...known,
        tags: cleanTags([...tags!, ...(known || !folder ? [] : [folder])]),
        highlights: selection ? [{ quote: selection, note: null, createdAt: savedAt ?? Date.now() }] : [],
      }),
    );
  }
  return true;
}

/**
 * Instapaper's CSV export (URL,Title,Selection,Folder,Timestamp,Tags), columns by header name.
 * Tags is a JSON array; Folder Unread/Archive/Starred sets state, a custom folder becomes a tag;
 * Timestamp is epoch seconds; Selection (a quoted passage) becomes a highlight.
 */
export function parseInstapaperCsv(
  text: string,
  file = 'instapaper-export.csv',
  into: ImportCollector = new ImportCollector(),
): ParsedImport {
  const csv = new CsvSplitter();
  const rows = [...csv.push(text.replace(/^\uFEFF/, '')), ...csv.end()];
  collectInstapaperRows(rows, csv.fields, file, into);
  return into.result('instapaper');
}

function parseTags(raw: string | undefined): string[] | null {
  if (!raw || !raw.trim()) return [];
  try {
    const v = JSON.parse(raw);
    return Array.isArray(v) ? v.map((t) => (typeof t === 'object' && t ? String(t.name ?? '') : String(t))) : null;
  } catch {
    return null;
  }
}
