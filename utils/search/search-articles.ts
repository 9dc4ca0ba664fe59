import Dexie from 'dexie';
import type { Article } from '@/utils/article';
import { getDb, type OffprintDB } from '@/utils/storage/db';
import { parseQuery, type ParsedQuery } from './parse-query';
import { pendingTerms, prefixIds, termIds } from './search-index';
import { taggedIds } from '@/utils/storage/tags';
import { foldText, unspacedEdge } from './search-terms';

export type LibraryView = 'unread' | 'archived' | 'favorites' | 'all';
export type LibrarySort = 'newest' | 'oldest' | 'shortest';

/** The ids of the list, in order, and whether phrase checking stopped early. */
export interface SearchResult {
  ids: number[];
  /**
   * True when phrase checking stopped early (PHRASE_MATCH_CAP or PHRASE_CHECK_CAP): later candidates were not checked.
   */
  partial: boolean;
}

/** Most articles whose text is read to verify a phrase in one search (newest first in the list's order). */
export const PHRASE_CHECK_CAP = 300;
/** Candidates checked for the first screen of a phrase search (the rest follow in a second pass). */
export const PHRASE_FIRST_SCREEN = 20;
/** Phrase checking stops once this many matches are found (enough for the first screens). */
export const PHRASE_MATCH_CAP = 60;

type Ids = Set<number>;

const keys = (c: Dexie.Collection<unknown, number>) => c.primaryKeys() as Promise<number[]>;

/** Ids of the view in sort order, straight from an index (no row is loaded). */
export async function orderedIds(
  db: OffprintDB,
  status: 'unread' | 'archived' | null,
  favorite: boolean | null,
  sort: LibrarySort,
): Promise<number[]> {
  if (sort === 'shortest') {
    const all = await keys(db.articles.orderBy('wordCount') as never);
    const keep = await filterSet(db, status, favorite);
    return keep ? all.filter((id) => keep.has(id)) : all;
  }
  let ids: number[];
  if (status)
    ids = await keys(
      db.articles.where('[status+savedAt]').between([status, Dexie.minKey], [status, Dexie.maxKey]) as never,
    );
  else if (favorite)
    ids = await keys(db.articles.where('[favorite+savedAt]').between([1, Dexie.minKey], [1, Dexie.maxKey]) as never);
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
  if (favorite !== null)
    set = intersect(set, new Set(await keys(db.articles.where('favorite').equals(favorite ? 1 : 0) as never)));
  return set;
}

function intersect(a: Ids | null, b: Ids): Ids {
  if (!a) return b;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  return new Set([...small].filter((x) => big.has(x)));
}

/** Ids that match every word, tag and site of the query (null: no such condition). */
async function candidates(db: OffprintDB, q: ParsedQuery): Promise<Ids | null> {
  const pending = q.terms.length || q.prefix ? await pendingTerms(db) : { rows: [], ids: new Set<number>() };
  const lookups: Promise<number[]>[] = [
    ...q.terms.map((t) => termIds(db, t, pending)),
    ...q.tags.map((t) => taggedIds(t, db)),
    ...q.sites.map((s) => keys(db.articles.where('site').equals(s) as never)),
  ];
  let set: Ids | null = null;
  for (const ids of (await Promise.all(lookups)).sort((a, b) => a.length - b.length)) {
    set = intersect(set, new Set(ids));
    if (!set.size) return set;
  }
  if (q.prefix) set = intersect(set, new Set(await prefixIds(db, q.prefix, pending)));
  if (q.has) set = intersect(set, await highlightedIds(db, q.has === 'notes'));
  return set;
}

/** Articles with live highlights (with a note, when `notes`): from the [deleted+articleId] index, no row read. */
export async function highlightedIds(db: OffprintDB, notes = false): Promise<Ids> {
  const live = db.highlights.where('[deleted+articleId]').between([0, Dexie.minKey], [0, Dexie.maxKey]);
  if (notes) return new Set((await live.filter((h) => !!h.note).toArray()).map((h) => h.articleId));
  return new Set(((await live.keys()) as unknown as [number, number][]).map((k) => k[1]));
}

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The accent-free form of a whole text, as normalizeTerm makes each word (case is left to the regex's `i` flag). */
const fold = foldText;

/**
 * A matcher for one phrase: a regex over the raw text, then over its accent-folded form when the text has
 * non-ASCII letters (the phrase's words are already folded). One pass over the text either way: folding
 * word by word cost ~2 ms per article and made phrase searches slow.
 */
function phraseMatcher(words: string[]): (text: string) => boolean {
  // Chinese, Japanese, Korean and Thai runs are substrings: words there are not set apart by spaces.
  const before = unspacedEdge(words[0]?.[0]) ? '' : '(?<![\\p{L}\\p{N}])';
  const after = unspacedEdge(words.at(-1)?.at(-1)) ? '' : '(?![\\p{L}\\p{N}])';
  const re = new RegExp(`${before}${words.map(escape).join('[^\\p{L}\\p{N}]+')}${after}`, 'iu');
  return (text) => re.test(text) || (FOLDS.test(text) && re.test(fold(text)));
}

/**
 * A character the accent-free form can change where a phrase could match: outside ASCII and not
 * punctuation, a space or a format character. Each of those folds to punctuation or spaces again (a unit
 * test checks every one), so text whose only non-ASCII characters are curly quotes, dashes, non-breaking
 * spaces or soft hyphens matches exactly as its folded form does, and is not folded (folding a whole text
 * costs two normalizations of it).
 */
export const FOLDS = /[^\p{ASCII}\p{P}\p{Z}\p{Cf}]/u;

/**
 * Keeps the ids (in order) whose title, text or highlight notes contain every phrase; reads texts in chunks.
 * Highlights are read only for the articles that have any: the set of them comes from one key-only read of
 * the [deleted+articleId] index per search (made alongside the first chunk), so a chunk without highlighted
 * articles costs no highlights read at all.
 */
async function verifyPhrases(db: OffprintDB, ids: number[], phrases: string[][], cap: number): Promise<SearchResult> {
  const matchers = phrases.map(phraseMatcher);
  const out: number[] = [];
  const checked = ids.slice(0, cap);
  const highlighted = checked.length ? highlightedIds(db) : Promise.resolve(new Set<number>());
  const notesOf = async (chunk: number[]) => {
    const has = await highlighted;
    const withHighlights = has.size ? chunk.filter((id) => has.has(id)) : [];
    return withHighlights.length ? db.highlights.where('articleId').anyOf(withHighlights).toArray() : [];
  };
  let i = 0;
  for (; i < checked.length && out.length < PHRASE_MATCH_CAP; i += 30) {
    const chunk = checked.slice(i, i + 30);
    const [rows, texts, highlights] = await Promise.all([
      db.articles.bulkGet(chunk),
      db.contents.bulkGet(chunk),
      notesOf(chunk),
    ]);
    const notes = new Map<number, string>();
    for (const h of highlights)
      if (!h.deleted && h.note) notes.set(h.articleId, `${notes.get(h.articleId) ?? ''}\n${h.note}`);
    chunk.forEach((id, j) => {
      const title = rows[j]?.title ?? '';
      const text = texts[j]?.text ?? '';
      const note = notes.get(id) ?? '';
      if (matchers.every((m) => m(title) || m(text) || (!!note && m(note)))) out.push(id);
    });
  }
  return { ids: out, partial: Math.min(i, checked.length) < ids.length };
}

/**
 * The whole library in one sort order, with the sets the views and `is:` operators filter by. The list
 * reads it once after its first paint and keeps it live, so switching views and `is:unread`,
 * `is:archived`, `is:favorite` cost a filter in memory instead of an index read per keystroke.
 */
export interface LibraryCatalogue {
  sort: LibrarySort;
  /** Every article's id in `sort` order. */
  ids: number[];
  unread: Set<number>;
  favorite: Set<number>;
}

/** Reads the catalogue for a sort order: three key-only index reads (about 40 KB each at 10,000 articles). */
export async function readCatalogue(db: OffprintDB, sort: LibrarySort): Promise<LibraryCatalogue> {
  const [ids, unread, favorite] = await Promise.all([
    orderedIds(db, null, null, sort),
    keys(db.articles.where('status').equals('unread') as never),
    keys(db.articles.where('favorite').equals(1) as never),
  ]);
  return { sort, ids, unread: new Set(unread), favorite: new Set(favorite) };
}

/** The ids of the catalogue that pass a status and favourite filter, in its order. */
export function catalogueIds(
  cat: LibraryCatalogue,
  status: 'unread' | 'archived' | null,
  favorite: boolean | null,
): number[] {
  if (status === null && favorite === null) return cat.ids;
  return cat.ids.filter(
    (id) =>
      (status === null || cat.unread.has(id) === (status === 'unread')) &&
      (favorite === null || cat.favorite.has(id) === favorite),
  );
}

/** The status and favourite filters in effect: the query's `is:` operators override the view. */
export function filtersOf(
  q: ParsedQuery,
  view: LibraryView,
): { status: 'unread' | 'archived' | null; favorite: boolean | null } {
  return {
    status: q.status ?? (view === 'unread' || view === 'archived' ? view : null),
    favorite: q.favorite ?? (view === 'favorites' ? true : null),
  };
}

/** The first `limit` rows of a view, in one read (the first screen, before the whole list is known). */
export async function firstRows(
  view: LibraryView,
  sort: LibrarySort,
  limit: number,
  db: OffprintDB = getDb(),
): Promise<Article[]> {
  if (sort === 'shortest' || view === 'favorites') {
    const ids = (
      await orderedIds(db, filtersOf(parseQuery(''), view).status, view === 'favorites' ? true : null, sort)
    ).slice(0, limit);
    return (await db.articles.bulkGet(ids)).filter((a): a is Article => !!a);
  }
  const c =
    view === 'all'
      ? db.articles.orderBy('savedAt')
      : db.articles.where('[status+savedAt]').between([view, Dexie.minKey], [view, Dexie.maxKey]);
  return (sort === 'newest' ? c.reverse() : c).limit(limit).toArray();
}

/**
 * The list for a view, sort and search query: ids in order, from IndexedDB indexes only (rows are
 * loaded by the list, a window at a time). Operators `is:` override the view's own filter.
 * `catalogue` is the list's kept catalogue: any view and `is:` filter is then a filter in memory;
 * without it the order is read from the indexes.
 * `phraseCap` limits how many candidates a phrase is checked in (the list asks for a first screen first).
 */
export async function searchArticles(
  query: string | ParsedQuery,
  view: LibraryView = 'unread',
  sort: LibrarySort = 'newest',
  db: OffprintDB = getDb(),
  catalogue?: LibraryCatalogue,
  phraseCap = PHRASE_CHECK_CAP,
): Promise<SearchResult> {
  const q = typeof query === 'string' ? parseQuery(query) : query;
  const { status, favorite } = filtersOf(q, view);
  const order =
    catalogue?.sort === sort
      ? Promise.resolve(catalogueIds(catalogue, status, favorite))
      : orderedIds(db, status, favorite, sort);
  const [base, set] = await Promise.all([order, candidates(db, q)]);
  const ids = set ? base.filter((id) => set.has(id)) : base;
  return q.phrases.length ? verifyPhrases(db, ids, q.phrases, phraseCap) : { ids, partial: false };
}
