import type { OffprintDB } from './db';

/**
 * Deletes articles and everything they own (body, original, search terms, images, highlights, queued
 * tasks). Call inside a transaction over those tables.
 */
export async function removeArticleRows(db: OffprintDB, ids: number[]): Promise<void> {
  if (!ids.length) return;
  await Promise.all([
    db.articles.bulkDelete(ids),
    db.contents.bulkDelete(ids),
    db.originals.bulkDelete(ids),
    db.searchTerms.bulkDelete(ids),
    db.images.where('articleId').anyOf(ids).delete(),
    db.highlights.where('articleId').anyOf(ids).delete(),
    db.queue.where('articleId').anyOf(ids).delete(),
  ]);
}
