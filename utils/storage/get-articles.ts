import type { Article } from '@/utils/article';
import { getDb, type OffprintDB } from '@/utils/storage/db';

/** The list rows of `ids`, in the same order (undefined where an article is gone): one read by key, no bodies. */
export function getArticles(ids: number[], db: OffprintDB = getDb()): Promise<(Article | undefined)[]> {
  return db.articles.bulkGet(ids);
}
