import type { Article, ArticleContent } from '@/utils/article';
import type { OffprintDB } from './db';
import { siteOf } from './normalize-url';
import { countWords, measureText, readingMinutesOf } from '@/utils/extraction/word-count';
import { indexTerms } from '@/utils/search/search-index';
import { notesOf, termsInput, termsOfArticle, type TermsOutput } from '@/utils/search/make-terms';
import { boundTo } from './bound-to';

/** An article's body as stored beside its row (the `contents` table, without the id). */
export type ArticleBody = Omit<ArticleContent, 'id'>;

/** The row fields the builder derives: the site from the URL, the counts from the body's text. */
type Derived = 'site' | 'wordCount' | 'readingMinutes';

/** What a write path gives for an article: its row without the derived fields; no `id` for a new article. */
export type ArticleInput = Omit<Article, 'id' | Derived> & { id?: number };

/** The row fields search covers (with the body's text): a change to one of them re-indexes the article. */
const SEARCHED = ['title', 'site', 'siteName', 'byline'] as const satisfies readonly (keyof Article)[];

/**
 * An article's search terms: the words of its title, site, site name, byline and body text, and of the
 * notes on its highlights (`notes`, from notesOf), so a search finds an article by what its reader wrote.
 */
export function articleTerms(row: Pick<Article, (typeof SEARCHED)[number]>, text: string, notes = ''): string[] {
  return termsOfArticle(termsInput(row, text, notes));
}

/** The notes text of a stored article (see notesOf); inside a transaction that covers highlights. */
export async function storedNotes(db: OffprintDB, id: number): Promise<string> {
  return notesOf(await db.highlights.where('articleId').equals(id).toArray());
}

/**
 * The one builder of what is stored for an article: the row with its derived fields and the search
 * terms, from the same fields, text and notes (notesOf of its highlights), so the list, the counts and
 * search never disagree. `made`: makeTerms of termsInput of the same row, text and notes, when the
 * caller made them already (off the main thread).
 */
export function buildArticle<R extends ArticleInput>(
  input: R,
  body: ArticleBody | null,
  notes = '',
  made?: TermsOutput,
): { row: R & Pick<Article, Derived>; terms: string[] } {
  const text = body?.text ?? '';
  const measure = made?.measure ?? measureText(text);
  const wordCount = countWords(measure);
  const row = { ...input, site: siteOf(input.url), wordCount, readingMinutes: readingMinutesOf(measure) };
  return { row, terms: made?.terms ?? articleTerms(row, text, notes) };
}

/** Tables a writeArticle needs in its caller's transaction. */
export function writeArticleTables(db: OffprintDB) {
  return [db.articles, db.contents, db.searchTerms, db.meta, db.highlights];
}

/**
 * Writes an article's row, body and search terms together, inside the caller's transaction over
 * writeArticleTables() (articles, contents, searchTerms, meta and highlights): the write path of save,
 * re-save, import, merge, restore, re-extract and undo. A row without `id` is added; `body` null means
 * the article has no text (a link). `notes` is the text of its highlights' notes (notesOf); when not
 * given, those stored for the row's id are read (none for a new article). Returns the row as written.
 */
export async function writeArticle(
  db: OffprintDB,
  input: ArticleInput,
  body: ArticleBody | null,
  notes?: string,
): Promise<Article> {
  const known = notes ?? (input.id == null ? '' : await storedNotes(db, input.id));
  const { row, terms } = buildArticle(input, body, known);
  const { id: given, ...fresh } = row;
  const id = (await db.articles.put(given == null ? fresh : row)) as number;
  await (body ? db.contents.put({ ...body, id }) : db.contents.delete(id));
  await indexTerms(db, id, terms);
  return { ...row, id };
}

/**
 * Writes an article's search terms again from its stored row, text and notes: the path of a note
 * added, changed or removed (the row and body are unchanged). Opens its own transaction or joins one
 * over writeArticleTables().
 */
export async function reindexArticle(db: OffprintDB, id: number): Promise<void> {
  await db.transaction('rw', writeArticleTables(db), async (tx) => {
    const t = boundTo(db, tx); // several awaits: see boundTo
    const [row, content] = await Promise.all([t.articles.get(id), t.contents.get(id)]);
    if (!row) return;
    await indexTerms(t, id, articleTerms(row, content?.text ?? '', await storedNotes(t, id)));
  });
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
  await db.transaction('rw', writeArticleTables(db), async (tx) => {
    const t = boundTo(db, tx); // several awaits: see boundTo
    const row = await t.articles.get(id);
    if (!row) return;
    const next = { ...row, ...changes, updatedAt: now };
    await t.articles.put(next);
    if (SEARCHED.some((k) => next[k] !== row[k]))
      await indexTerms(t, id, articleTerms(next, (await t.contents.get(id))?.text ?? '', await storedNotes(t, id)));
  });
}
