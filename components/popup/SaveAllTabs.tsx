import { useEffect, useState } from 'preact/hooks';
import { ALL_SITES, latestBatch, saveAllTabs } from '@/utils/saving/save-all-tabs';
import { useLiveQuery } from '@/components/hooks/use-live-query';
import { BatchStatus } from './BatchStatus';

/**
 * "Save all tabs": asks for the host permission with the reason first (a click, as browsers
 * require), queues every tab of the window, and shows the batch's progress (also after reopening).
 */
export function SaveAllTabs() {
  const [asking, setAsking] = useState(false);
  const [denied, setDenied] = useState(false);
  const batch = useLiveQuery(() => latestBatch(), []);
  const [granted, setGranted] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    browser.permissions.contains(ALL_SITES).then(setGranted, () => setGranted(false));
  }, []);

  const start = async () => {
    setAsking(false);
    setProblem(null);
    try {
      const { started } = await saveAllTabs();
      if (!started.ok) setProblem(`The tabs are queued but not saved yet. ${started.message}`);
    } catch (e) {
      setProblem(`The tabs could not be queued: ${(e as Error).message}`);
    }
  };
  const allowAndStart = () => {
    // permissions.request must run in the click itself (no await before it).
    browser.permissions.request(ALL_SITES).then((ok) => {
      setGranted(ok);
      setDenied(!ok);
      if (ok) void start();
    });
  };
  return (
    <div class="save-all">
      {batch && <BatchStatus batch={batch} />}
      {asking ? (
        <div class="ask" id="ask-hosts">
          <p>
            To save tabs without opening each one, Offprint downloads their pages itself. Your browser will ask to let
            Offprint read data on websites: it only reads the pages you ask it to save, and nothing leaves your
            computer.
          </p>
          <button class="btn primary" id="allow-hosts" onClick={allowAndStart}>
            Allow and save all tabs
          </button>
          <button class="link-btn" onClick={() => setAsking(false)}>
            Not now
          </button>
        </div>
      ) : (
        <button class="link-btn" id="save-all" onClick={() => (granted ? start() : setAsking(true))}>
          Save all tabs in this window
        </button>
      )}
      {denied && <p class="hint">Without that permission, save tabs one at a time with the Offprint button.</p>}
      {problem && (
        <p class="hint error" id="save-all-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
