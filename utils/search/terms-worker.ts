// Search terms and word counts of many articles, made in a dedicated worker (its own bundled file) so a
// restore's main thread stays free for sanitizing and for the running write's IndexedDB answers.
// A job: the inputs of many articles; the answer: each article's output, in order.
import { serveWorkerJobs } from '@/utils/lib/serve-worker-jobs';
import { makeTerms, type TermsInput, type TermsOutput } from './make-terms';

serveWorkerJobs<TermsInput[], TermsOutput[]>((items) => items.map(makeTerms));
