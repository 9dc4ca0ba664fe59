import type { WorkerJob, WorkerReply } from '@/utils/lib/worker-client';
import { pageJobs, type PageJob, type PageReply } from '@/utils/data/restore/page-jobs';
import { inflateHere } from '@/utils/lib/inflate-off-thread';
import { JSDOM } from 'jsdom';
import type { OffprintDB } from '@/utils/storage/db';
import { exportBackup } from '@/utils/data/backup/export-backup';
import type { RestoreOptions } from '@/utils/data/restore/restore-backup';
import { sanitizeHtml } from '@/utils/extraction/sanitize-html';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;

/** A backup of `source` as the export makes it. */
export const backupOf = async (source: OffprintDB): Promise<Blob> =>
  (await exportBackup({ db: source, readSettings: async () => ({}), appVersion: '0.1.0', now: 5 })).blob;

/** Restore options into `target` that read the backup with `worker`, whose silence is borne `silenceMs`. */
export const restoreOptions = (
  target: OffprintDB,
  worker: FakeRestoreWorker,
  silenceMs: number,
  extra: Partial<RestoreOptions> = {},
): RestoreOptions => ({
  db: target,
  writeSettings: async () => {},
  prepareHtml: (html) => sanitizeHtml(html, win),
  reader: { worker: () => worker as unknown as Worker, silenceMs },
  ...extra,
});

/**
 * A stand-in for the restore's worker (utils/data/restore/restore-worker.ts) in unit tests: the same handler
 * (pageJobs), its messages delivered a task later each way. `hold(job)` true keeps that job's answer back
 * (a worker that never answers it) until `release()`; `delay(job)` holds it back that many ms (answers
 * may then arrive in another order than they were sent); `answered` lists the answers sent, in order.
 */
export class FakeRestoreWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  answered: string[] = [];
  private held: (() => void)[] = [];
  private handle = pageJobs(inflateHere);

  constructor(
    private hold: (job: PageJob) => boolean = () => false,
    private delay: (job: PageJob) => number = () => 0,
  ) {}

  postMessage({ id, job }: WorkerJob<PageJob>) {
    setTimeout(
      () =>
        void this.handle(job).then((result) => {
          const send = () => {
            if (this.terminated) return;
            this.answered.push(job.kind === 'open' || job.kind === 'files' ? job.kind : `${job.kind} ${job.name}`);
            const data = { id, result } satisfies WorkerReply<PageReply>;
            setTimeout(() => this.onmessage?.({ data } as MessageEvent), this.delay(job));
          };
          if (this.hold(job)) this.held.push(send);
          else send();
        }),
    );
  }

  /** Sends the answers held back so far. */
  release() {
    for (const send of this.held.splice(0)) send();
  }

  terminate() {
    this.terminated = true;
  }
}
