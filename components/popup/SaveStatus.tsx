import type { BackgroundReply } from '@/utils/messages';
import { SavingNote } from '@/components/popup/SavingNote';

/**
 * What the save bar shows: nothing while the popup starts (settings not read yet: no button that may
 * turn into "Saving…" a moment later), the Save button, work in progress, or a save's result.
 */
export type SaveState =
  { kind: 'starting' } | { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; result: BackgroundReply<'tab:save'> };

export interface SaveStatusProps {
  state: SaveState;
  onSave(force?: boolean): void;
  onUndo(id: number): void;
}

/** Failures a second try may mend (a page that loaded late, a full disk freed, a worker that stopped). */
const RETRY: string[] = ['extract-failed', 'storage-failed', 'quota', 'no-access', 'no-answer', 'failed'];

/** The top bar of the popup: the Save button, progress, and the result in words (with Undo). */
export function SaveStatus({ state, onSave, onUndo }: SaveStatusProps) {
  if (state.kind === 'starting') return <div class="save-bar" id="status" data-state="starting" aria-busy="true" />;
  if (state.kind === 'saving')
    return (
      <div class="save-bar" id="status" role="status" data-state="saving">
        <span class="spinner" aria-hidden="true" /> <SavingNote />
      </div>
    );
  if (state.kind === 'done' && state.result.ok) {
    const { id, existed, title } = state.result;
    return (
      <div class="save-bar ok" id="status" role="status" data-state={existed ? 'existed' : 'saved'}>
        <span class="save-text">
          {existed ? 'Already saved' : 'Saved'}: <em>{title}</em>
        </span>
        {!existed && (
          <button class="link-btn" id="undo" onClick={() => onUndo(id)}>
            Undo
          </button>
        )}
      </div>
    );
  }
  if (state.kind === 'done' && !state.result.ok && state.result.error === 'not-article')
    return (
      <div class="save-bar quiet" id="status" role="status" data-state="not-article">
        <span class="save-text" title={state.result.message}>
          This page does not look like an article.
        </span>
        <button class="link-btn" id="save" onClick={() => onSave(true)}>
          Save anyway
        </button>
      </div>
    );
  if (state.kind === 'done' && !state.result.ok && state.result.error !== 'undone') {
    const { error, message } = state.result;
    return (
      <div class="save-bar error" id="status" role="status" data-state={error}>
        <span class="save-text">{message}</span>
        {RETRY.includes(error) && (
          <button class="btn" id="save" onClick={() => onSave(false)}>
            Try again
          </button>
        )}
      </div>
    );
  }
  // Idle: auto-save is off, or this page's save was just undone (it is not saved again on its own).
  return (
    <div class="save-bar" id="status" data-state="idle">
      <button class="btn primary" id="save" onClick={() => onSave(false)}>
        Save this page
      </button>
    </div>
  );
}
