/** What a job worker answers (see serveWorkerJobs): the job's id with its result, or why it failed. */
export type WorkerReply<R> = { id: number; result: R } | { id: number; error: string };

/** What a job worker is sent: an id the answer carries back, and the job. */
export interface WorkerJob<J> {
  id: number;
  job: J;
}

/** Jobs sent to one dedicated worker, each answered by a promise. */
export interface WorkerClient<J, R> {
  /** Sends a job (`transfer`: buffers handed over to the worker, not copied) and resolves with its result. */
  run(job: J, transfer?: Transferable[]): Promise<R>;
  /** How many jobs the worker has answered in this page (tests check that work left the main thread). */
  served(): number;
  /** Stops the worker (jobs still waiting are rejected); a later job starts a new one. */
  close(): void;
}

/** True where a module worker can run (an extension page); not in the service worker or unit tests. */
export function workersAvailable(): boolean {
  return typeof Worker === 'function' && typeof document !== 'undefined' && /-extension:$/.test(location.protocol);
}

/**
 * A client for a dedicated worker, started on the first job and kept for the next ones. `start` makes the
 * worker: pass `() => new Worker(new URL('./x-worker.ts', import.meta.url), { type: 'module' })` written
 * out at the call site, so Vite sees the literal and bundles the worker as its own file (a 'self' script,
 * allowed by the extension's CSP). When the worker fails, every job waiting is rejected with `failed` (or
 * the error's message) and the next job starts a new worker.
 */
export function workerClient<J, R>(start: () => Worker, failed: string): WorkerClient<J, R> {
  let worker: Worker | null = null;
  let next = 1;
  let served = 0;
  const waiting = new Map<number, { resolve: (result: R) => void; reject: (e: Error) => void }>();
  const open = (): Worker => {
    const w = start();
    w.onmessage = ({ data }: MessageEvent<WorkerReply<R>>) => {
      const job = waiting.get(data.id);
      waiting.delete(data.id);
      if (!job) return;
      served++;
      if ('error' in data) job.reject(new Error(data.error));
      else job.resolve(data.result);
    };
    w.onerror = (e) => {
      for (const job of waiting.values()) job.reject(new Error(e.message || failed));
      waiting.clear();
      if (worker === w) worker = null;
      w.terminate();
    };
    return w;
  };
  return {
    run(job, transfer = []) {
      const w = (worker ??= open());
      const id = next++;
      return new Promise<R>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        try {
          w.postMessage({ id, job } satisfies WorkerJob<J>, transfer);
        } catch (e) {
          // A job that cannot be cloned never reaches the worker: nothing will answer it.
          waiting.delete(id);
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
    },
    served: () => served,
    close() {
      if (!worker) return;
      worker.terminate();
      worker = null;
      for (const job of waiting.values()) job.reject(new Error(failed));
      waiting.clear();
    },
  };
}
