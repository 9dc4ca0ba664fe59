import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { renderArticleHtml, type StoredImage } from '@/utils/images/render-article-html';
import type { PageKind } from '@/utils/article';
import { decorateBody } from './decorate-body';

const NONE = new Map<string, StoredImage>();

/**
 * The stored article body, sanitized again right before it is rendered (stored HTML is untrusted),
 * with images shown from their stored copies (or a placeholder): the page never loads anything remote.
 * Code blocks get a Copy button and tables a sideways scroller (decorateBody); `kind` (the page's kind)
 * lets the stylesheet lay out a thread as posts and a listing as a list of links.
 * `onRendered` is told each time the body's DOM is replaced (highlights and Listen index its text nodes).
 */
export function ArticleBody({
  html,
  images = NONE,
  kind,
  lang,
  onRendered,
}: {
  html: string;
  images?: Map<string, StoredImage>;
  kind?: PageKind;
  /** The article's language (the page around it is in the app's). */
  lang?: string;
  onRendered?: (el: HTMLElement) => void;
}) {
  const clean = useMemo(() => renderArticleHtml(html, images), [html, images]);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (!ref.current) return;
    decorateBody(ref.current);
    onRendered?.(ref.current);
  }, [clean]);
  return (
    <div
      class="article-body"
      id="article-body"
      data-kind={kind ?? 'article'}
      lang={lang}
      ref={ref}
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
