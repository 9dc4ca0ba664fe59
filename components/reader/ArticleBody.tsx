import { useMemo } from 'preact/hooks';
import { renderArticleHtml, type StoredImage } from '@/utils/images/render-article-html';

const NONE = new Map<string, StoredImage>();

/**
 * The stored article body, sanitized again right before it is rendered (stored HTML is untrusted),
 * with images shown from their stored copies (or a placeholder): the page never loads anything remote.
 */
export function ArticleBody({ html, images = NONE }: { html: string; images?: Map<string, StoredImage> }) {
  const clean = useMemo(() => renderArticleHtml(html, images), [html, images]);
  return <div class="article-body" id="article-body" dangerouslySetInnerHTML={{ __html: clean }} />;
}
