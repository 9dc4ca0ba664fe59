import {
  PHRASE_FIRST_SCREEN,
  searchArticles,
  type LibrarySort,
  type LibraryView,
  type SearchResult,
} from '@/utils/search/search-articles';
import { libraryCatalogue } from '@/utils/storage/library-catalogue';
import { useMemo } from 'preact/hooks';
import { useLiveQuery } from './use-live-query';
import { useThrottledQuery } from './use-throttled-query';
import { pinFirst, pinShows, type PinnedRow } from '@/components/library/pinned-row';

/** Shortest time between two reads of the list's catalogue while writes keep coming. */
export const CATALOGUE_THROTTLE_MS = 400;

/**
 * The list for a query in a view: the whole library's catalogue (read once `ready`, then kept live),
 * which the view and every search as you type filter in memory. A phrase is checked against texts:
 * the first screen comes first (a `partial` result), then the rest in a second pass. Undefined until
 * the result for this query, view and sort is known: a stale one is never returned. A `pinned` row (the
 * popup's save, from its reply) comes first where the list would show it, until the catalogue has been
 * read again after the pin (that read has the row, or the row is gone since: deleted, archived).
 */
export function useLibrarySearch(
  query: string,
  view: LibraryView,
  sort: LibrarySort,
  ready: boolean,
  pinned?: PinnedRow,
): SearchResult | undefined {
  const key = `${view}|${sort}`;
  // Throttled: during an import or "Save all tabs" it is re-read at most every CATALOGUE_THROTTLE_MS.
  const catQ = useThrottledQuery(
    async () => {
      if (!ready) return undefined;
      const readAt = performance.now(); // (a read started after a write committed has that write)
      return { catalogue: await libraryCatalogue(sort), readAt };
    },
    [sort, ready],
    { tables: ['articles'], ms: CATALOGUE_THROTTLE_MS },
  );
  const catalogue = catQ?.catalogue.sort === sort ? catQ.catalogue : undefined;
  const readAt = catQ?.readAt ?? -Infinity;
  // (`undefined`: the app's database.)
  const resultQ = useLiveQuery(
    async () =>
      catalogue
        ? {
            key: key + query,
            readAt,
            r: await searchArticles(query, view, sort, undefined, catalogue, PHRASE_FIRST_SCREEN),
          }
        : undefined,
    [query, key, catalogue],
  );
  const quick = resultQ?.key === key + query ? resultQ : undefined;
  const fullQ = useLiveQuery(
    async () =>
      quick?.r.partial
        ? { key: key + query, readAt, r: await searchArticles(query, view, sort, undefined, catalogue) }
        : undefined,
    [query, key, catalogue, !!quick?.r.partial],
  );
  const shown = fullQ?.key === key + query ? fullQ : quick;
  const pin = !!shown && !!pinned && shown.readAt < pinned.at && pinShows(pinned, view, sort, query);
  return useMemo(
    () => (shown && pin ? { ...shown.r, ids: pinFirst(shown.r.ids, pinned!.row.id) } : shown?.r),
    [shown, pin && pinned],
  );
}
