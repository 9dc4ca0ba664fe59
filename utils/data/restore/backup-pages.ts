import { BackupError } from '@/utils/data/backup/backup-format';
import { inflateOffThread } from '@/utils/lib/inflate-off-thread';
import { workerClient, workersAvailable } from '@/utils/lib/worker-client';
import { ZipError, type ZipReader } from '@/utils/lib/zip-reader';
import { pageJobs, type GoodRecord, type PageJob, type PageReply, type RecordVerdict, type Spent } from './page-jobs';
import { TermNames } from './term-ids';

/** A restore's reads of its backup (see pageJobs); `close` when the restore ends. */
export interface BackupPages {
  /** A page file's records, checked: a verdict for each. */
  check(name: string): Promise<RecordVerdict[]>;
  /**
   * A page file's records but those at the indexes in `skip`, with their normalized URLs and their search terms'
   * ids (`terms` turns them into terms); `count` counts all.
   */
  records(name: string, skip?: Set<number>): Promise<{ records: GoodRecord[]; count: number }>;
  /** The search terms of a record's `terms` ids (each distinct term one string, shared by every record). */
  terms(ids: Uint32Array): string[];
  /** ZipReader.files: originals' bytes and images as Blobs (slices of the file), checked. */
  files(
    names: string[],
    types: Map<string, string>,
  ): Promise<{ bytes: Map<string, Uint8Array>; blobs: Map<string, Blob> }>;
  close(): void;
}

let servedOffThread = 0;

/** An error of the reading thread as the restore throws it (its class kept: BackupError and ZipError mean things). */
function rethrow(reply: Extract<PageReply, { kind: 'failed' }>): never {
  if (reply.name === 'BackupError') throw new BackupError(reply.message);
  if (reply.name === 'ZipError') throw new ZipError(reply.message);
  const e = new Error(reply.message);
  e.name = reply.name;
  throw e;
}

/**
 * How long a restore waits for its worker to answer anything, while a job waits, before it gives up (see
 * RestoreStalled). Its longest job (a page's originals and images, or a page's check) takes well under a second.
 */
export const READER_SILENCE_MS = 60_000;

/**
 * The restore's worker answered nothing for READER_SILENCE_MS while the restore waited for it: the restore stops
 * (and undoes what it wrote) instead of waiting forever. `waiting`: the jobs it was waiting for.
 */
export class RestoreStalled extends BackupError {
  constructor(
    readonly waiting: string[],
    ms: number,
  ) {
    const more = waiting.length > 3 ? ` and ${waiting.length - 3} more` : '';
    super(
      `The restore stopped: reading the backup gave no answer for ${ms < 1000 ? `${ms} ms` : `${ms / 1000} seconds`} ` +
        `(waiting for ${waiting.slice(0, 3).join(', ')}${more}). Nothing was changed: try again.`,
    );
    this.name = 'RestoreStalled';
  }
}

/** Adds the reading thread's time by step (a reply's `spent`) to the restore's timings, as `worker: <step>`. */
function addSpent(timings: Record<string, number>, spent: Spent): void {
  for (const [step, ms] of Object.entries(spent)) timings[`worker: ${step}`] = (timings[`worker: ${step}`] ?? 0) + ms;
}

/** What a job is, in a few words (RestoreStalled's list). */
function jobName(job: PageJob): string {
  if (job.kind === 'open') return 'the archive';
  if (job.kind === 'files') return `${job.names.length + job.types.size} files`;
  return `${job.kind} of ${job.name}`;
}

/** Where the reader runs: `worker` starts a stand-in for the restore's worker (tests); `silenceMs` its watchdog. */
export interface ReaderOptions {
  worker?: () => Worker;
  silenceMs?: number;
}

/**
 * Reads a restore's backup (`zip`, opened and checked from `file` by openBackup) in a worker of its own where
 * one can run (an extension page), on the calling thread elsewhere (unit tests): the same work either way.
 * `keep`: bytes of page files the check keeps for the write pass. A worker that answers nothing for
 * READER_SILENCE_MS while jobs wait fails them all with RestoreStalled. `timings`: the reading thread's time by
 * step is added to it as `worker: <step>`.
 */
export function backupPages(
  file: Blob,
  zip: ZipReader,
  keep: number,
  opts: ReaderOptions = {},
  timings?: Record<string, number>,
): BackupPages {
  let run: (job: PageJob) => Promise<PageReply>;
  let close = () => {};
  if (opts.worker || workersAvailable()) {
    const silenceMs = opts.silenceMs ?? READER_SILENCE_MS;
    const worker = workerClient<PageJob, PageReply>(
      opts.worker ??
        (() =>
          new Worker(new URL('./restore-worker.ts', import.meta.url), { type: 'module', name: 'offprint-restore' })),
      'the restore worker failed',
      { ms: silenceMs, error: (jobs) => new RestoreStalled(jobs.map(jobName), silenceMs) },
    );
    run = (job) =>
      worker.run(job).then((reply) => {
        servedOffThread++;
        return reply;
      });
    close = () => worker.close();
  } else run = pageJobs(inflateOffThread);
  const names = new TermNames();
  const opened = run({ kind: 'open', file, entries: zip.entries, keep });
  const ask = async <K extends PageJob['kind']>(job: PageJob & { kind: K }) => {
    await opened;
    const reply = await run(job);
    if (reply.kind === 'failed') rethrow(reply);
    if (timings && 'spent' in reply) addSpent(timings, reply.spent);
    return reply as Extract<PageReply, { kind: K }>;
  };
  return {
    check: async (name) => (await ask({ kind: 'check', name })).verdicts,
    records: async (name, skip) => {
      const { records, count, fresh } = await ask({ kind: 'records', name, skip: [...(skip ?? [])] });
      names.add(fresh);
      return { records, count };
    },
    files: async (names, types) => {
      const { bytes, blobs } = await ask({ kind: 'files', names, types });
      return { bytes, blobs };
    },
    terms: (ids) => names.decode(ids),
    close,
  };
}

/** How many jobs restore workers have answered in this page (tests check that a restore's reading left it). */
export function backupPagesServedOffThread(): number {
  return servedOffThread;
}
