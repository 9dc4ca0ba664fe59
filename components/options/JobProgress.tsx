import type { JobState } from '@/components/hooks/use-job';

/** Progress bar of a running job with its Cancel button; the outcome (cancelled, error) otherwise. */
export function JobProgress<T>({ id, state, onCancel }: { id: string; state: JobState<T>; onCancel: () => void }) {
  if (state.phase === 'running')
    return (
      <div class="job" id={`${id}-progress`} role="status" aria-live="polite">
        <span>
          {state.label}
          {state.total > 0 && ` ${state.done} / ${state.total}`}
        </span>
        <progress max={state.total || 1} value={state.total ? state.done : undefined} aria-label={state.label} />
        <button id={`${id}-cancel`} onClick={onCancel}>
          Cancel
        </button>
      </div>
    );
  if (state.phase === 'cancelled')
    return (
      <p class="muted" id={`${id}-status`} role="status">
        Cancelled. Nothing was changed.
      </p>
    );
  if (state.phase === 'error')
    return (
      <p class="error" id={`${id}-status`} role="alert">
        {state.message}
      </p>
    );
  return null;
}
