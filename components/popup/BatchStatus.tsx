import { useLiveQuery } from '@/components/hooks/use-live-query';
import { batchProgress } from '@/utils/saving/save-url-queue';
import { dismissBatch } from '@/utils/saving/save-all-tabs';

/** Progress of a background batch ("12 / 30"), then what failed and why. */
export function BatchStatus({ batch }: { batch: string }) {
  const p = useLiveQuery(() => batchProgress(batch), [batch]);
  if (!p || p.total === 0) return null;
  const saved = p.done - p.failed.length;
  return (
    <div class="batch" id="batch" data-state={p.finished ? 'finished' : 'working'} role="status" aria-live="polite">
      <div class="batch-head">
        {p.finished ? (
          <span>
            Saved {saved} of {p.total}
            {p.failed.length > 0 && ` · ${p.failed.length} could not be saved`}
          </span>
        ) : (
          <span>
            Saving pages…{' '}
            <b id="batch-count">
              {p.done} / {p.total}
            </b>
          </span>
        )}
        {p.finished && (
          <button class="link-btn" id="batch-dismiss" onClick={() => dismissBatch(batch)}>
            Dismiss
          </button>
        )}
      </div>
      {!p.finished && (
        <progress max={p.total} value={p.done} aria-label="Pages saved so far">
          {p.done} / {p.total}
        </progress>
      )}
      {p.failed.length > 0 && (
        <ul class="batch-failed" id="batch-failed">
          {p.failed.map((f) => (
            <li>
              <b>{f.title || f.url || 'A tab'}</b>: <span class="reason">{f.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
