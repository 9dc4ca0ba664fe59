import { useMemo } from 'preact/hooks';
import { renderArticleHtml, type StoredImage } from '@/utils/images/render-article-html';

/** The article's lead image at the top of the reader, from its stored copy (same path as body images). */
export function LeadImage({
  url,
  bodyHtml,
  images,
}: {
  url: string | null;
  bodyHtml: string;
  images: Map<string, StoredImage>;
}) {
  const html = useMemo(() => {
    if (!url || bodyHtml.includes(url.replace(/&/g, '&amp;'))) return '';
    // A string, not createElement('img'): an <img> made in a live document starts loading at once.
    const escaped = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    return renderArticleHtml(`<img src="${escaped}" alt="">`, images);
  }, [url, bodyHtml, images]);
  if (!html) return null;
  return <figure class="lead-image" id="lead-image" dangerouslySetInnerHTML={{ __html: html }} />;
}
