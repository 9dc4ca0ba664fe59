import { isWebUrl, makeItem, type ParsedImport } from './import-item';
import { ImportCollector } from './import-limits';

/** Feeds lines of a URL list into a collector: blank lines and `#` comments are ignored, anything else is reported. */
export function collectUrlLine(raw: string, n: number, file: string, into: ImportCollector): void {
  const line = raw.trim();
  if (!line || line.startsWith('#')) return;
  if (isWebUrl(line)) into.add(makeItem({ url: line }));
  else into.problem({ file, line: n, message: `"${line.slice(0, 80)}" is not a web address` });
}

/** A plain list of URLs, one a line; blank lines and `#` comments are ignored, anything else is reported. */
export function parseUrlList(
  text: string,
  file = 'urls.txt',
  into: ImportCollector = new ImportCollector(),
): ParsedImport {
  text.split(/\r?\n/).forEach((raw, i) => collectUrlLine(raw, i + 1, file, into));
  return into.result('urls');
}
