import type { Article, ArticleContent } from '@/utils/article';
import type { OffprintDB } from './db';
import { siteOf } from './normalize-url';
import { countWords, readingMinutes } from '@/utils/extraction/word-count';
import { termsOf } from '@/utils/search/search-terms';
import { indexTerms } from '@/utils/search/search-index';

/** An article's body as stored beside its row (the `contents` table, without the id). */
export type ArticleBody = Omit<ArticleContent, 'id'>;

/** The row fields the builder derives: the site from the URL, the counts from the body's text. */
type Derived = 'site' | 'wordCount' | 'readingMinutes';

/** What a write path gives for an article: its row without the derived fields; no `id` for a new article. */
export type ArticleInput = Omit<Article, 'id' | Derived> & { id?: number };

/** The row fields search covers (with the body's text): a change to one of them re-indexes the article. */
const SEARCHED = ['title', 'site', 'siteName', 'byline'] as const satisfies readonly (keyof Article)[];

/** An article's search terms: the words of its title, site, site name, byline and body text. */
export function articleTerms(row: Pick<Article, (typeof SEARCHED)[number]>, text: string): string[] {
  return termsOf(row.title, row.site, row.siteName, row.byline, text);
}

/**
 * The one builder of what is stored for an article: the row with its derived fields and the search
 * terms, from the same fields and text, so the list, the counts and search never disagree.
 */
export function buildArticle<R extends ArticleInput>(
  input: R,
  body: ArticleBody | null,
): { row: R & Pick<Article, Derived>; terms: string[] } {
  const text = body?.text ?? '';
  const wordCount = countWords(text);
  const row = { ...input, site: siteOf(input.url), wordCount, readingMinutes: readingMinutes(wordCount) };
  return { row, terms: articleTerms(row, text) };
}

/**
 * Writes an article's row, body and search terms together, inside the caller's transaction over
 * articles, contents, searchTerms and meta: the write path of save, re-save, import, merge, restore,
 * re-extract and undo. A row without `id` is added; `body` null means the article has no text (a link).
 * Returns the row as written.
 */
export async function writeArticle(db: OffprintDB, input: ArticleInput, body: ArticleBody | null): Promise<Article> {
  const { row, terms } = buildArticle(input, body);
  const { id: given, ...fresh } = row;
  const id = (await db.articles.put(given == null ? fresh : row)) as number;
  await (body ? db.contents.put({ ...body, id }) : db.contents.delete(id));
  await indexTerms(db, id, terms);
  return { ...row, id };
}

/** List fields an update may change (the body, URL and counts change only through writeArticle). */
export type ArticleChanges = Partial<Pick<Article, 'status' | 'favorite' | 'tags' | 'progress' | 'title'>>;

/**
 * Changes list fields of one article and stamps updatedAt. A change to a searched field (the title)
 * re-indexes the article from its stored text, in one transaction with the row.
 */
export async function changeArticle(db: OffprintDB, id: number, changes: ArticleChanges, now: number): Promise<void> {
  if (!SEARCHED.some((k) => k in changes)) {
    await db.articles.update(id, { ...changes, updatedAt: now });
    return;
  }
  await db.transaction('rw', [db.articles, db.contents, db.searchTerms, db.meta], async () => {
    const row = await db.articles.get(id);
    if (!row) return;
    const next = { ...row, ...changes, updatedAt: now };
    await db.articles.put(next);
    if (SEARCHED.some((k) => next[k] !== row[k]))
      await indexTerms(db, id, articleTerms(next, (await db.contents.get(id))?.text ?? ''));
  });
}
