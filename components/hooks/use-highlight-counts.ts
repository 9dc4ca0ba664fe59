import { highlightCounts } from '@/utils/highlights/highlight-counts';
import { useLiveQuery } from './use-live-query';

/** Live highlight counts of the list rows `ids` (the rows on screen): articles without highlights are absent. */
export function useHighlightCounts(ids: number[]): Map<number, number> {
  return useLiveQuery(() => highlightCounts(ids), [ids.join(',')]) ?? new Map();
}
