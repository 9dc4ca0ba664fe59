import { listAllHighlights, type HighlightPage } from '@/utils/highlights/all-highlights';
import { useThrottledQuery } from './use-throttled-query';

/**
 * The library's Highlights view: the first `limit` highlights of the whole library matching `query`,
 * newest first, kept up to date (throttled: an import of thousands re-reads a few times, not per row).
 */
export function useAllHighlights(query: string, limit: number): HighlightPage | undefined {
  return useThrottledQuery(() => listAllHighlights(query, limit), [query, limit], {
    tables: ['highlights', 'articles'],
    ms: 300,
  });
}
