// bench:sync: the images of the benchmark library written into profile A (the articles come from seedLibrary),
// the same bytes the plain-PouchDB baseline moves (test-hooks/bench-sync-images.ts). e2e build only.
import { getDb } from '@/utils/storage/db';
import { benchImages, hasBenchImages } from './bench-sync-images';

/**
 * Stores the images of articles [from, to) seeded into an empty profile by seedLibrary (article `i` has id
 * `i + 1`); returns how many image bytes it wrote.
 */
export async function seedBenchImages(from: number, to: number): Promise<number> {
  const db = getDb();
  let bytes = 0;
  const rows = [];
  for (let i = from; i < to; i++) {
    if (!hasBenchImages(i)) continue;
    for (const im of benchImages(i)) {
      bytes += im.bytes.length;
      rows.push({
        articleId: i + 1,
        url: im.url,
        blob: new Blob([im.bytes as BlobPart], { type: im.type }),
        type: im.type,
        bytes: im.bytes.length,
        width: 1200,
        height: 800,
        savedAt: Date.UTC(2023, 0, 1),
      });
    }
  }
  const ids = new Set(rows.map((r) => r.articleId));
  const have = await db.articles.bulkGet([...ids]);
  if (have.some((a) => !a))
    throw new Error('seedBenchImages: seed the articles first (seedLibrary) in an empty profile');
  if (rows.length) await db.images.bulkPut(rows);
  return bytes;
}
