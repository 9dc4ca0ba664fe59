import { useEffect, useState } from 'preact/hooks';
import { ALL_SITES, latestBatch, saveAllTabs } from '@/utils/saving/save-all-tabs';
import { useLiveQuery } from './use-live-query';

/** "Save all tabs": the latest batch, and the steps from the click to the queued tabs. */
export interface SaveAllTabsState {
  /** The latest batch (its progress shows after a reopen too), or null. */
  batch: string | null | undefined;
  /** The reason for the permission is on screen, waiting for "Allow". */
  asking: boolean;
  /** The permission was refused. */
  denied: boolean;
  /** What went wrong queuing or starting the batch, in words; null when nothing did. */
  problem: string | null;
  /** The click on "Save all tabs": saves at once with the permission, else explains why it is needed. */
  begin(): void;
  /** "Allow and save all tabs": asks for the permission in the click itself, then saves. */
  allowAndStart(): void;
  cancel(): void;
}

export function useSaveAllTabs(): SaveAllTabsState {
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
  return {
    batch,
    asking,
    denied,
    problem,
    begin: () => (granted ? void start() : setAsking(true)),
    allowAndStart: () => {
      // permissions.request must run in the click itself (no await before it).
      browser.permissions.request(ALL_SITES).then((ok) => {
        setGranted(ok);
        setDenied(!ok);
        if (ok) void start();
      });
    },
    cancel: () => setAsking(false),
  };
}
