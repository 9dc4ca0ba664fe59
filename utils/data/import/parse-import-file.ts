import { DEFAULT_ENTRY_CAP, openZip, ZipError } from '@/utils/lib/zip-reader';
import type { ParsedImport } from './import-item';
import { isPocketZip, parsePocketZip } from './parse-pocket-zip';
import { collectPocketRows } from './parse-pocket-csv';
import { PocketHtmlCollector } from './parse-pocket-html';
import { collectInstapaperRows } from './parse-instapaper-csv';
import { isOmnivoreZip, parseOmnivoreZip } from './parse-omnivore';
import { BookmarkCollector, HtmlListReader } from './parse-bookmarks-html';
import { collectUrlLine } from './parse-url-list';
import { ImportCollector, linesOf, textChunks, type ReadOptions } from './import-limits';
import { CsvSplitter } from './stream-csv';

/** A file that no importer recognizes; the message says which formats are accepted. */
export class UnknownFormatError extends Error {
  constructor(name: string, why: string) {
    super(
      `${name}: ${why} Offprint imports Pocket (.zip, .csv or ril_export.html), Instapaper (.csv), Omnivore ` +
        `(.zip), browser bookmarks (.html) and plain lists of URLs (.txt).`,
    );
    this.name = 'UnknownFormatError';
  }
}

/** Largest import file read (the text formats are streamed; this only stops a file nobody could mean). */
export const IMPORT_FILE_CAP = 2 * 1024 * 1024 * 1024;

async function parseZip(file: File, opts: ReadOptions): Promise<ParsedImport> {
  let zip;
  try {
    // Each entry unpacks to at most 64 MB, and the whole to at most 10× the file: a zip bomb is refused unread.
    zip = await openZip(file, { maxSize: () => DEFAULT_ENTRY_CAP, maxTotal: 10 * file.size + DEFAULT_ENTRY_CAP });
  } catch (e) {
    throw new UnknownFormatError(file.name, e instanceof ZipError ? `${e.message}` : 'this zip cannot be read.');
  }
  try {
    if (isOmnivoreZip(zip)) return await parseOmnivoreZip(zip, opts);
    if (isPocketZip(zip)) return await parsePocketZip(zip, opts);
  } catch (e) {
    if (e instanceof ZipError) throw new UnknownFormatError(file.name, e.message);
    throw e;
  }
  throw new UnknownFormatError(file.name, 'this zip is neither a Pocket nor an Omnivore export.');
}

type Kind = 'instapaper' | 'pocket-csv' | 'bookmarks' | 'pocket-html' | 'urls' | 'csv-unknown';

/** The format of a text export, from its name and first 64 KB. */
function kindOf(name: string, head: string): Kind {
  const first = head.split(/\r?\n/, 1)[0].toLowerCase();
  const csvKind = (): Kind =>
    /\bselection\b/.test(first) && /\bfolder\b/.test(first)
      ? 'instapaper'
      : /\btime_added\b/.test(first)
        ? 'pocket-csv'
        : 'csv-unknown';
  if (/\.csv$/i.test(name)) return csvKind();
  if (/<!DOCTYPE NETSCAPE-Bookmark-file/i.test(head)) return 'bookmarks';
  if (/\.html?$/i.test(name) || /^\s*</.test(head))
    return /<title>\s*Pocket Export\s*<\/title>/i.test(head) || /time_added=/i.test(head) ? 'pocket-html' : 'bookmarks';
  if (/^\s*(title,url|url,title)/i.test(head)) return csvKind();
  return 'urls';
}

/**
 * Reads any supported export (detected from its name and contents) into items and skipped rows. Text
 * formats are streamed 4 MB at a time (a 1,000,000-row CSV or a 100 MB bookmarks file stays in bounded
 * memory) with progress in bytes; at most IMPORT_CAP items are kept per run, from `startAt` on, and the
 * result says how many were left out.
 */
export async function parseImportFile(file: File, opts: ReadOptions = {}): Promise<ParsedImport> {
  const name = file.name;
  if (file.size > IMPORT_FILE_CAP)
    throw new UnknownFormatError(name, 'this file is larger than 2 GB, far more than any export Offprint reads.');
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  if (head[0] === 0x50 && head[1] === 0x4b) return parseZip(file, opts);
  const start = new TextDecoder().decode(await file.slice(0, 65536).arrayBuffer()).replace(/^\uFEFF/, '');
  const kind = kindOf(name, start);
  const into = new ImportCollector(opts);
  if (kind === 'csv-unknown')
    throw new UnknownFormatError(
      name,
      'this CSV has neither Pocket’s columns (title,url,time_added,…) nor Instapaper’s (URL,Title,Selection,Folder,…).',
    );
  if (kind === 'pocket-csv' || kind === 'instapaper') {
    const csv = new CsvSplitter();
    const collect = kind === 'instapaper' ? collectInstapaperRows : collectPocketRows;
    for await (const chunk of textChunks(file, opts)) if (!collect(csv.push(chunk), csv.fields, name, into)) break;
    collect(csv.end(), csv.fields, name, into);
    return into.result(kind === 'instapaper' ? 'instapaper' : 'pocket');
  }
  if (kind === 'bookmarks' || kind === 'pocket-html') {
    const reader = new HtmlListReader();
    const sink = kind === 'bookmarks' ? new BookmarkCollector(name, into) : new PocketHtmlCollector(name, into);
    for await (const chunk of textChunks(file, opts)) sink.feed(reader.push(chunk));
    sink.feed(reader.end());
    return into.result(kind === 'bookmarks' ? 'bookmarks' : 'pocket');
  }
  let n = 0;
  for await (const line of linesOf(textChunks(file, opts))) collectUrlLine(line, ++n, name, into);
  if (!into.seen) throw new UnknownFormatError(name, 'no web addresses were found in it.');
  return into.result('urls');
}
