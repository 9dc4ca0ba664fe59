import type { ArticleImage, Highlight } from '@/utils/article';
import type { OffprintDB } from '@/utils/storage/db';
import type { LocalArticle } from './local-record';

/**
 * Reads everything sync needs of some articles in one read transaction (a few bulk reads, no per-row
 * await). Image rows hold their Blobs as handles: the bytes are read only when sent.
 */
export async function readLocal(
  db: OffprintDB,
  ids: number[],
  withImages: boolean,
): Promise<Map<number, LocalArticle>> {
  const out = new Map<number, LocalArticle>();
  if (!ids.length) return out;
  return db.transaction('r', [db.articles, db.contents, db.originals, db.highlights, db.images], async () => {
    const [articles, contents, originals, highlights, images] = await Promise.all([
      db.articles.bulkGet(ids),
      db.contents.bulkGet(ids),
      db.originals.bulkGet(ids),
      db.highlights.where('articleId').anyOf(ids).toArray(),
      withImages ? db.images.where('articleId').anyOf(ids).toArray() : Promise.resolve([] as ArticleImage[]),
    ]);
    const group = <T extends { articleId: number }>(rows: T[]) => {
      const m = new Map<number, T[]>();
      for (const r of rows) (m.get(r.articleId) ?? m.set(r.articleId, []).get(r.articleId)!).push(r);
      return m;
    };
    const hl = group<Highlight>(highlights);
    const im = group<ArticleImage>(images);
    ids.forEach((id, i) => {
      const article = articles[i];
      if (!article) return;
      out.set(id, {
        article,
        content: contents[i],
        original: originals[i],
        highlights: hl.get(id) ?? [],
        images: im.get(id) ?? [],
      });
    });
    return out;
  });
}
