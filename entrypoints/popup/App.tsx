import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Library } from '@/components/library/Library';
import { useLibraryState } from '@/components/hooks/use-library-state';
import { SaveStatus, type SaveState } from '@/components/popup/SaveStatus';
import { SaveAllTabs } from '@/components/popup/SaveAllTabs';
import { PopupMenu } from '@/components/popup/PopupMenu';
import { useSaveAllTabs } from '@/components/hooks/use-save-all-tabs';
import { BackupReminder } from '@/components/popup/BackupReminder';
import { undoSave } from '@/utils/saving/undone-saves';
import { sendMessage } from '@/utils/messages';
import { getSettings } from '@/utils/storage/settings';
import { openReader } from '@/utils/lib/open-reader';
import { saveTitle } from '@/utils/lib/browser-apis';
import { ImageProgress } from '@/components/popup/ImageProgress';
import { SyncMark } from '@/components/popup/SyncMark';
import { persistStorage } from '@/utils/storage/persist-storage';
import { popupShellIsCurrent, savePopupShell } from '@/components/library/popup-shell';
import { whenNotSaving } from '@/components/popup/when-not-saving';

/**
 * The popup: saves the page (at once when it is an unsaved article) and is the library.
 * `tabId` targets a given tab instead of the active one (the popup opened as a page, as in the tests).
 */
export function App({ tabId }: { tabId?: number }) {
  const [save, setSave] = useState<SaveState>({ kind: 'starting' });
  const [background, setBackground] = useState<string | null>(null);
  // A save from this popup is on its way (click to reply): the popup's own upkeep waits (see whenNotSaving).
  const saving = useRef(false);
  const shellWork = useRef(whenNotSaving(() => saving.current));
  const lib = useLibraryState();
  const saveAll = useSaveAllTabs();

  const runSave = async (opts: { auto?: boolean; force?: boolean }) => {
    saving.current = true;
    setSave({ kind: 'saving' });
    const send = () => sendMessage('tab:save', { ...opts, tabId });
    // A service worker stopped mid-save drops the reply; the save is one transaction, so asking again is safe.
    let result = await send();
    if (!result.ok && result.error === 'no-answer') result = await send();
    if (!result.ok && result.error === 'no-answer')
      result = { ...result, message: `The save was interrupted. ${result.message}` };
    // An auto-save that found no article falls back quietly to the Save button.
    if (opts.auto && !result.ok && result.error === 'not-article')
      setSave({ kind: 'done', result: { ...result, message: 'This page does not look like an article.' } });
    else setSave({ kind: 'done', result });
    saving.current = false;
    shellWork.current.wake();
    if (result.ok) markThisTab();
  };
  // The ✓ on the toolbar button; it is set again on every tab change, so a failure here only waits for that.
  const markThisTab = () =>
    void sendMessage('tab:mark', { tabId }).then((r) => {
      if (!r.ok) console.warn('Offprint could not update the toolbar mark:', r.message);
    });

  useEffect(() => {
    // index.html's title names Alt+Shift+S (WXT makes it the toolbar button's tooltip); where the browser has no
    // keyboard commands (Firefox for Android, which shows the popup as a tab) the page says what works there.
    document.title = saveTitle();
    void persistStorage(); // keep the library when the disk fills (the service worker has no storage.persist)
    getSettings()
      .then((s) => (s.autoSave ? runSave({ auto: true }) : setSave({ kind: 'idle' })))
      .catch(() => setSave({ kind: 'idle' }));
    // Resume a batch a stopped worker left; when the worker cannot be reached, say so.
    void sendMessage('queue:work', null).then((r) => setBackground(r.ok ? null : r.message));
    markThisTab();
  }, []);

  // Whenever the bar offers Save (auto-save off, a page that is not an article, a save undone, a failure), the
  // extractor is loaded into the page beforehand, without running: the click then only runs it.
  const offersSave = save.kind === 'idle' || (save.kind === 'done' && !save.result.ok);
  useEffect(() => {
    if (offersSave) void sendMessage('extractor:load', { tabId });
  }, [offersSave]);

  const undo = async (id: number) => {
    await undoSave(id); // and remember the page: reopening the popup on it does not save it again
    setSave({ kind: 'idle' });
    markThisTab();
  };
  // When the opening screen changed, render it once more for the next popup's first frame: at an idle moment
  // and never while a save is on its way (it is for the next open; rendered during a save it delayed "Saved").
  const shellChecked = useRef(false);
  const onFirstScreen = (changed: boolean) => {
    if (shellChecked.current && !changed) return;
    shellChecked.current = true;
    shellWork.current.run(() => {
      if (!popupShellIsCurrent()) void import('./shell').then((m) => savePopupShell(m.renderShell()));
    });
  };
  // The row this save stored, from its reply: listed with "Saved", before the list has read the write.
  const savedRow = save.kind === 'done' && save.result.ok ? save.result.row : undefined;
  const pinned = useMemo(() => (savedRow ? { row: savedRow, at: performance.now() } : undefined), [savedRow]);
  const open = (id: number, highlight?: string) => {
    openReader(id, highlight).then(() => window.close());
  };

  return (
    <main class="popup">
      <header class="popup-head">
        <img src="/icon/32.png" alt="" width="20" height="20" />
        <h1>Offprint</h1>
        <a class="head-link" id="open-library" href="/library.html" target="_blank" title="Open the library in a tab">
          Library ↗
        </a>
        <SyncMark />
        <PopupMenu onSaveAllTabs={saveAll.begin} />
      </header>
      <SaveStatus state={save} onSave={(force) => runSave({ force })} onUndo={undo} />
      {background && (
        <p class="background-issue" id="background-issue" role="alert">
          {background} Pages waiting to be saved continue when you open Offprint again.
        </p>
      )}
      {/* Images of a page just saved; "Already saved" says nothing more. */}
      <ImageProgress
        articleId={save.kind === 'done' && save.result.ok && !save.result.existed ? save.result.id : undefined}
      />
      <SaveAllTabs state={saveAll} />
      <Library lib={lib} onOpen={open} onOpenHighlight={open} onFirstScreen={onFirstScreen} pinned={pinned} />
      <BackupReminder />
    </main>
  );
}
