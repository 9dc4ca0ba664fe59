import { BackupError, recordProblem, type BackupRecord } from '@/utils/data/backup/backup-format';
import { normalizeUrl, siteOf } from '@/utils/storage/normalize-url';
import { ZipError, zipReaderOf, type ZipEntry, type ZipReader } from '@/utils/lib/zip-reader';
import type { Inflater } from '@/utils/lib/inflate-off-thread';
import { runSliced } from '@/utils/lib/run-sliced';
import { makeTerms, notesOf, termsInput, type TermsInput } from '@/utils/search/make-terms';
import type { TextMeasure } from '@/utils/extraction/word-count';
import { TermIds, type TermsAdded } from './term-ids';

/**
 * What checking one record of a page file found: why it cannot be restored (`problem`), or its normalized URL,
 * its date and the zip entries it names. `named` is its URL as written (for the list of skipped records).
 */
export interface RecordVerdict {
  problem: string | null;
  named: string | null;
  url: string;
  updatedAt: number;
  files: string[];
}

/**
 * A sound record of a page file with its normalized URL, its search terms as ids (TermIds: the page's TermNames
 * turns them into terms) and the measure of its text (word counts).
 */
export interface GoodRecord {
  rec: BackupRecord;
  url: string;
  terms: Uint32Array;
  measure: TextMeasure;
}

/** The work a restore hands the thread that reads its backup (a worker in an extension page; see backupPages). */
export type PageJob =
  | { kind: 'open'; file: Blob; entries: Map<string, ZipEntry>; keep: number }
  | { kind: 'check'; name: string }
  | { kind: 'records'; name: string; skip: number[] }
  | { kind: 'files'; names: string[]; types: Map<string, string> };

/** Answers to PageJob, by kind; `failed` carries an error across the thread boundary with its class's name. */
export type PageReply =
  | { kind: 'open' }
  | { kind: 'check'; verdicts: RecordVerdict[]; spent: Spent }
  | { kind: 'records'; records: GoodRecord[]; count: number; fresh: TermsAdded; spent: Spent }
  | { kind: 'files'; bytes: Map<string, Uint8Array>; blobs: Map<string, Blob>; spent: Spent }
  | { kind: 'failed'; name: string; message: string };

/** Milliseconds the reading thread spent, by step, since its last reply (bench:backup's `worker: …` phases). */
export type Spent = Record<string, number>;

/** Page files are JSON in UTF-8: bytes that are not are damage, never guessed at. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A page file's records (not checked yet): the bytes must be UTF-8 JSON holding a list. */
function parsePage(bytes: Uint8Array, name: string, time: Timer): unknown[] {
  let json: unknown;
  try {
    const text = time('decode', () => utf8.decode(bytes));
    json = time('parse', () => JSON.parse(text));
  } catch (e) {
    const why = e instanceof TypeError ? 'it is not valid UTF-8 text' : (e as Error).message;
    throw new BackupError(`The backup is damaged: ${name} cannot be read (${why}).`);
  }
  if (!Array.isArray(json)) throw new BackupError(`The backup is damaged: ${name} is not a list of articles.`);
  return json;
}

/** Runs `f`, adding its time to a step of Spent. */
type Timer = <T>(step: string, f: () => T) => T;

/** Every zip entry a record refers to (its original and images). */
export function recordFileNames(rec: BackupRecord): string[] {
  return [...(rec.original ? [rec.original.file] : []), ...rec.images.map((im) => im.file)];
}

function verdictOf(r: unknown, sizeOf: (file: string) => number | undefined): RecordVerdict {
  const problem = recordProblem(r, sizeOf);
  const rec = r as BackupRecord;
  const named = typeof rec?.article?.url === 'string' ? rec.article.url : null;
  if (problem) return { problem, named, url: '', updatedAt: 0, files: [] };
  return {
    problem,
    named,
    url: normalizeUrl(rec.article.url),
    updatedAt: rec.article.updatedAt,
    files: recordFileNames(rec),
  };
}

/**
 * What a checked record's search terms are made from: bulkTermsInput of the row toBulkArticle makes of it (the
 * same fields, notes of its live highlights), without building the row (tests hold the two to the same result).
 */
export function recordTermsInput(rec: BackupRecord): TermsInput {
  const a = rec.article;
  const row = { title: a.title, site: siteOf(a.url), siteName: a.siteName ?? null, byline: a.byline ?? null };
  return termsInput(row, rec.content?.text ?? '', notesOf(rec.highlights));
}

/**
 * The handler of PageJob: a restore's reading of its backup (page files inflated, decoded, parsed and checked;
 * originals and images read and checked against their CRC-32), the same on whichever thread runs it. Each page's
 * JSON is parsed where it is read: the check pass hands back only its verdicts, the write pass only the records
 * to write with their search terms (tokenized here: no other worker is sent their texts), so the restore's page
 * never holds a page file's bytes or decoded text (session 26). The check keeps
 * the bytes of pages, up to `keep`, for the write pass, which then neither reads nor inflates them again.
 */
export function pageJobs(inflate: Inflater): (job: PageJob) => Promise<PageReply> {
  let zip: ZipReader | null = null;
  let spent: Spent = {};
  const time: Timer = (step, f) => {
    const t = performance.now();
    try {
      return f();
    } finally {
      spent[step] = (spent[step] ?? 0) + performance.now() - t;
    }
  };
  const timedInflate: Inflater = (raw, size) => time('inflate', () => inflate(raw, size));
  const kept = new Map<string, Uint8Array>();
  let room = 0;
  // Each distinct search term crosses to the page once (the page keeps id → term); records carry ids.
  const termIds = new TermIds();
  const read = async (name: string): Promise<Uint8Array> => {
    try {
      return await zip!.bytes(name);
    } catch (e) {
      if (e instanceof ZipError) throw new BackupError(`The backup is damaged, nothing was changed: ${e.message}`);
      throw e;
    }
  };
  /** The time since the last reply, by step, handed over with this one. */
  const took = (): Spent => {
    const out = spent;
    spent = {};
    return out;
  };
  /** As `time`, for a step that waits (reads from the file). */
  const timeAsync = async <T>(step: string, f: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await f();
    } finally {
      spent[step] = (spent[step] ?? 0) + performance.now() - t;
    }
  };
  const readTimed = (name: string) => timeAsync('read', () => read(name));
  const run = async (job: PageJob): Promise<PageReply> => {
    if (job.kind === 'open') {
      zip = zipReaderOf(job.file, job.entries, timedInflate);
      room = job.keep;
      return { kind: 'open' };
    }
    if (!zip) throw new Error('pageJobs: no backup is open.');
    const reader = zip;
    if (job.kind === 'check') {
      const bytes = await readTimed(job.name);
      const raw = parsePage(bytes, job.name, time);
      if (bytes.length <= room) {
        kept.set(job.name, bytes);
        room -= bytes.length;
      }
      const sizeOf = (f: string) => reader.entries.get(f)?.size;
      const verdicts = time('check', () => raw.map((r) => verdictOf(r, sizeOf)));
      return { kind: 'check', verdicts, spent: took() };
    }
    if (job.kind === 'records') {
      // Checked before anything was written, from the same bytes (the archive's checksums hold them).
      const bytes = kept.get(job.name) ?? (await readTimed(job.name));
      kept.delete(job.name);
      const raw = parsePage(bytes, job.name, time);
      const skip = new Set(job.skip);
      const recs = raw.filter((_r, i) => !skip.has(i)) as BackupRecord[];
      // In slices: a page's files (their own lane) go on between them instead of waiting for the whole page.
      const made: ReturnType<typeof makeTerms>[] = [];
      await runSliced(recs, (rec) => time('terms', () => made.push(makeTerms(recordTermsInput(rec)))));
      const ids = time('term ids', () => termIds.encode(made.map((m) => m.terms)));
      const records = recs.map((rec, i) => ({
        rec,
        url: normalizeUrl(rec.article.url),
        terms: ids[i],
        measure: made[i].measure,
      }));
      return { kind: 'records', records, count: raw.length, fresh: termIds.fresh(), spent: took() };
    }
    const files = await timeAsync('files', () => reader.files(job.names, job.types));
    return { kind: 'files', ...files, spent: took() };
  };
  const answer = async (job: PageJob): Promise<PageReply> => {
    try {
      return await run(job);
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      return { kind: 'failed', name: err.name, message: err.message };
    }
  };
  // Two lanes, one job at a time in each: a page's files (originals and images: mostly waiting for the file's reads,
  // then checksums), and the page files (open, records, check: inflating, parsing, tokenizing). Until session 33
  // both went through one queue, and the page files waited while a page's files were being read from the disk.
  // Within the page-file lane, the most urgent first: the next page's records (the page waits for them once it has
  // sanitized), then the check's pages. The write pass asks only for pages the check has passed, and stops asking
  // once a batch waits for the first write (which waits for the whole check), so it delays the check by a few pages
  // while the page's thread sanitizes them (until session 27 the check went first, and the page's thread sat idle
  // until the whole check had ended). Session 27 reverted this order after a hang in the browser it did not explain;
  // session 28 found no wait between page and worker that it can reach
  // (tests/utils/data/restore/restore-job-order.test.ts), and a silent worker now ends the restore (backupPages).
  const queue: { job: PageJob; done: (reply: PageReply) => void }[] = [];
  const busy = { files: false, pages: false };
  const laneOf = (job: PageJob) => (job.kind === 'files' ? 'files' : 'pages');
  const pump = () => {
    for (const lane of ['files', 'pages'] as const) {
      if (busy[lane]) continue;
      let first = -1;
      queue.forEach((q, i) => {
        if (laneOf(q.job) === lane && (first < 0 || URGENCY[q.job.kind] < URGENCY[queue[first].job.kind])) first = i;
      });
      if (first < 0) continue;
      const [{ job, done }] = queue.splice(first, 1);
      busy[lane] = true;
      void answer(job).then((reply) => {
        busy[lane] = false;
        pump();
        done(reply);
      });
    }
  };
  return (job) =>
    new Promise((done) => {
      queue.push({ job, done });
      pump();
    });
}

/** The order pageJobs takes waiting page-file jobs in (lower first); files have a lane of their own. */
const URGENCY: Record<PageJob['kind'], number> = { open: 0, files: 0, records: 2, check: 3 };

/** The buffers of a reply that can be handed over rather than copied (the originals' bytes, the terms' ids). */
export function pageReplyTransfer(reply: PageReply): Transferable[] {
  const views =
    reply.kind === 'files'
      ? [...reply.bytes.values()]
      : reply.kind === 'records'
        ? reply.records.map((r) => r.terms)
        : [];
  return [...new Set(views.map((b) => b.buffer as ArrayBuffer))];
}
