import { applyMirror, mirrorBacklog } from './apply-mirror';
import type { PouchDatabase, ReplicateOptions } from './pouch-types';
import { replicateOnce } from './replicate-once';
import type { StepReport, SyncContext } from './sync-context';
import { count, markLast, timed } from '@/utils/lib/phase-timings';
import { traceEvent } from '@/utils/lib/event-trace';
import type { SyncProgress } from './sync-types';

export interface PullResult {
  /** The pull reached the server's latest change and every change it brought is in the library. */
  caughtUp: boolean;
  /** The server's sequence the pull reached (for long-polls), when it completed. */
  lastSeq?: number | string;
  /** Why the pull stopped early (it kept the batches it completed: they are in the library by now). */
  error: unknown;
}

/**
 * Pulls the server's changes into the mirror (PouchDB's one-shot replication, in batches) and takes them
 * into the library **while they arrive**: each batch the pull has written is applied (decrypted, merged,
 * written in one bulk transaction) while the next one downloads, so network, decryption and the library's
 * writes overlap instead of following each other. A pull cut off part-way keeps the batches it completed
 * (PouchDB's checkpoint); they are taken in before the error is returned. `left()` is the round's time left.
 */
export async function pullAndApply(
  ctx: SyncContext,
  opts: {
    remote: PouchDatabase;
    replicate: ReplicateOptions;
    left: () => number;
    note: (r: StepReport) => void;
    progress: (p: SyncProgress) => unknown;
    /** Asks the server why a pull failed (PouchDB's error for a failed download names no cause). */
    explain: (e: unknown) => Promise<unknown>;
  },
): Promise<PullResult> {
  const { left, note, progress } = opts;
  // What earlier rounds pulled and left (for progress only): read beside the pull, never before it.
  let backlog = 0;
  void mirrorBacklog(ctx)
    .then((n) => (backlog = n))
    .catch(() => {});
  let pulling = true;
  let batches = 0;
  let pulledDocs = 0;
  let pulledArticles = 0;
  let pendingDocs = 0;
  let applied = 0;
  // Progress counts articles: those the pull brought, plus its documents still to come (and those an earlier
  // round pulled but did not take in) at the share of articles among the documents seen so far (an article
  // may have an images document). Exact once the pull is done and the backlog taken.
  const expected = () => {
    const share = pulledDocs ? pulledArticles / pulledDocs : 1;
    return pulledArticles + Math.round((pendingDocs + backlog) * share);
  };
  let arrived = () => {};
  const heard = () => {
    batches++;
    arrived();
  };
  const rep = ctx.mirror.replicate.from(opts.remote, opts.replicate);
  const pull = timed('pull', () =>
    replicateOnce(rep, left(), 'pull', (b) => {
      traceEvent('pull.batch', b.done);
      pulledDocs = b.done;
      pulledArticles += b.articles;
      pendingDocs = b.pending;
      if (!applied) void progress({ phase: 'pull', done: pulledArticles, total: Math.max(expected(), pulledArticles) });
      heard();
    }),
  )
    .then((r) => ({ ...r, error: null as unknown }))
    .catch(async (e: unknown) => ({ complete: false, last_seq: undefined, error: await opts.explain(e) }))
    .finally(() => {
      markLast('pulled');
      traceEvent('pulled');
      pulling = false;
      heard();
    });

  let stopped = false;
  try {
    for (;;) {
      if (left() <= 0) {
        stopped = true;
        break;
      }
      // What the pull has written by now; a batch written during this apply is taken by the next one.
      const seen = batches;
      const during = pulling;
      const r = await timed('apply', () => applyMirror(ctx));
      count('apply.articles', 0, r.applied);
      if (r.applied) {
        markLast('applied');
        traceEvent('applied', r.applied);
      }
      applied += r.applied;
      note(r);
      if (r.applied) await progress({ phase: 'apply', done: applied, total: Math.max(expected(), applied) });
      if (r.more) continue;
      if (!during) break; // the pull had ended before this apply read the mirror: all is in
      if (batches === seen) await new Promise<void>((resolve) => (arrived = resolve));
    }
  } catch (e) {
    rep.cancel(); // the library could not take the changes: stop downloading more (the checkpoint keeps them)
    await pull;
    throw e;
  }
  const res = await pull;
  return { caughtUp: res.complete && !stopped, lastSeq: res.last_seq, error: res.error };
}
