import { useMemo } from 'preact/hooks';
import { sanitizeHtml } from '@/utils/sanitize-html';

/** The stored article body, sanitized again right before it is rendered (stored HTML is untrusted). */
export function ArticleBody({ html }: { html: string }) {
  const clean = useMemo(() => sanitizeHtml(html), [html]);
  return <div class="article-body" id="article-body" dangerouslySetInnerHTML={{ __html: clean }} />;
}
