import type { Article } from '@/utils/article';

/**
 * The list's first screen as it was last shown, kept in the extension's localStorage so the popup can
 * paint it synchronously, before IndexedDB is even open. It is only a picture: the live rows replace it
 * as soon as they are read (tens of milliseconds later), and it is rewritten whenever they change.
 * Everything in it is also in IndexedDB; it never leaves the browser.
 */
export interface FirstScreen {
  /** The view and sort it was taken in (`unread|newest`). */
  key: string;
  /** The first rows of the list, in order. */
  rows: Article[];
}

const STORAGE_KEY = 'offprint:first-screen:v2';
/** The view and sort the popup (and the library page) open in: the only one kept. */
export const OPENING_KEY = 'unread|newest';
/** Performance mark set when the list first shows rows (benchmarks measure the popup against it). */
export const LIST_SHOWN_MARK = 'offprint:list-shown';

/** Sets LIST_SHOWN_MARK, once per page. */
export function markListShown(): void {
  if (!performance.getEntriesByName(LIST_SHOWN_MARK).length) performance.mark(LIST_SHOWN_MARK);
}
/** Rows kept: a full popup (about 8 rows) and a tall library window. */
export const FIRST_SCREEN_ROWS = 16;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled: the popup reads IndexedDB as before
  }
}

function isRow(r: unknown): r is Article {
  const a = r as Article;
  return (
    !!a &&
    typeof a === 'object' &&
    typeof a.id === 'number' &&
    typeof a.title === 'string' &&
    typeof a.url === 'string' &&
    typeof a.savedAt === 'number' &&
    typeof a.site === 'string' &&
    Array.isArray(a.tags) &&
    (a.status === 'unread' || a.status === 'archived')
  );
}

/** The snapshot taken in `key`, or null when there is none, it is for another view, or it is damaged. */
export function readFirstScreen(key: string): FirstScreen | null {
  try {
    const raw = firstScreenStamp();
    if (!raw) return null;
    const snap = JSON.parse(raw) as FirstScreen;
    return snap?.key === key && Array.isArray(snap.rows) && snap.rows.every(isRow) ? snap : null;
  } catch {
    return null;
  }
}

/**
 * Records the first rows of `key`'s list (live rows, in order) when they differ from what is stored.
 * Returns true when it wrote.
 */
export function writeFirstScreen(key: string, rows: Article[]): boolean {
  const s = storage();
  if (!s) return false;
  const raw = JSON.stringify({ key, rows: rows.slice(0, FIRST_SCREEN_ROWS) } satisfies FirstScreen);
  try {
    if (firstScreenStamp() === raw) return false;
    s.setItem(STORAGE_KEY, raw);
    return true;
  } catch {
    return false; // quota: the snapshot is only a speed-up
  }
}

/** The picture as stored (its text), or null: a stamp for things derived from it. */
export function firstScreenStamp(): string | null {
  try {
    return storage()?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Forgets the picture (a restore is about to rewrite the library: the next popup paints from IndexedDB). */
export function clearFirstScreen(): void {
  try {
    storage()?.removeItem(STORAGE_KEY);
  } catch {
    /* nothing stored */
  }
}
