import type { Article } from '@/utils/article';
import { ArticleListItem, type ArticleListItemProps } from './ArticleListItem';

/** The reading list, in the order given. */
export function ArticleList({ articles, ...actions }: { articles: Article[] } & Omit<ArticleListItemProps, 'article'>) {
  return (
    <ul class="list" id="list" aria-label="Saved articles">
      {articles.map((a) => (
        <ArticleListItem key={a.id} article={a} {...actions} />
      ))}
    </ul>
  );
}
