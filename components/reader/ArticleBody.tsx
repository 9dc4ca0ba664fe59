import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { renderArticleHtml, type StoredImage } from '@/utils/images/render-article-html';

const NONE = new Map<string, StoredImage>();

/**
 * The stored article body, sanitized again right before it is rendered (stored HTML is untrusted),
 * with images shown from their stored copies (or a placeholder): the page never loads anything remote.
 * `onRendered` is told each time the body's DOM is replaced (highlights and Listen index its text nodes).
 */
export function ArticleBody({
  html,
  images = NONE,
  onRendered,
}: {
  html: string;
  images?: Map<string, StoredImage>;
  onRendered?: (el: HTMLElement) => void;
}) {
  const clean = useMemo(() => renderArticleHtml(html, images), [html, images]);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (ref.current) onRendered?.(ref.current);
  }, [clean]);
  return <div class="article-body" id="article-body" ref={ref} dangerouslySetInnerHTML={{ __html: clean }} />;
}
