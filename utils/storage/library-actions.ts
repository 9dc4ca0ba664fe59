import type { Article } from '@/utils/article';
import { getDb, type OffprintDB } from './db';
import { deleteArticle, restoreArticle, type ArticleSnapshot } from './save-article';
import { boundTo } from './bound-to';

/** Sets the status of many articles at once; returns the previous statuses, for undo. */
export async function setStatus(
  ids: number[],
  status: Article['status'],
  db: OffprintDB = getDb(),
): Promise<Map<number, Article['status']>> {
  const before = new Map<number, Article['status']>();
  const now = Date.now();
  await db.transaction('rw', db.articles, () =>
    db.articles
      .where('id')
      .anyOf(ids)
      .modify((a) => {
        before.set(a.id, a.status);
        a.status = status;
        a.updatedAt = now;
      }),
  );
  return before;
}

/** Sets or clears the favourite mark of many articles. */
export async function setFavorite(ids: number[], favorite: 0 | 1, db: OffprintDB = getDb()): Promise<void> {
  const now = Date.now();
  await db.articles.where('id').anyOf(ids).modify({ favorite, updatedAt: now });
}

/** Puts statuses back as setStatus found them. */
export async function restoreStatus(before: Map<number, Article['status']>, db: OffprintDB = getDb()): Promise<void> {
  await db.transaction('rw', db.articles, async (tx) => {
    const t = boundTo(db, tx); // several awaits: see boundTo
    for (const [id, status] of before) await t.articles.update(id, { status });
  });
}

/** Deletes many articles (each with all it owns); returns the snapshots for undo. */
export async function deleteMany(ids: number[], db: OffprintDB = getDb()): Promise<ArticleSnapshot[]> {
  const snaps: ArticleSnapshot[] = [];
  for (const id of ids) {
    const s = await deleteArticle(id, db);
    if (s) snaps.push(s);
  }
  return snaps;
}

/** Undo of deleteMany. */
export async function restoreMany(snaps: ArticleSnapshot[], db: OffprintDB = getDb()): Promise<void> {
  for (const s of snaps) await restoreArticle(s, db);
}
