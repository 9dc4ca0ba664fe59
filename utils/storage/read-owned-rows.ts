import type { OffprintDB } from './db';

/**
 * What the articles `ids` own, read in parallel (inside the caller's transaction, if any): bodies and
 * originals in the order of `ids` (undefined where there is none), and all their images and highlights.
 */
export async function readOwnedRows(db: OffprintDB, ids: number[]) {
  const [contents, originals, images, highlights] = await Promise.all([
    db.contents.bulkGet(ids),
    db.originals.bulkGet(ids),
    db.images.where('articleId').anyOf(ids).toArray(),
    db.highlights.where('articleId').anyOf(ids).toArray(),
  ]);
  return { contents, originals, images, highlights };
}
