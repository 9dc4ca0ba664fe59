import { useEffect, useRef } from 'preact/hooks';
import type { Article } from '@/utils/article';
import { updateArticle } from '@/utils/storage/save-article';
import { FINISHED, progressOf, scrollYFor, throttle } from '@/components/reader/reading-progress';

/**
 * Restores the saved reading position once the body is rendered, then saves progress as the reader
 * scrolls (throttled). Reaching the end calls `onFinished` once (archive-when-finished lives there).
 */
export function useReadingProgress(article: Article | undefined, ready: boolean, onFinished: () => void): void {
  const restored = useRef<number | null>(null);
  const finished = useRef(false);
  // The scroll listener lives as long as the article; it calls the latest onFinished, which sees the
  // current settings (archive-when-finished turned off while reading) and the current status.
  const finish = useRef(onFinished);
  finish.current = onFinished;
  useEffect(() => {
    if (!article || !ready || restored.current === article.id) return;
    restored.current = article.id;
    finished.current = article.progress >= FINISHED;
    requestAnimationFrame(() =>
      window.scrollTo(0, scrollYFor(article.progress, document.documentElement.scrollHeight, window.innerHeight)),
    );
  }, [article?.id, ready]);
  useEffect(() => {
    if (!article || !ready) return;
    const id = article.id;
    const save = throttle((p: number) => void updateArticle(id, { progress: p }), 800);
    const onScroll = () => {
      const p = progressOf(window.scrollY, document.documentElement.scrollHeight, window.innerHeight);
      save(Math.round(p * 1000) / 1000);
      if (p >= FINISHED && !finished.current && window.scrollY > 0) {
        finished.current = true;
        finish.current();
      }
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    const flush = () => save.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      save.flush();
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', flush);
    };
  }, [article?.id, ready]);
}
