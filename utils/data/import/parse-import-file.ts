import { openZip, ZipError } from '@/utils/lib/zip-reader';
import type { ParsedImport } from './import-item';
import { isPocketZip, parsePocketZip } from './parse-pocket-zip';
import { parsePocketCsv } from './parse-pocket-csv';
import { parsePocketHtml } from './parse-pocket-html';
import { parseInstapaperCsv } from './parse-instapaper-csv';
import { isOmnivoreZip, parseOmnivoreZip } from './parse-omnivore';
import { parseBookmarksHtml } from './parse-bookmarks-html';
import { parseUrlList } from './parse-url-list';

/** A file that no importer recognizes; the message says which formats are accepted. */
export class UnknownFormatError extends Error {
  constructor(name: string, why: string) {
    super(
      `${name}: ${why} Offprint imports Pocket (.zip, .csv or ril_export.html), Instapaper (.csv), Omnivore (.zip), browser bookmarks (.html) and plain lists of URLs (.txt).`,
    );
    this.name = 'UnknownFormatError';
  }
}

async function parseZip(file: File): Promise<ParsedImport> {
  let zip;
  try {
    zip = await openZip(file);
  } catch (e) {
    throw new UnknownFormatError(file.name, e instanceof ZipError ? `${e.message}` : 'this zip cannot be read.');
  }
  if (isOmnivoreZip(zip)) return parseOmnivoreZip(zip);
  if (isPocketZip(zip)) return parsePocketZip(zip);
  throw new UnknownFormatError(file.name, 'this zip is neither a Pocket nor an Omnivore export.');
}

function parseCsv(text: string, name: string): ParsedImport {
  const header = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 1)[0]
    .toLowerCase();
  if (/\bselection\b/.test(header) && /\bfolder\b/.test(header)) return parseInstapaperCsv(text, name);
  if (/\btime_added\b/.test(header)) return { source: 'pocket', ...parsePocketCsv(text, name) };
  throw new UnknownFormatError(
    name,
    'this CSV has neither Pocket’s columns (title,url,time_added,…) nor Instapaper’s (URL,Title,Selection,Folder,…).',
  );
}

/** Reads any supported export (detected from its name and contents) into items and skipped rows. */
export async function parseImportFile(file: File): Promise<ParsedImport> {
  const name = file.name;
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  if (head[0] === 0x50 && head[1] === 0x4b) return parseZip(file);
  const text = await file.text();
  if (/\.csv$/i.test(name)) return parseCsv(text, name);
  if (/<!DOCTYPE NETSCAPE-Bookmark-file/i.test(text)) return parseBookmarksHtml(text, name);
  if (/\.html?$/i.test(name) || /^\s*</.test(text)) {
    if (/<title>\s*Pocket Export\s*<\/title>/i.test(text) || /time_added=/i.test(text))
      return { source: 'pocket', ...parsePocketHtml(text, name) };
    return parseBookmarksHtml(text, name);
  }
  if (/^\s*(title,url|url,title)/i.test(text)) return parseCsv(text, name);
  const urls = parseUrlList(text, name);
  if (!urls.items.length) throw new UnknownFormatError(name, 'no web addresses were found in it.');
  return urls;
}
