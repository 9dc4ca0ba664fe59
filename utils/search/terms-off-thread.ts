import { workerClient, workersAvailable } from '@/utils/lib/worker-client';
import { makeTerms, type TermsInput, type TermsOutput } from './make-terms';

const worker = workerClient<TermsInput[], TermsOutput[]>(
  () => new Worker(new URL('./terms-worker.ts', import.meta.url), { type: 'module', name: 'offprint-terms' }),
  'the search terms worker failed',
);

/**
 * makeTerms for many articles, in a worker where one can run (an extension page): the caller's thread
 * goes on with other work meanwhile. On the calling thread elsewhere (unit tests, the service worker).
 * The results are the same either way.
 */
export function termsOffThread(items: TermsInput[]): Promise<TermsOutput[]> {
  if (!items.length) return Promise.resolve([]);
  if (!workersAvailable()) return Promise.resolve(items.map(makeTerms));
  return worker.run(items);
}

/** How many jobs the worker has done in this page (tests check that a restore's tokenizing left the page). */
export function termsMadeOffThread(): number {
  return worker.served();
}
