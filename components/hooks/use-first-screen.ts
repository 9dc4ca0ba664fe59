import { useMemo, useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import { firstRows, type LibrarySort, type LibraryView } from '@/utils/search/search-articles';
import { readFirstScreen } from '@/components/library/first-screen';
import { useLiveQuery } from './use-live-query';

/** Rows of the view's first screen read from the index (more than a tall window shows). */
export const FIRST_SCREEN_READ = 40;

/** The first screen of a view: the picture kept from the last open, and the live rows that replace it. */
export interface FirstScreenRows {
  /** The view and sort (`unread|newest`): what the live rows and search results are keyed by. */
  key: string;
  /** The picture's rows by id (a synchronous localStorage read at mount: no IndexedDB yet). */
  snapRows: Map<number, Article>;
  /** The live first rows by id, from a limited index read (empty until it arrives, or while it is stale). */
  headRows: Map<number, Article>;
  /** The ids of the live first rows, once read for this key. */
  liveHead: number[] | undefined;
  /** The ids to show before the catalogue is read: the live ones, else the picture's if it is of this view. */
  head: number[] | undefined;
}

/**
 * First paint of the list: the first screen as it was last shown, replaced by the view's first rows
 * from a limited index read (kept live) as soon as they arrive. Each read carries the key it was made
 * for: a stale one (previous view) is never shown.
 */
export function useFirstScreen(view: LibraryView, sort: LibrarySort): FirstScreenRows {
  const key = `${view}|${sort}`;
  const [snap] = useState(() => readFirstScreen(key));
  const snapRows = useMemo(() => new Map(snap?.rows.map((r) => [r.id, r])), [snap]);
  const snapIds = useMemo(() => snap?.rows.map((r) => r.id), [snap]);
  const headQ = useLiveQuery(async () => ({ key, rows: await firstRows(view, sort, FIRST_SCREEN_READ) }), [key]);
  const headRows = useMemo(() => new Map(headQ?.key === key ? headQ.rows.map((r) => [r.id, r]) : []), [headQ, key]);
  const liveHead = useMemo(() => (headQ?.key === key ? headQ.rows.map((r) => r.id) : undefined), [headQ, key]);
  const head = liveHead ?? (snap?.key === key ? snapIds : undefined);
  return { key, snapRows, headRows, liveHead, head };
}
