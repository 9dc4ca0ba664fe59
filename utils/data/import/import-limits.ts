import type { ImportItem, ImportProblem, ParsedImport } from './import-item';

/**
 * Most items one import takes. The library is built for tens of thousands of articles: a bigger export
 * is imported in several runs ("Read the next 50,000" starts where the last one stopped).
 */
export const IMPORT_CAP = 50_000;
/** Most skipped rows listed one by one (the rest are counted). */
export const PROBLEM_CAP = 1_000;

/** Where a long read stands: bytes (or rows) done of the total, for a progress bar. */
export type ReadProgress = (done: number, total: number) => void;

/** Options of the import parsers that read big files. */
export interface ReadOptions {
  /** Skip this many valid items first (the next run of a file bigger than IMPORT_CAP). */
  startAt?: number;
  cap?: number;
  onProgress?: ReadProgress;
  signal?: AbortSignal;
}

/** Gathers a parser's items up to the cap, counting what lies before `startAt` and past the cap. */
export class ImportCollector {
  readonly items: ImportItem[] = [];
  readonly problems: ImportProblem[] = [];
  /** Valid items seen in all. */
  seen = 0;
  moreProblems = 0;
  private readonly startAt: number;
  private readonly cap: number;
  constructor(opts: ReadOptions = {}) {
    this.startAt = opts.startAt ?? 0;
    this.cap = opts.cap ?? IMPORT_CAP;
  }
  /** True when the next item falls in this run's window (worth reading its files for). */
  wants(): boolean {
    return this.seen >= this.startAt && this.seen < this.startAt + this.cap;
  }
  /** Counts a valid item outside this run's window without building it. */
  skip(): void {
    this.seen++;
  }
  /** Adds an item if it falls in this run's window. */
  add(item: ImportItem): void {
    const n = this.seen++;
    if (n >= this.startAt && n < this.startAt + this.cap) this.items.push(item);
  }
  problem(p: ImportProblem): void {
    if (this.problems.length < PROBLEM_CAP) this.problems.push(p);
    else this.moreProblems++;
  }
  /** The parse result, with what was left out said in numbers. */
  result(source: ParsedImport['source']): ParsedImport {
    const leftOut = Math.max(0, this.seen - this.startAt - this.items.length);
    const problems = this.moreProblems
      ? [
          ...this.problems,
          { file: '', line: 0, message: `${this.moreProblems.toLocaleString('en')} more rows were skipped` },
        ]
      : this.problems;
    return { source, items: this.items, problems, total: this.seen, startAt: this.startAt, leftOut };
  }
}

/** Bytes read at a time from a big file. */
const CHUNK = 4 * 1024 * 1024;

/** A file's text, 4 MB at a time (UTF-8, a BOM dropped), never whole; reports progress in bytes. */
export async function* textChunks(file: Blob, opts: ReadOptions = {}): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for (let at = 0; at < file.size; at += CHUNK) {
    if (opts.signal?.aborted) throw opts.signal.reason ?? new DOMException('Cancelled', 'AbortError');
    const bytes = new Uint8Array(await file.slice(at, at + CHUNK).arrayBuffer());
    let text = decoder.decode(bytes, { stream: at + CHUNK < file.size });
    if (at === 0) text = text.replace(/^\uFEFF/, '');
    opts.onProgress?.(Math.min(file.size, at + CHUNK), file.size);
    yield text;
  }
}

/** Lines of a chunked text (without their line ends), never holding more than a chunk and a line. */
export async function* linesOf(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    const text = rest + chunk;
    const lines = text.split(/\r?\n/);
    rest = lines.pop() ?? '';
    for (const l of lines) yield l;
  }
  if (rest) yield rest;
}
