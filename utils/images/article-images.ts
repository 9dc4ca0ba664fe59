import type { ArticleImage } from '@/utils/article';
import { getDb, type OffprintDB } from '@/utils/storage/db';

/** The article's stored images (blobs included), for the reader. */
export function articleImages(articleId: number, db: OffprintDB = getDb()): Promise<ArticleImage[]> {
  return db.images.where('articleId').equals(articleId).toArray();
}
