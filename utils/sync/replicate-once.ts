import type { Replication } from './pouch-types';
import { count } from '@/utils/lib/phase-timings';

/**
 * What one batch of a replication reports: documents written so far, how many the source still has, and how
 * many of this batch's documents are articles (the rest: images documents, the library document, removals).
 */
export interface BatchInfo {
  done: number;
  pending: number;
  articles: number;
}

/** Article documents (not their images documents, nor removed revisions) among a batch's documents. */
const articlesIn = (docs: unknown[] | undefined) =>
  (docs ?? []).filter((d) => {
    const doc = d as { t?: unknown; _deleted?: boolean };
    return doc.t === 'a' && !doc._deleted;
  }).length;

/**
 * Runs a one-shot replication until done or `ms` passed (then it stops; its checkpoint keeps what it did).
 * `onBatch` hears of every batch written (PouchDB's checkpoint for it is stored by then).
 */
export async function replicateOnce(
  rep: Replication,
  ms: number,
  phase: 'pull' | 'push',
  onBatch?: (info: BatchInfo) => void,
): Promise<{ complete: boolean; last_seq?: number | string }> {
  const timer = setTimeout(() => rep.cancel(), Math.max(ms, 1_000));
  rep.on('change', (info) => {
    const docs = (info as { docs?: unknown[] }).docs;
    count(`${phase}.batch`, 0, docs?.length ?? 0);
    onBatch?.({ done: info.docs_written, pending: info.pending ?? 0, articles: articlesIn(docs) });
  });
  try {
    const res = await rep;
    if (res.errors?.length && res.doc_write_failures) throw res.errors[0];
    return { complete: res.status !== 'cancelled', last_seq: res.last_seq };
  } finally {
    clearTimeout(timer);
  }
}
