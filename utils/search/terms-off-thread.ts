import { workersAvailable } from '@/utils/lib/inflate-off-thread';
import { makeTerms, type TermsInput, type TermsOutput } from './make-terms';
import type { TermsJob, TermsReply } from './terms-worker';

let worker: Worker | null = null;
let next = 1;
const waiting = new Map<number, { resolve: (made: TermsOutput[]) => void; reject: (e: Error) => void }>();
let served = 0;

function startWorker(): Worker {
  // Vite bundles the worker as its own file (a 'self' script, allowed by the extension's CSP).
  const w = new Worker(new URL('./terms-worker.ts', import.meta.url), { type: 'module', name: 'offprint-terms' });
  w.onmessage = ({ data }: MessageEvent<TermsReply>) => {
    const job = waiting.get(data.id);
    waiting.delete(data.id);
    if (!job) return;
    served++;
    if ('error' in data) job.reject(new Error(data.error));
    else job.resolve(data.made);
  };
  w.onerror = (e) => {
    for (const job of waiting.values()) job.reject(new Error(e.message || 'the search terms worker failed'));
    waiting.clear();
    worker = null;
  };
  return w;
}

/**
 * makeTerms for many articles, in a worker where one can run (an extension page): the caller's thread
 * goes on with other work meanwhile. On the calling thread elsewhere (unit tests, the service worker).
 * The results are the same either way.
 */
export function termsOffThread(items: TermsInput[]): Promise<TermsOutput[]> {
  if (!items.length) return Promise.resolve([]);
  if (!workersAvailable()) return Promise.resolve(items.map(makeTerms));
  worker ??= startWorker();
  const id = next++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker!.postMessage({ id, items } satisfies TermsJob);
  });
}

/** How many jobs the worker has done in this page (tests check that a restore's tokenizing left the page). */
export function termsMadeOffThread(): number {
  return served;
}
