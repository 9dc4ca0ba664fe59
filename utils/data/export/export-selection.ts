import type { Article } from '@/utils/article';
import { getDb, type OffprintDB } from '@/utils/storage/db';
import { taggedIds } from '@/utils/storage/tags';

/** Which articles an export covers: a view or one tag. */
export type ExportSelection = { kind: 'all' | 'unread' | 'archived' | 'favorites' } | { kind: 'tag'; tag: string };

/** The articles of a selection, newest first (list rows only, never bodies). */
export async function selectArticles(sel: ExportSelection, db: OffprintDB = getDb()): Promise<Article[]> {
  const rows =
    sel.kind === 'tag'
      ? (await db.articles.bulkGet(await taggedIds(sel.tag, db))).filter((a): a is Article => !!a)
      : sel.kind === 'unread' || sel.kind === 'archived'
        ? await db.articles.where('status').equals(sel.kind).toArray()
        : sel.kind === 'favorites'
          ? await db.articles.where('favorite').equals(1).toArray()
          : await db.articles.toArray();
  return rows.sort((a, b) => b.savedAt - a.savedAt);
}

/** Words for a selection, used as the EPUB title and in file names. */
export function selectionTitle(sel: ExportSelection): string {
  return sel.kind === 'tag'
    ? `Tag: ${sel.tag}`
    : { all: 'All articles', unread: 'Unread', archived: 'Archive', favorites: 'Favorites' }[sel.kind];
}
