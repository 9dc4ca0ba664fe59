// Search terms and word counts of many articles, made in a dedicated worker (its own bundled file) so a
// restore's main thread stays free for sanitizing and for the running write's IndexedDB answers.
import { makeTerms, type TermsInput, type TermsOutput } from './make-terms';

/** A job: the inputs of many articles. */
export interface TermsJob {
  id: number;
  items: TermsInput[];
}

/** The answer: each article's output, in order, or why it could not be made. */
export type TermsReply = { id: number; made: TermsOutput[] } | { id: number; error: string };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<TermsJob>) => void) | null;
  postMessage(m: TermsReply): void;
};
scope.onmessage = ({ data: { id, items } }) => {
  try {
    scope.postMessage({ id, made: items.map(makeTerms) });
  } catch (e) {
    scope.postMessage({ id, error: (e as Error).message });
  }
};
