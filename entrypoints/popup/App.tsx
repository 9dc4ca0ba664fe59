import { useEffect, useState } from 'preact/hooks';
import { Library } from '@/components/Library';
import { useLibraryState } from '@/components/use-library-state';
import { SaveStatus, type SaveState } from '@/components/SaveStatus';
import { SaveAllTabs } from '@/components/SaveAllTabs';
import { BackupReminder } from '@/components/BackupReminder';
import { deleteArticle } from '@/utils/save-article';
import { sendMessage } from '@/utils/messages';
import { getSettings } from '@/utils/settings';
import { openReader } from '@/utils/open-reader';

/**
 * The popup: saves the page (at once when it is an unsaved article) and is the library.
 * `tabId` targets a given tab instead of the active one (the popup opened as a page, as in the tests).
 */
export function App({ tabId }: { tabId?: number }) {
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const lib = useLibraryState();

  const runSave = async (opts: { auto?: boolean; force?: boolean }) => {
    setSave({ kind: 'saving' });
    const result = await sendMessage('tab:save', { ...opts, tabId }).catch((e: Error) => ({ ok: false as const, error: 'extract-failed' as const, message: e.message }));
    // An auto-save that found no article falls back quietly to the Save button.
    if (opts.auto && !result.ok && result.error === 'not-article') setSave({ kind: 'done', result: { ...result, message: 'This page does not look like an article.' } });
    else setSave({ kind: 'done', result });
    if (result.ok) sendMessage('tab:mark', { tabId }).catch(() => {});
  };

  useEffect(() => {
    getSettings().then((s) => (s.autoSave ? runSave({ auto: true }) : undefined));
    sendMessage('queue:work', {}).catch(() => {}); // resume a batch a stopped worker left
    sendMessage('tab:mark', { tabId }).catch(() => {});
  }, []);

  const undoSave = async (id: number) => {
    await deleteArticle(id);
    setSave({ kind: 'idle' });
    sendMessage('tab:mark', { tabId }).catch(() => {});
  };
  const open = (id: number) => {
    openReader(id).then(() => window.close());
  };

  return (
    <main class="popup">
      <header class="popup-head">
        <img src="/icon/32.png" alt="" width="20" height="20" />
        <h1>Offprint</h1>
        <a class="head-link" id="open-library" href="/library.html" target="_blank" title="Open the library in a tab">
          Library ↗
        </a>
        <a class="head-link" href="/options.html" target="_blank" title="Settings" aria-label="Settings">
          ⚙
        </a>
      </header>
      <SaveStatus state={save} onSave={(force) => runSave({ force })} onUndo={undoSave} />
      {/* images: image-progress slot */}
      <SaveAllTabs />
      <Library lib={lib} onOpen={open} />
      <BackupReminder />
    </main>
  );
}
