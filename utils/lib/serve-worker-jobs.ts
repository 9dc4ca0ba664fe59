import type { WorkerJob, WorkerReply } from './worker-client';

/**
 * The worker side of workerClient (utils/lib/worker-client.ts): answers each job with `work(job)`, handing
 * over the buffers `transfer(result)` names, or with the error's message when `work` throws.
 */
export function serveWorkerJobs<J, R>(work: (job: J) => R, transfer?: (result: R) => Transferable[]): void {
  const scope = self as unknown as {
    onmessage: ((e: MessageEvent<WorkerJob<J>>) => void) | null;
    postMessage(m: WorkerReply<R>, transfer?: Transferable[]): void;
  };
  scope.onmessage = ({ data: { id, job } }) => {
    try {
      const result = work(job);
      scope.postMessage({ id, result }, transfer?.(result) ?? []);
    } catch (e) {
      scope.postMessage({ id, error: (e as Error).message });
    }
  };
}
