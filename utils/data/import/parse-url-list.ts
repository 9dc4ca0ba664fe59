import { isWebUrl, makeItem, type ParsedImport } from './import-item';

/** A plain list of URLs, one a line; blank lines and `#` comments are ignored, anything else is reported. */
export function parseUrlList(text: string, file = 'urls.txt'): ParsedImport {
  const out: ParsedImport = { source: 'urls', items: [], problems: [] };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    if (isWebUrl(line)) out.items.push(makeItem({ url: line }));
    else out.problems.push({ file, line: i + 1, message: `"${line.slice(0, 80)}" is not a web address` });
  });
  return out;
}
