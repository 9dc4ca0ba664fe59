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

/** A watchdog timer that fires this much later than due (a computer asleep, a tab held back) counts no silence. */
const LATE_MS = 5_000;

/**
 * A client for a dedicated worker, started on the first job and kept for the next ones. `start` makes the
 * worker: pass `() => new Worker(new URL('./x-worker.ts', import.meta.url), { type: 'module' })` written
 * out at the call site, so Vite sees the literal and bundles the worker as its own file (a 'self' script,
 * allowed by the extension's CSP). When the worker fails, every job waiting is rejected with `failed` (or
 * the error's message) and the next job starts a new worker.
 *
 * `silence`: a watchdog. When jobs have been waiting and the worker has sent nothing for `ms` (a worker that
 * died without an error event, an answer it could not post), the worker is stopped and every waiting job is
 * rejected with `error(jobs)`, so that nothing waits forever for an answer that will not come.
 */
export function workerClient<J, R>(
  start: () => Worker,
  failed: string,
  silence?: { ms: number; error: (waiting: J[]) => Error },
): WorkerClient<J, R> {
  let worker: Worker | null = null;
  let next = 1;
  let served = 0;
  const waiting = new Map<number, { job: J; resolve: (result: R) => void; reject: (e: Error) => void }>();
  // The watchdog: when the worker was last heard from (or the page began waiting), and its one timer.
  let heard = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const rejectAll = (e: (jobs: J[]) => Error) => {
    const jobs = [...waiting.values()];
    waiting.clear();
    if (timer != null) clearTimeout(timer);
    timer = null;
    const error = e(jobs.map((j) => j.job));
    for (const job of jobs) job.reject(error);
  };
  const watch = () => {
    if (!silence || timer != null || !waiting.size) return;
    const due = Math.max(Date.now(), heard + silence.ms);
    timer = setTimeout(() => {
      timer = null;
      if (!waiting.size) return;
      // Fired long after it was due: the computer slept or the tab's timers were held back, and the worker with
      // them. That time is not silence: the count starts again.
      if (Date.now() - due > LATE_MS) heard = Date.now();
      if (Date.now() - heard < silence.ms) return watch();
      worker?.terminate();
      worker = null;
      rejectAll(silence.error);
    }, due - Date.now());
  };
  const open = (): Worker => {
    const w = start();
    w.onmessage = ({ data }: MessageEvent<WorkerReply<R>>) => {
      if (worker !== w) return; // a stopped worker's late answer
      heard = Date.now();
      const job = waiting.get(data.id);
      waiting.delete(data.id);
      if (!job) return;
      served++;
      if ('error' in data) job.reject(new Error(data.error));
      else job.resolve(data.result);
    };
    w.onerror = (e) => {
      if (worker === w) worker = null;
      w.terminate();
      rejectAll(() => new Error(e.message || failed));
    };
    return w;
  };
  return {
    run(job, transfer = []) {
      const w = (worker ??= open());
      const id = next++;
      return new Promise<R>((resolve, reject) => {
        if (!waiting.size) heard = Date.now(); // silence counts from when the page begins to wait
        waiting.set(id, { job, resolve, reject });
        try {
          w.postMessage({ id, job } satisfies WorkerJob<J>, transfer);
        } catch (e) {
          // A job that cannot be cloned never reaches the worker: nothing will answer it.
          waiting.delete(id);
          reject(e instanceof Error ? e : new Error(String(e)));
        }
        watch();
      });
    },
    served: () => served,
    close() {
      if (!worker) return;
      worker.terminate();
      worker = null;
      rejectAll(() => new Error(failed));
    },
  };
}
