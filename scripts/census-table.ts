// `npm run bench:census -- FILE…`: the table of `bench:extract --census` (scripts/lib/rule-census.ts) over the rows
// of one or more runs (FILE.census.json at a run's end, FILE.census.jsonl page by page, for a run cut short), e.g.
// the documentation, forum and service runs together.
import fs from 'node:fs';
import { PAGE_TYPES } from './lib/bench-pages';
import { censusTable, type CensusRow } from './lib/rule-census';

/** The census rows a file holds (a run's .census.json or its .census.jsonl). */
export function readCensusRows(file: string): CensusRow[] {
  const text = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.jsonl'))
    return text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as CensusRow);
  return (JSON.parse(text) as { rows: CensusRow[] }).rows;
}

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run bench:census -- FILE.census.json|FILE.census.jsonl …');
  process.exit(1);
}
console.log(censusTable(files.flatMap(readCensusRows), PAGE_TYPES));
