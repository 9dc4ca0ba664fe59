import type { ImportCollector } from './import-limits';
import { CsvSplitter, type CsvRow } from './stream-csv';

/** Feeds one format's CSV rows into a collector; false when the file is not that format (reading stops). */
export type CsvCollector = (rows: CsvRow[], fields: string[] | null, file: string, into: ImportCollector) => boolean;

/**
 * A CsvCollector for an export whose header has a url column: a header without one is reported on line 1
 * (`notThisFormat` says whose export it is not) and stops the reading; otherwise `collectRows` takes the rows.
 */
export function csvCollector(
  notThisFormat: string,
  collectRows: (rows: CsvRow[], file: string, into: ImportCollector) => void,
): CsvCollector {
  return (rows, fields, file, into) => {
    if (fields && !fields.includes('url')) {
      into.problem({ file, line: 1, message: notThisFormat });
      return false;
    }
    collectRows(rows, file, into);
    return true;
  };
}

/** Feeds a whole CSV text (a leading byte-order mark dropped) through a collector. */
export function collectCsvText(text: string, file: string, into: ImportCollector, collect: CsvCollector): void {
  const csv = new CsvSplitter();
  const rows = [...csv.push(text.replace(/^\uFEFF/, '')), ...csv.end()];
  collect(rows, csv.fields, file, into);
}
