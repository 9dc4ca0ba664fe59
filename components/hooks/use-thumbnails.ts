import { useMemo, useRef } from 'preact/hooks';
import type { Article } from '@/utils/article';
import { leadImages } from '@/utils/images/lead-images';
import { useLiveQuery } from './use-live-query';
import { useRevokeOnPagehide } from './use-revoke-on-pagehide';

/** Object URLs kept at most (rows scrolled past are forgotten beyond this). */
const KEEP = 120;

/**
 * Thumbnails for the rows on screen: an object URL of each stored lead image, by article id, live (an
 * image stored after the row was painted appears). Every object URL is revoked when it is dropped and
 * when the page goes away.
 */
export function useThumbnails(rows: (Article | undefined)[]): Map<number, string> {
  const wanted = rows.filter((r): r is Article => !!r?.leadImageUrl);
  const key = wanted.map((r) => `${r.id}\u0000${r.leadImageUrl}`).join('\u0001');
  const blobs = useLiveQuery(
    () => (wanted.length ? leadImages(wanted.map(({ id, leadImageUrl }) => ({ id, leadImageUrl }))) : new Map()),
    [key],
  );
  const cache = useRef(new Map<number, { blob: Blob; url: string }>());
  const urls = useMemo(() => {
    const c = cache.current;
    for (const [id, blob] of blobs ?? []) {
      const had = c.get(id);
      // A re-run of the query reads new Blob objects for the same stored images: keep their URLs.
      if (had && had.blob.size === blob.size && had.blob.type === blob.type) continue;
      if (had) URL.revokeObjectURL(had.url);
      c.delete(id);
      c.set(id, { blob, url: URL.createObjectURL(blob) });
    }
    for (const id of [...c.keys()].slice(0, Math.max(0, c.size - KEEP))) {
      if (blobs?.has(id)) continue;
      URL.revokeObjectURL(c.get(id)!.url);
      c.delete(id);
    }
    return new Map([...c].map(([id, v]) => [id, v.url]));
  }, [blobs]);
  useRevokeOnPagehide(cache, (v) => v.url);
  return urls;
}
