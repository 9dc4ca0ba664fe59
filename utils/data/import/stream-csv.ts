import Papa from 'papaparse';

/** One data row of a CSV file by header name (lower-cased, trimmed), with its line number and any parse error. */
export interface CsvRow {
  row: Record<string, string>;
  /** Data row number + 1 (the header is line 1), as the parsers report lines. */
  line: number;
  error: string | null;
}

/**
 * A CSV file read chunk by chunk: each chunk is cut after its last line end outside quotes (a quoted
 * field may hold line breaks), the complete part parsed by papaparse, the rest carried on. Memory
 * stays at one chunk whatever the file's size.
 */
export class CsvSplitter {
  private carry = '';
  private open = false;
  private header: string[] | null = null;
  private n = 0;

  /** The header (lower-cased), once the first line was read. */
  get fields(): string[] | null {
    return this.header;
  }

  /** Feeds a chunk; returns the rows it completed. */
  push(chunk: string): CsvRow[] {
    const buf = this.carry + chunk;
    // Jump from quote to quote and newline to newline (indexOf), not character by character.
    let cut = -1;
    let q = buf.indexOf('"', this.carry.length);
    let nl = buf.indexOf('\n', this.carry.length);
    while (nl >= 0) {
      if (q >= 0 && q < nl) {
        this.open = !this.open;
        q = buf.indexOf('"', q + 1);
        continue;
      }
      if (!this.open) cut = nl + 1;
      nl = buf.indexOf('\n', nl + 1);
    }
    for (; q >= 0; q = buf.indexOf('"', q + 1)) this.open = !this.open;
    if (cut < 0) {
      this.carry = buf;
      return [];
    }
    this.carry = buf.slice(cut);
    return this.parse(buf.slice(0, cut));
  }

  /** The rows of what is left at the end of the file. */
  end(): CsvRow[] {
    const rest = this.carry;
    this.carry = '';
    return rest.trim() ? this.parse(rest) : [];
  }

  private parse(piece: string): CsvRow[] {
    const parsed = Papa.parse<string[]>(piece, { header: false, skipEmptyLines: 'greedy' });
    const bad = new Map(parsed.errors.filter((e) => e.row != null).map((e) => [e.row!, e.message]));
    const out: CsvRow[] = [];
    for (const [i, cells] of parsed.data.entries()) {
      if (!this.header) {
        this.header = cells.map((h) => h.trim().toLowerCase());
        continue;
      }
      const row: Record<string, string> = {};
      this.header.forEach((h, k) => (row[h] = cells[k]));
      const count =
        cells.length < this.header.length
          ? `Too few fields: expected ${this.header.length} fields but parsed ${cells.length}`
          : cells.length > this.header.length
            ? `Too many fields: expected ${this.header.length} fields but parsed ${cells.length}`
            : null;
      out.push({ row, line: ++this.n + 1, error: bad.get(i) ?? count });
    }
    return out;
  }
}

/** The header line of a CSV text (lower-cased), to tell Pocket's export from Instapaper's. */
export function csvHeader(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 1)[0]
    .toLowerCase();
}
