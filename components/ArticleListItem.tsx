import type { Article } from '@/utils/article';
import { formatDate } from '@/utils/format-date';

export interface ArticleListItemProps {
  article: Article;
  onOpen(id: number): void;
  onArchive(article: Article): void;
  onDelete(article: Article): void;
}

/** One row of the reading list: title, site, reading time, date, and its actions. */
export function ArticleListItem({ article, onOpen, onArchive, onDelete }: ArticleListItemProps) {
  const archived = article.status === 'archived';
  return (
    <li class="item" data-id={article.id}>
      <button class="item-main" onClick={() => onOpen(article.id)} title={article.url}>
        <strong class="item-title">{article.title}</strong>
        <span class="item-meta">
          <span class="item-site">{article.siteName || article.site}</span>
          <span aria-hidden="true"> · </span>
          <span class="item-time">{article.readingMinutes} min</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={new Date(article.savedAt).toISOString()}>{formatDate(article.savedAt)}</time>
        </span>
        {article.progress > 0 && (
          <span class="item-progress" aria-label={`${Math.round(article.progress * 100)}% read`}>
            <span style={{ width: `${Math.round(article.progress * 100)}%` }} />
          </span>
        )}
      </button>
      <span class="item-actions">
        <button class="icon-btn archive" onClick={() => onArchive(article)} title={archived ? 'Move to unread' : 'Archive'} aria-label={archived ? 'Move to unread' : 'Archive'}>
          {archived ? '↺' : '✓'}
        </button>
        <button class="icon-btn delete" onClick={() => onDelete(article)} title="Delete" aria-label="Delete">
          ✕
        </button>
      </span>
    </li>
  );
}
