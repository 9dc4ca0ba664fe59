import {
  PHRASE_FIRST_SCREEN,
  searchArticles,
  type LibrarySort,
  type LibraryView,
  type SearchResult,
} from '@/utils/search/search-articles';
import { libraryCatalogue } from '@/utils/storage/library-catalogue';
import { useLiveQuery } from './use-live-query';
import { useThrottledQuery } from './use-throttled-query';

/** Shortest time between two reads of the list's catalogue while writes keep coming. */
export const CATALOGUE_THROTTLE_MS = 400;

/**
 * The list for a query in a view: the whole library's catalogue (read once `ready`, then kept live),
 * which the view and every search as you type filter in memory. A phrase is checked against texts:
 * the first screen comes first (a `partial` result), then the rest in a second pass. Undefined until
 * the result for this query, view and sort is known: a stale one is never returned.
 */
export function useLibrarySearch(
  query: string,
  view: LibraryView,
  sort: LibrarySort,
  ready: boolean,
): SearchResult | undefined {
  const key = `${view}|${sort}`;
  // Throttled: during an import or "Save all tabs" it is re-read at most every CATALOGUE_THROTTLE_MS.
  const catQ = useThrottledQuery(async () => (ready ? libraryCatalogue(sort) : undefined), [sort, ready], {
    tables: ['articles'],
    ms: CATALOGUE_THROTTLE_MS,
  });
  const catalogue = catQ?.sort === sort ? catQ : undefined;
  // (`undefined`: the app's database.)
  const resultQ = useLiveQuery(
    async () =>
      catalogue
        ? { key: key + query, r: await searchArticles(query, view, sort, undefined, catalogue, PHRASE_FIRST_SCREEN) }
        : undefined,
    [query, key, catalogue],
  );
  const quick = resultQ?.key === key + query ? resultQ.r : undefined;
  const fullQ = useLiveQuery(
    async () =>
      quick?.partial
        ? { key: key + query, r: await searchArticles(query, view, sort, undefined, catalogue) }
        : undefined,
    [query, key, catalogue, !!quick?.partial],
  );
  return fullQ?.key === key + query ? fullQ.r : quick;
}
