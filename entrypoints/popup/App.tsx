import { useEffect, useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import { ArticleList } from '@/components/ArticleList';
import { EmptyState } from '@/components/EmptyState';
import { SaveStatus, type SaveState } from '@/components/SaveStatus';
import { UndoToast } from '@/components/UndoToast';
import { useLiveQuery } from '@/utils/use-live-query';
import { listArticles, deleteArticle, restoreArticle, updateArticle, type ArticleSnapshot } from '@/utils/save-article';
import { sendMessage } from '@/utils/messages';
import { getSettings } from '@/utils/settings';
import { openReader } from '@/utils/open-reader';
import { ImageProgress } from '@/components/ImageProgress';
import { persistStorage } from '@/utils/persist-storage';

type View = 'unread' | 'archived' | 'all';
const VIEWS: { id: View; label: string }[] = [
  { id: 'unread', label: 'Unread' },
  { id: 'archived', label: 'Archive' },
  { id: 'all', label: 'All' },
];

/**
 * The popup: saves the page (at once when it is an unsaved article) and shows the reading list.
 * `tabId` targets a given tab instead of the active one (the popup opened as a page, as in the tests).
 */
export function App({ tabId }: { tabId?: number }) {
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [view, setView] = useState<View>('unread');
  const [toast, setToast] = useState<{ message: string; undo(): void } | null>(null);
  const articles = useLiveQuery(() => listArticles(undefined, view === 'all' ? undefined : view), [view]);

  const runSave = async (opts: { auto?: boolean; force?: boolean }) => {
    setSave({ kind: 'saving' });
    const send = () => sendMessage('tab:save', { ...opts, tabId });
    // A service worker stopped mid-save drops the reply; the save is one transaction, so asking again is safe.
    const result = await send()
      .catch(send)
      .catch((e: Error) => ({ ok: false as const, error: 'extract-failed' as const, message: `The save was interrupted (${e.message}). Try again.` }));
    // An auto-save that found no article falls back quietly to the Save button.
    if (opts.auto && !result.ok && result.error === 'not-article') setSave({ kind: 'done', result: { ...result, message: 'This page does not look like an article.' } });
    else setSave({ kind: 'done', result });
  };

  useEffect(() => {
    void persistStorage(); // keep the library when the disk fills (the service worker has no storage.persist)
    getSettings().then((s) => (s.autoSave ? runSave({ auto: true }) : undefined));
  }, []);

  const undoSave = async (id: number) => {
    await deleteArticle(id);
    setSave({ kind: 'idle' });
  };
  const archive = (a: Article) => {
    const status = a.status === 'archived' ? 'unread' : 'archived';
    updateArticle(a.id, { status });
    setToast({ message: status === 'archived' ? 'Archived' : 'Moved to unread', undo: () => updateArticle(a.id, { status: a.status }) });
  };
  const remove = async (a: Article) => {
    const snap: ArticleSnapshot | null = await deleteArticle(a.id);
    if (snap) setToast({ message: `Deleted “${a.title}”`, undo: () => restoreArticle(snap) });
  };
  const open = (id: number) => {
    openReader(id).then(() => window.close());
  };

  return (
    <main class="popup">
      <header class="popup-head">
        <img src="/icon/32.png" alt="" width="20" height="20" />
        <h1>Offprint</h1>
      </header>
      <SaveStatus state={save} onSave={(force) => runSave({ force })} onUndo={undoSave} />
      <ImageProgress articleId={save.kind === 'done' && save.result.ok ? save.result.id : undefined} />
      <nav class="views" role="tablist" aria-label="Views">
        {VIEWS.map((v) => (
          <button role="tab" aria-selected={view === v.id} class={view === v.id ? 'view active' : 'view'} onClick={() => setView(v.id)}>
            {v.label}
          </button>
        ))}
      </nav>
      {articles === undefined ? (
        <p class="loading">Loading…</p>
      ) : articles.length === 0 ? (
        <EmptyState
          title={view === 'archived' ? 'Nothing archived yet' : view === 'unread' ? 'Nothing to read' : 'Your library is empty'}
          hint={view === 'archived' ? 'Articles you finish or archive land here.' : 'Open an article and click the Offprint button (or press Alt+Shift+S) to save it.'}
        />
      ) : (
        <ArticleList articles={articles} onOpen={open} onArchive={archive} onDelete={remove} />
      )}
      {toast && (
        <UndoToast
          message={toast.message}
          onUndo={() => {
            toast.undo();
            setToast(null);
          }}
          onClose={() => setToast(null)}
        />
      )}
    </main>
  );
}
