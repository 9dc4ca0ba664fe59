import { useSaveAllTabs, type SaveAllTabsState } from '@/components/hooks/use-save-all-tabs';
import { BatchStatus } from './BatchStatus';

/**
 * "Save all tabs": asks for the host permission with the reason first (a click, as browsers require),
 * queues every tab of the window, and shows the batch's progress (also after reopening). With `state`
 * from a parent (the popup, whose menu holds the button), it shows only the progress and the question.
 */
export function SaveAllTabs({ state }: { state?: SaveAllTabsState }) {
  const own = useSaveAllTabs();
  const s = state ?? own;
  return (
    <div class="save-all">
      {s.batch && <BatchStatus batch={s.batch} />}
      {s.asking ? (
        <div class="ask" id="ask-hosts">
          <p>
            To save tabs without opening each one, Offprint downloads their pages itself. Your browser will ask to let
            Offprint read data on websites: it only reads the pages you ask it to save, and nothing leaves your
            computer.
          </p>
          <button class="btn primary" id="allow-hosts" onClick={s.allowAndStart}>
            Allow and save all tabs
          </button>
          <button class="link-btn" onClick={s.cancel}>
            Not now
          </button>
        </div>
      ) : (
        !state && (
          <button class="link-btn" id="save-all" onClick={s.begin}>
            Save all tabs in this window
          </button>
        )
      )}
      {s.denied && <p class="hint">Without that permission, save tabs one at a time with the Offprint button.</p>}
      {s.problem && (
        <p class="hint error" id="save-all-problem" role="alert">
          {s.problem}
        </p>
      )}
    </div>
  );
}
