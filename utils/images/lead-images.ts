import type { Article } from '@/utils/article';
import { getDb, type OffprintDB } from '@/utils/storage/db';

/**
 * The stored copies of these articles' lead images, by article id (articles whose lead image was not
 * stored are left out). Reads only the local copy: a thumbnail never comes from the network.
 */
export async function leadImages(
  rows: Pick<Article, 'id' | 'leadImageUrl'>[],
  db: OffprintDB = getDb(),
): Promise<Map<number, Blob>> {
  const wanted = rows.filter((r) => r.leadImageUrl);
  const out = new Map<number, Blob>();
  if (!wanted.length) return out;
  const images = await db.images.bulkGet(wanted.map((r) => [r.id, r.leadImageUrl!] as [number, string]));
  images.forEach((img, i) => {
    if (img?.blob && img.blob.size > 0) out.set(wanted[i].id, img.blob);
  });
  return out;
}
