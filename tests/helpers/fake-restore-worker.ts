import type { WorkerJob, WorkerReply } from '@/utils/lib/worker-client';
import { pageJobs, type PageJob, type PageReply } from '@/utils/data/restore/page-jobs';
import { inflateHere } from '@/utils/lib/inflate-off-thread';

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
