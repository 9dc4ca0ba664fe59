// How the benchmarks report: a Markdown table on stdout, and for a standard run the same table in the
// benchmark's section of its docs/ page (between <!-- bench:start --> and <!-- bench:end -->).
import fs from 'node:fs';
import os from 'node:os';

/** A Markdown table with a header row. */
export function markdownTable(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** The time of the run to the minute, in UTC ("2026-11-25 18:43 UTC"). */
export function runTime(): string {
  return new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

/** The machine: cores and the one-minute load average now. */
export function machineLoad(): { cores: number; load: string } {
  return { cores: os.cpus().length, load: os.loadavg()[0].toFixed(1) };
}

/**
 * Puts `body` in the benchmark section of `doc` when `write` (a standard run) and says what it did;
 * a quick or resized run leaves the recorded figures alone.
 */
export function recordInDocs(doc: string, body: string, write: boolean, log: (...a: unknown[]) => void): void {
  if (!write) {
    log(`not written to ${doc}: only a run with the default sizes and data is recorded there`);
    return;
  }
  if (!fs.existsSync(doc)) {
    log(`not written: ${doc} is missing`);
    return;
  }
  const text = fs.readFileSync(doc, 'utf8');
  fs.writeFileSync(
    doc,
    text.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${body}<!-- bench:end -->`),
  );
  log(`wrote the table to ${doc}`);
}
