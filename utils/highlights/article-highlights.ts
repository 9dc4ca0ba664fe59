import type { Highlight } from '@/utils/article';
import { getDb, type OffprintDB } from '@/utils/storage/db';

/** The article's highlights, oldest first. */
export function articleHighlights(articleId: number, db: OffprintDB = getDb()): Promise<Highlight[]> {
  return db.highlights.where('articleId').equals(articleId).sortBy('createdAt');
}
