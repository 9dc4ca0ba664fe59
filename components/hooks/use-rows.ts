import { useRef } from 'preact/hooks';
import type { Article } from '@/utils/article';
import { getArticles } from '@/utils/storage/get-articles';
import { useLiveQuery } from './use-live-query';

/** Rows are loaded in blocks of this many, so scrolling re-queries only when a block boundary is crossed. */
export const ROW_BLOCK = 30;

/**
 * The list rows for the window [start, end) of `ids`, loaded by id (block-aligned) and kept live.
 * Rows seen before stay in a cache so scrolling back never flashes empty rows.
 */
export function useRows(ids: number[], start: number, end: number): Map<number, Article> {
  const from = Math.floor(start / ROW_BLOCK) * ROW_BLOCK;
  const to = Math.min(ids.length, Math.ceil(end / ROW_BLOCK) * ROW_BLOCK + ROW_BLOCK);
  const slice = ids.slice(from, to);
  const cache = useRef(new Map<number, Article>());
  const rows = useLiveQuery(() => getArticles(slice), [slice.join(',')]);
  for (const r of rows ?? []) if (r) cache.current.set(r.id, r);
  if (cache.current.size > 2000) cache.current = new Map([...cache.current].slice(-500));
  return cache.current;
}
