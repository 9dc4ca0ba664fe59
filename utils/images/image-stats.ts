import { getDb, type OffprintDB } from '@/utils/storage/db';
import { articlesWithBlockedImages } from '@/utils/images/image-queue';

/** What the library holds of images, for the options page. */
export interface ImageStats {
  /** Images stored. */
  count: number;
  /** Their size in bytes. */
  bytes: number;
  /** Articles with images skipped for want of access to other sites. */
  blocked: number;
}

/** Counts the stored images and their bytes (one pass over the images table) and the articles with blocked images. */
export async function imageStats(db: OffprintDB = getDb()): Promise<ImageStats> {
  let bytes = 0;
  await db.images.each((i) => void (bytes += i.bytes));
  return { count: await db.images.count(), bytes, blocked: (await articlesWithBlockedImages(db)).length };
}
