// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { workerClient, type WorkerJob, type WorkerReply } from '@/utils/lib/worker-client';
import { serveWorkerJobs } from '@/utils/lib/serve-worker-jobs';

/**
 * A stand-in for a dedicated worker: what the page posts reaches the worker's scope (the `self` that
 * serveWorkerJobs sets up) a task later, and its answers come back the same way.
 */
class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  posted: { message: unknown; transfer: Transferable[] }[] = [];
  terminated = false;
  /** The worker's global scope, as serveWorkerJobs sees it. */
  scope: { onmessage: ((e: MessageEvent) => void) | null; postMessage: (m: unknown) => void };

  constructor(work: (job: unknown) => unknown, transfer?: (result: unknown) => Transferable[]) {
    FakeWorker.started.push(this);
    this.scope = {
      onmessage: null,
      postMessage: (m) => setTimeout(() => this.onmessage?.({ data: m } as MessageEvent)),
    };
    vi.stubGlobal('self', this.scope);
    serveWorkerJobs(work, transfer);
    vi.unstubAllGlobals();
  }

  postMessage(message: unknown, transfer: Transferable[] = []) {
    this.posted.push({ message, transfer });
    setTimeout(() => this.scope.onmessage?.({ data: message } as MessageEvent));
  }

  terminate() {
    this.terminated = true;
  }

  /** The worker dies (a script that fails to load, an error outside a job). */
  fail(message: string) {
    this.onerror?.({ message } as ErrorEvent);
  }
}

const asWorker = (w: FakeWorker) => w as unknown as Worker;

afterEach(() => {
  FakeWorker.started = [];
});

describe('workerClient and serveWorkerJobs', () => {
  it('starts the worker on the first job only, and answers each job with its own result', async () => {
    const start = vi.fn(() => asWorker(new FakeWorker((n) => (n as number) * 2)));
    const client = workerClient<number, number>(start, 'the doubling worker failed');
    expect(start).not.toHaveBeenCalled();
    expect(await Promise.all([client.run(1), client.run(2), client.run(3)])).toEqual([2, 4, 6]);
    expect(await client.run(21)).toBe(42);
    expect(start).toHaveBeenCalledTimes(1);
    expect(client.served()).toBe(4);
  });

  it('matches answers to jobs by id, whatever order they come back in', async () => {
    let worker!: FakeWorker;
    const client = workerClient<string, string>(
      () => asWorker((worker = new FakeWorker((s) => `<${s}>`))),
      'the worker failed',
    );
    const a = client.run('a');
    const b = client.run('b');
    // Answer b before a, by hand.
    const [ja, jb] = worker.posted.map((p) => p.message as WorkerJob<string>);
    worker.onmessage?.({ data: { id: jb.id, result: 'B' } satisfies WorkerReply<string> } as MessageEvent);
    worker.onmessage?.({ data: { id: ja.id, result: 'A' } satisfies WorkerReply<string> } as MessageEvent);
    expect(await Promise.all([a, b])).toEqual(['A', 'B']);
  });

  it("rejects a job with the worker's words when its work throws, and goes on with the next", async () => {
    const client = workerClient<number, number>(
      () =>
        asWorker(
          new FakeWorker((n) => {
            if ((n as number) < 0) throw new Error('negative size');
            return n;
          }),
        ),
      'the worker failed',
    );
    await expect(client.run(-1)).rejects.toThrow('negative size');
    expect(await client.run(5)).toBe(5);
    expect(FakeWorker.started).toHaveLength(1);
  });

  it('hands over the buffers named on both sides (not copied)', async () => {
    const client = workerClient<Uint8Array, Uint8Array>(
      () =>
        asWorker(
          new FakeWorker(
            (b) => b,
            (out) => [(out as Uint8Array).buffer as ArrayBuffer],
          ),
        ),
      'the worker failed',
    );
    const bytes = new Uint8Array([1, 2, 3]);
    await client.run(bytes, [bytes.buffer]);
    expect(FakeWorker.started[0].posted[0].transfer).toEqual([bytes.buffer]);
  });

  it('rejects every waiting job when the worker dies, and starts a new worker for the next job', async () => {
    const client = workerClient<number, number>(() => asWorker(new FakeWorker((n) => n)), 'the worker failed');
    const first = FakeWorker.started;
    const a = client.run(1);
    const b = client.run(2);
    FakeWorker.started[0].fail('');
    await expect(a).rejects.toThrow('the worker failed');
    await expect(b).rejects.toThrow('the worker failed');
    expect(first[0].terminated).toBe(true);
    expect(await client.run(3)).toBe(3);
    expect(FakeWorker.started).toHaveLength(2);
    expect(client.served()).toBe(1); // the dead worker's late answers, if any, are dropped
  });

  it('rejects a job that cannot be posted, leaving nothing waiting', async () => {
    const client = workerClient<unknown, unknown>(() => {
      const w = new FakeWorker((x) => x);
      w.postMessage = () => {
        throw new DOMException('could not be cloned', 'DataCloneError');
      };
      return asWorker(w);
    }, 'the worker failed');
    await expect(client.run(() => 1)).rejects.toThrow('could not be cloned');
    expect(client.served()).toBe(0);
  });

  it('answers with the error when an answer cannot be posted (the page is never left waiting)', async () => {
    let worker!: FakeWorker;
    const client = workerClient<number, number>(
      () => asWorker((worker = new FakeWorker(async (n) => n))),
      'the worker failed',
    );
    const first = client.run(1);
    const send = worker.scope.postMessage;
    worker.scope.postMessage = (m) => {
      if ((m as { result?: unknown }).result === 1) throw new DOMException('could not be cloned', 'DataCloneError');
      send(m);
    };
    await expect(first).rejects.toThrow('could not be cloned');
    expect(await client.run(2)).toBe(2);
  });

  describe('the silence watchdog', () => {
    afterEach(() => void vi.useRealTimers());
    const silent = () => {
      const w = new FakeWorker((x) => x);
      w.postMessage = (message: unknown) => void w.posted.push({ message, transfer: [] }); // never answers
      return w;
    };
    const stalled = (jobs: unknown[]) => new Error(`silent, waiting for ${jobs.join(' and ')}`);

    it('rejects every waiting job once the worker has sent nothing for the bound, and stops it', async () => {
      vi.useFakeTimers();
      const client = workerClient<string, string>(() => asWorker(silent()), 'failed', { ms: 60_000, error: stalled });
      const a = client.run('a');
      const b = client.run('b');
      const settled = vi.fn();
      void Promise.allSettled([a, b]).then(settled);
      await vi.advanceTimersByTimeAsync(59_000);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1_000);
      await expect(a).rejects.toThrow('silent, waiting for a and b');
      await expect(b).rejects.toThrow('silent, waiting for a and b');
      expect(FakeWorker.started[0].terminated).toBe(true);
    });

    it('a computer asleep is not silence: a timer fired long after it was due starts the count again', async () => {
      vi.useFakeTimers();
      const client = workerClient<string, string>(() => asWorker(silent()), 'failed', { ms: 60_000, error: stalled });
      const a = client.run('a');
      const settled = vi.fn();
      void a.catch(() => {}).finally(settled);
      await vi.advanceTimersByTimeAsync(30_000);
      // The computer sleeps for an hour: the clock moves on, the page's timers wait, and fire late on waking.
      vi.setSystemTime(Date.now() + 3_600_000);
      await vi.advanceTimersByTimeAsync(30_000);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(59_000);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1_000);
      await expect(a).rejects.toThrow('silent, waiting for a');
    });

    it('counts the silence from the last answer: a busy worker is never cut off', async () => {
      vi.useFakeTimers();
      const w = silent();
      const client = workerClient<string, string>(() => asWorker(w), 'failed', { ms: 60_000, error: stalled });
      const jobs = ['a', 'b', 'c'].map((s) => client.run(s));
      const answer = (i: number) => {
        const { id, job } = w.posted[i].message as WorkerJob<string>;
        w.onmessage?.({ data: { id, result: job.toUpperCase() } } as MessageEvent);
      };
      await vi.advanceTimersByTimeAsync(50_000);
      answer(0);
      await vi.advanceTimersByTimeAsync(50_000);
      answer(1);
      await vi.advanceTimersByTimeAsync(50_000);
      answer(2);
      expect(await Promise.all(jobs)).toEqual(['A', 'B', 'C']);
      // Idle with nothing waiting: no watchdog runs; a later job is given its full bound.
      await vi.advanceTimersByTimeAsync(120_000);
      const d = client.run('d');
      await vi.advanceTimersByTimeAsync(59_000);
      answer(3);
      expect(await d).toBe('D');
      expect(w.terminated).toBe(false);
    });
  });
});
