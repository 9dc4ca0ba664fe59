import { describeSyncError } from './sync-errors';
import { flushOutbox } from './flush-outbox';
import type { PouchDatabase } from './pouch-types';
import { replicateOnce } from './replicate-once';
import type { StepReport, SyncContext } from './sync-context';
import { markLast, timed } from '@/utils/lib/phase-timings';
import { traceEvent } from '@/utils/lib/event-trace';
import type { SyncProgress } from './sync-types';

/**
 * Documents per upload request, largest first (PouchDB's default first). A 413 (a proxy in front of the
 * server refusing large requests) steps down to the next size; the size that then works is kept.
 */
export const PUSH_BATCHES = [100, 25, 5, 1] as const;
/** Upload batches queued ahead of the one being sent (bounded memory). */
const PUSH_AHEAD = 2;
/** A push started near the round's end still gets this long. */
const PUSH_MIN_MS = 5_000;

export interface PushOptions {
  remote: PouchDatabase;
  left: () => number;
  note: (r: StepReport) => void;
  progress: (p: SyncProgress) => unknown;
  /** The upload batch size that last worked here (kept by the caller), and where to keep a smaller one. */
  batchSize: number;
  setBatchSize: (n: number) => Promise<unknown>;
}

/**
 * Sends this library's changes: the outbox into the mirror (sealed, in batches) and the mirror to the server
 * in one-shot pushes that run **beside** the flush, each sending what the flush has written by then, so
 * sealing and uploading overlap instead of following each other; a last push after the flush sends the rest.
 * A push the server refuses stops the flush (nothing is lost: the outbox and the mirror keep the changes) and
 * its error is thrown once the flush has stopped. Returns whether outbox work was left at the round's end.
 */
export async function flushAndPush(ctx: SyncContext, opts: PushOptions): Promise<{ workLeft: boolean }> {
  const { left, note } = opts;
  const outboxAtStart = await ctx.db.outbox.count();
  let batch = opts.batchSize;
  let flushing = true;
  let flushed = 0;
  let pushedDocs = 0;
  let pushedArticles = 0;
  let pushError: unknown = null;
  let wake = () => {};

  let kept = batch;
  const pushOnce = async () => {
    for (;;)
      try {
        const base = pushedDocs;
        traceEvent('push');
        const rep = ctx.mirror.replicate.to(opts.remote, { batch_size: batch, batches_limit: PUSH_AHEAD });
        const res = await timed('push', () =>
          replicateOnce(rep, Math.max(left(), PUSH_MIN_MS), 'push', (b) => {
            pushedDocs = base + b.done;
            // Progress counts articles (the outbox holds one row per changed article), not documents.
            pushedArticles += b.articles;
            void opts.progress({
              phase: 'push',
              done: pushedArticles,
              total: Math.max(pushedArticles, outboxAtStart),
            });
          }),
        );
        markLast('pushed');
        traceEvent('pushed', pushedDocs - base);
        // A smaller size that worked is kept (a size that failed at every step is not).
        if (batch !== kept) await opts.setBatchSize((kept = batch));
        return res;
      } catch (e) {
        const smaller = PUSH_BATCHES.find((n) => n < batch);
        if (describeSyncError(e).code !== 'too-large' || smaller == null) {
          batch = kept;
          throw e;
        }
        batch = smaller; // the checkpoint keeps what went through; the rest goes in smaller requests
      }
  };

  const pushes = (async () => {
    let sent = 0; // flush batches written before the last push started (it saw them)
    let once = false; // one push at least (it also sends what earlier rounds or the apply wrote)
    for (;;) {
      while (flushing && flushed === sent) await new Promise<void>((resolve) => (wake = resolve));
      if (!flushing && flushed === sent && once) return;
      const upTo = flushed;
      await pushOnce();
      once = true;
      sent = upTo;
    }
  })().catch((e: unknown) => {
    pushError = e;
  });

  let workLeft = false;
  try {
    while (left() > 0 && !pushError) {
      const r = await timed('flush', () => flushOutbox(ctx));
      note(r);
      if (r.written) {
        markLast('flushed');
        traceEvent('flushed', r.written);
        flushed++;
        wake();
      }
      if (!r.more) break;
      if (left() <= 0) workLeft = true;
    }
  } finally {
    flushing = false;
    wake();
    await pushes;
  }
  if (pushError) throw pushError;
  return { workLeft };
}
