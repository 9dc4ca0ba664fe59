import Dexie from 'dexie';
import type { Article, Highlight } from '@/utils/article';
import { getDb, type OffprintDB } from '@/utils/storage/db';

/** One entry of the library's Highlights view: a highlight and the article it belongs to. */
export interface HighlightEntry {
  highlight: Highlight;
  article: Pick<Article, 'id' | 'title' | 'site' | 'siteName'>;
}

/** What the Highlights view shows: the first `limit` matches, newest first, and whether there are more. */
export interface HighlightPage {
  entries: HighlightEntry[];
  more: boolean;
}

/** Lower-case, accent-free, white space collapsed: how quotes, notes and queries are compared. */
export const foldText = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');

/**
 * The words of a query (each must occur) and its "quoted phrases" (each must occur as written), folded.
 * Library operators (tag:, is:, has:) are not meaningful here and are ignored.
 */
export function highlightQuery(query: string): string[] {
  const parts: string[] = [];
  const rest = query.replace(/"([^"]*)"?/g, (_m, phrase: string) => {
    if (phrase.trim()) parts.push(foldText(phrase.trim()));
    return ' ';
  });
  for (const w of rest.split(/\s+/)) if (w && !/^[a-z]+:/i.test(w)) parts.push(foldText(w));
  return parts;
}

/**
 * The live highlights of the whole library, newest first, with their articles, filtered by `query`
 * (every word or phrase in the quote, the note or the article's title or site). Walks the
 * [deleted+createdAt] index newest first and stops after `limit` matches (plus one, to know of more).
 */
export async function listAllHighlights(
  query: string,
  limit: number,
  db: OffprintDB = getDb(),
): Promise<HighlightPage> {
  const parts = highlightQuery(query);
  const articles = new Map<number, HighlightEntry['article'] | null>();
  const entries: HighlightEntry[] = [];
  const CHUNK = 200;
  const live = () =>
    db.highlights.where('[deleted+createdAt]').between([0, Dexie.minKey], [0, Dexie.maxKey], true, true).reverse();
  for (let offset = 0; ; offset += CHUNK) {
    const rows = await live().offset(offset).limit(CHUNK).toArray();
    const missing = [...new Set(rows.map((h) => h.articleId))].filter((id) => !articles.has(id));
    (await db.articles.bulkGet(missing)).forEach((a, i) =>
      articles.set(missing[i], a ? { id: a.id, title: a.title, site: a.site, siteName: a.siteName } : null),
    );
    for (const h of rows) {
      const article = articles.get(h.articleId);
      if (!article) continue;
      if (parts.length) {
        const hay = foldText(
          `${h.quote}\n${h.note ?? ''}\n${article.title}\n${article.siteName ?? ''} ${article.site}`,
        );
        if (!parts.every((p) => hay.includes(p))) continue;
      }
      if (entries.length === limit) return { entries, more: true };
      entries.push({ highlight: h, article });
    }
    if (rows.length < CHUNK) return { entries, more: false };
  }
}
