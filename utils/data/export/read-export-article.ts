import type { Article, ArticleContent, ArticleImage, Highlight } from '@/utils/article';
import type { OffprintDB } from '@/utils/storage/db';

/** One article as the exports read it: its row, body, stored images and live (not deleted) highlights. */
export interface ExportArticle {
  article: Article | undefined;
  content: ArticleContent | undefined;
  images: ArticleImage[];
  highlights: Highlight[];
}

/** Reads what an export needs of one article, in parallel; `article` is undefined when it was deleted. */
export async function readExportArticle(db: OffprintDB, id: number): Promise<ExportArticle> {
  const [article, content, images, highlights] = await Promise.all([
    db.articles.get(id),
    db.contents.get(id),
    db.images.where('articleId').equals(id).toArray(),
    db.highlights.where('[deleted+articleId]').equals([0, id]).toArray(),
  ]);
  return { article, content, images, highlights };
}
