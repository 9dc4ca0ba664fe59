import { useMemo, useRef } from 'preact/hooks';
import { articleImages } from '@/utils/images/article-images';
import { useLiveQuery } from './use-live-query';
import { useRevokeOnPagehide } from './use-revoke-on-pagehide';
import type { StoredImage } from '@/utils/images/render-article-html';

/**
 * The article's stored images as object URLs, keyed by source URL; updates as images arrive.
 * Every object URL is revoked when it is replaced, on unmount and when the page unloads.
 */
export function useStoredImages(articleId: number): Map<string, StoredImage> | undefined {
  const rows = useLiveQuery(() => articleImages(articleId), [articleId]);
  const cache = useRef(new Map<string, { savedAt: number; img: StoredImage }>());
  const map = useMemo(() => {
    if (!rows) return undefined;
    const next = new Map<string, StoredImage>();
    for (const r of rows) {
      let c = cache.current.get(r.url);
      if (!c || c.savedAt !== r.savedAt) {
        if (c) URL.revokeObjectURL(c.img.src);
        c = { savedAt: r.savedAt, img: { src: URL.createObjectURL(r.blob), width: r.width, height: r.height } };
        cache.current.set(r.url, c);
      }
      next.set(r.url, c.img);
    }
    for (const [url, c] of cache.current) {
      if (!next.has(url)) {
        URL.revokeObjectURL(c.img.src);
        cache.current.delete(url);
      }
    }
    return next;
  }, [rows]);
  useRevokeOnPagehide(cache, (c) => c.img.src);
  return map;
}
