import type { WorkerJob, WorkerReply } from './worker-client';

/**
 * The worker side of workerClient (utils/lib/worker-client.ts): answers each job with `work(job)` (awaited when
 * it is a promise), handing over the buffers `transfer(result)` names, or with the error's message when `work`
 * throws or rejects.
 */
export function serveWorkerJobs<J, R>(
  work: (job: J) => R | Promise<R>,
  transfer?: (result: R) => Transferable[],
): void {
  const scope = self as unknown as {
    onmessage: ((e: MessageEvent<WorkerJob<J>>) => void) | null;
    postMessage(m: WorkerReply<R>, transfer?: Transferable[]): void;
  };
  const fail = (id: number, e: unknown) => scope.postMessage({ id, error: (e as Error).message });
  // An answer that cannot be posted (a DataCloneError) is answered with that error: from inside `then` it would
  // otherwise be an unhandled rejection here, and the page would wait for an answer that never comes.
  const answer = (id: number, result: R) => {
    try {
      scope.postMessage({ id, result }, transfer?.(result) ?? []);
    } catch (e) {
      fail(id, e);
    }
  };
  scope.onmessage = ({ data: { id, job } }) => {
    try {
      const result = work(job);
      if (!(result instanceof Promise)) return answer(id, result);
      result.then(
        (r) => answer(id, r),
        (e) => fail(id, e),
      );
    } catch (e) {
      fail(id, e);
    }
  };
}
