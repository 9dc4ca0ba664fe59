import Papa from 'papaparse';
import { cleanTags, isWebUrl, makeItem, secondsToMs, type ImportItem, type ParsedImport } from './import-item';

/** Instapaper's own folders; any other Folder value is a user folder and becomes a tag. */
const FOLDERS: Record<string, Partial<ImportItem>> = {
  unread: { status: 'unread' },
  archive: { status: 'archived' },
  starred: { favorite: true },
};

/**
 * Instapaper's CSV export (URL,Title,Selection,Folder,Timestamp,Tags), columns by header name.
 * Tags is a JSON array; Folder Unread/Archive/Starred sets state, a custom folder becomes a tag;
 * Timestamp is epoch seconds; Selection (a quoted passage) becomes a highlight.
 */
export function parseInstapaperCsv(text: string, file = 'instapaper-export.csv'): ParsedImport {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const out: ParsedImport = { source: 'instapaper', items: [], problems: [] };
  if (!parsed.meta.fields?.includes('url'))
    return { ...out, problems: [{ file, line: 1, message: 'no "URL" column: this is not an Instapaper CSV export' }] };
  const bad = new Map(parsed.errors.filter((e) => e.row != null).map((e) => [e.row!, e.message]));
  parsed.data.forEach((row, i) => {
    const line = i + 2;
    const savedAt = secondsToMs(row.timestamp);
    const tags = parseTags(row.tags);
    const problem =
      bad.get(i) ??
      (!isWebUrl(row.url)
        ? `"${row.url ?? ''}" is not a web address`
        : Number.isNaN(savedAt)
          ? `Timestamp "${row.timestamp}" is not a date in seconds`
          : tags === null
            ? `Tags ${row.tags} is not a JSON list`
            : null);
    if (problem) return out.problems.push({ file, line, message: problem });
    const folder = (row.folder ?? '').trim();
    const known = FOLDERS[folder.toLowerCase()];
    const selection = (row.selection ?? '').trim();
    out.items.push(
      makeItem({
        url: row.url.trim(),
        title: (row.title ?? '').trim(),
        savedAt,
        ...known,
        tags: cleanTags([...tags!, ...(known || !folder ? [] : [folder])]),
        highlights: selection ? [{ quote: selection, note: null, createdAt: savedAt ?? Date.now() }] : [],
      }),
    );
  });
  return out;
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
