import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import { readerKey } from '@/components/reader/reader-key';
import { setFavorite, setStatus } from '@/utils/storage/library-actions';

export type ReaderNotice = { message: string; undo?(): void } | null;

/** Where Esc and "← Library" go: back in history when the library opened this page, else to the library. */
export function backToList(): void {
  if (new URLSearchParams(location.search).get('from') === 'library' && history.length > 1) history.back();
  else location.assign('/library.html');
}

/** Archive / favourite / back actions of the reader, its keys (j k a f Esc), and the notice they show. */
export function useReaderActions(article: Article | undefined) {
  const [notice, setNotice] = useState<ReaderNotice>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const show = (n: ReaderNotice) => {
    setNotice(n);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setNotice(null), 6000);
  };
  const archive = async (to?: Article['status'], message?: string) => {
    if (!article) return;
    const status = to ?? (article.status === 'archived' ? 'unread' : 'archived');
    const before = article.status;
    await setStatus([article.id], status);
    show({
      message: message ?? (status === 'archived' ? 'Archived' : 'Moved to unread'),
      undo: () => void setStatus([article.id], before).then(() => setNotice(null)),
    });
  };
  const favorite = () => article && setFavorite([article.id], article.favorite ? 0 : 1);
  const live = useRef({ archive, favorite });
  live.current = { archive, favorite };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement;
      const action = readerKey(e, el?.tagName === 'INPUT' || el?.tagName === 'TEXTAREA' || el?.isContentEditable);
      if (!action) return;
      e.preventDefault();
      if (action === 'down' || action === 'up')
        window.scrollBy({
          top: (action === 'down' ? 1 : -1) * Math.round(window.innerHeight * 0.4),
          behavior: 'smooth',
        });
      else if (action === 'archive') void live.current.archive();
      else if (action === 'favorite') void live.current.favorite();
      else backToList();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return { notice, archive, favorite, show };
}
