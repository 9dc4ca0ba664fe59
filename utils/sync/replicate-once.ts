import type { Replication } from './pouch-types';
import { count } from '@/utils/lib/phase-timings';

/** What one batch of a replication reports: documents written so far, and how many the source still has. */
export interface BatchInfo {
  done: number;
  pending: number;
}

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
    count(`${phase}.batch`, 0, (info as { docs?: unknown[] }).docs?.length ?? 0);
    onBatch?.({ done: info.docs_written, pending: info.pending ?? 0 });
  });
  try {
    const res = await rep;
    if (res.errors?.length && res.doc_write_failures) throw res.errors[0];
    return { complete: res.status !== 'cancelled', last_seq: res.last_seq };
  } finally {
    clearTimeout(timer);
  }
}
