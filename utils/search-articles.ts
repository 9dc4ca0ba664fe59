import Dexie from 'dexie';
import { getDb, type OffprintDB } from './db';
import { parseQuery, type ParsedQuery } from './parse-query';
import { wordsOf } from './search-terms';

export type LibraryView = 'unread' | 'archived' | 'favorites' | 'all';
export type LibrarySort = 'newest' | 'oldest' | 'shortest';

/** The ids of the list, in order, and whether phrase checking stopped early. */
export interface SearchResult {
  ids: number[];
  /** True when more candidates than PHRASE_CHECK_CAP needed a phrase check: the rest were not checked. */
  partial: boolean;
}

/** Most articles whose text is read to verify a phrase in one search. */
export const PHRASE_CHECK_CAP = 1500;
/** Below this many candidates, the typed prefix is checked on their index rows instead of a range scan. */
const PREFIX_ROW_CHECK = 400;

type Ids = Set<number>;

const keys = (c: Dexie.Collection<unknown, number>) => c.primaryKeys() as Promise<number[]>;

/** Ids of the view in sort order, straight from an index (no row is loaded). */
async function orderedIds(db: OffprintDB, status: 'unread' | 'archived' | null, favorite: boolean | null, sort: LibrarySort): Promise<number[]> {
  if (sort === 'shortest') {
    const all = await keys(db.articles.orderBy('wordCount') as never);
    const keep = await filterSet(db, status, favorite);
    return keep ? all.filter((id) => keep.has(id)) : all;
  }
  let ids: number[];
  if (status) ids = await keys(db.articles.where('[status+savedAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]) as never);
  else if (favorite) ids = await keys(db.articles.where('[favorite+savedAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]) as never);
  else ids = await keys(db.articles.orderBy('savedAt') as never);
  if (status && favorite !== null) {
    const fav = new Set(await keys(db.articles.where('favorite').equals(favorite ? 1 : 0) as never));
    ids = ids.filter((id) => fav.has(id));
  }
  return sort === 'newest' ? ids.reverse() : ids;
}

async function filterSet(db: OffprintDB, status: string | null, favorite: boolean | null): Promise<Ids | null> {
  let set: Ids | null = null;
  if (status) set = new Set(await keys(db.articles.where('status').equals(status) as never));
  if (favorite !== null) set = intersect(set, new Set(await keys(db.articles.where('favorite').equals(favorite ? 1 : 0) as never)));
  return set;
}

function intersect(a: Ids | null, b: Ids): Ids {
  if (!a) return b;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  return new Set([...small].filter((x) => big.has(x)));
}

/** Ids that match every word, tag and site of the query (null: no such condition). */
async function candidates(db: OffprintDB, q: ParsedQuery): Promise<Ids | null> {
  const lookups: Promise<number[]>[] = [
    ...q.terms.map((t) => keys(db.searchTerms.where('terms').equals(t) as never)),
    ...q.tags.map((t) => keys(db.articles.where('tags').equals(t) as never)),
    ...q.sites.map((s) => keys(db.articles.where('site').equals(s) as never)),
  ];
  let set: Ids | null = null;
  for (const ids of (await Promise.all(lookups)).sort((a, b) => a.length - b.length)) {
    set = intersect(set, new Set(ids));
    if (!set.size) return set;
  }
  if (q.prefix) set = await withPrefix(db, set, q.prefix);
  return set;
}

/** Narrows to articles with a word starting with `prefix`: row check for few candidates, index range otherwise. */
async function withPrefix(db: OffprintDB, set: Ids | null, prefix: string): Promise<Ids> {
  if (set && set.size <= PREFIX_ROW_CHECK) {
    const rows = await db.searchTerms.bulkGet([...set]);
    return new Set(rows.filter((r) => r?.terms.some((t) => t.startsWith(prefix))).map((r) => r!.id));
  }
  return intersect(set, new Set(await keys(db.searchTerms.where('terms').startsWith(prefix) as never)));
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A matcher for one phrase: a regex over the raw text (fast), then accent-folded words for non-ASCII text. */
function phraseMatcher(words: string[]): (text: string) => boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escape).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu');
  const folded = ` ${words.join(' ')} `;
  return (text) => re.test(text) || (/[^\x00-\x7f]/.test(text) && ` ${wordsOf(text).join(' ')} `.includes(folded));
}

/** Keeps the ids (in order) whose title or text contains every phrase; reads texts in chunks. */
async function verifyPhrases(db: OffprintDB, ids: number[], phrases: string[][]): Promise<SearchResult> {
  const matchers = phrases.map(phraseMatcher);
  const out: number[] = [];
  const checked = ids.slice(0, PHRASE_CHECK_CAP);
  for (let i = 0; i < checked.length; i += 100) {
    const chunk = checked.slice(i, i + 100);
    const [rows, texts] = await Promise.all([db.articles.bulkGet(chunk), db.contents.bulkGet(chunk)]);
    chunk.forEach((id, j) => {
      const title = rows[j]?.title ?? '';
      const text = texts[j]?.text ?? '';
      if (matchers.every((m) => m(title) || m(text))) out.push(id);
    });
  }
  return { ids: out, partial: ids.length > checked.length };
}

/**
 * The list for a view, sort and search query: ids in order, from IndexedDB indexes only (rows are
 * loaded by the list, a window at a time). Operators `is:` override the view's own filter.
 */
export async function searchArticles(query: string | ParsedQuery, view: LibraryView = 'unread', sort: LibrarySort = 'newest', db: OffprintDB = getDb()): Promise<SearchResult> {
  const q = typeof query === 'string' ? parseQuery(query) : query;
  const status = q.status ?? (view === 'unread' || view === 'archived' ? view : null);
  const favorite = q.favorite ?? (view === 'favorites' ? true : null);
  const [ordered, set] = await Promise.all([orderedIds(db, status, favorite, sort), candidates(db, q)]);
  const ids = set ? ordered.filter((id) => set.has(id)) : ordered;
  return q.phrases.length ? verifyPhrases(db, ids, q.phrases) : { ids, partial: false };
}
