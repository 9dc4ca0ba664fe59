import type { Article } from '@/utils/article';
import { formatDate } from '@/utils/lib/format-date';

export interface ArticleListItemProps {
  article: Article;
  onOpen(id: number): void;
  onArchive(article: Article): void;
  onDelete(article: Article): void;
  onFavorite?(article: Article): void;
  /** Checkbox click; `shift` selects a range. */
  onSelect?(id: number, shift: boolean): void;
  selected?: boolean;
  /** The keyboard cursor is on this row. */
  active?: boolean;
  /** How many highlights the article has (none when absent). */
  highlights?: number;
}

/** One row of the reading list: title, site, reading time, date, tags, progress, and its actions. */
export function ArticleListItem({
  article,
  onOpen,
  onArchive,
  onDelete,
  onFavorite,
  onSelect,
  selected,
  active,
  highlights,
}: ArticleListItemProps) {
  const archived = article.status === 'archived';
  const pct = Math.round((article.progress ?? 0) * 100);
  return (
    <li
      class={`item${active ? ' active' : ''}${selected ? ' selected' : ''}`}
      data-id={article.id}
      aria-selected={active}
    >
      {onSelect && (
        <input
          type="checkbox"
          class="item-check"
          checked={!!selected}
          aria-label={`Select “${article.title}”`}
          // No preventDefault: Chromium reverts a cancelled checkbox click after Preact has rendered the
          // new state, which left a selected row's box unticked. The click's own toggle matches the new state.
          onClick={(e) => onSelect(article.id, (e as MouseEvent).shiftKey)}
        />
      )}
      <button class="item-main" onClick={() => onOpen(article.id)} title={article.url} tabIndex={-1}>
        <strong class="item-title">{article.title}</strong>
        <span class="item-meta">
          <span class="item-site">{article.siteName || article.site}</span>
          <span aria-hidden="true"> · </span>
          <span class="item-time">{article.kind === 'link' ? 'link only' : `${article.readingMinutes} min`}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={new Date(article.savedAt).toISOString()}>{formatDate(article.savedAt)}</time>
          {!!highlights && (
            <>
              <span aria-hidden="true"> · </span>
              <span class="item-highlights" title={`${highlights} ${highlights === 1 ? 'highlight' : 'highlights'}`}>
                <span aria-hidden="true">✎ </span>
                {highlights}
                <span class="visually-hidden"> {highlights === 1 ? 'highlight' : 'highlights'}</span>
              </span>
            </>
          )}
          {article.tags?.map((t) => (
            <span class="item-tag">#{t}</span>
          ))}
        </span>
        {pct > 0 && (
          <span class="item-progress" aria-label={`${pct}% read`}>
            <span style={{ width: `${pct}%` }} />
          </span>
        )}
      </button>
      <span class="item-actions">
        {onFavorite && (
          <button
            class={`icon-btn favorite${article.favorite ? ' on' : ''}`}
            onClick={() => onFavorite(article)}
            title={article.favorite ? 'Remove from favourites (f)' : 'Favourite (f)'}
            aria-label={article.favorite ? 'Remove from favourites' : 'Favourite'}
            aria-pressed={!!article.favorite}
            tabIndex={-1}
          >
            {article.favorite ? '★' : '☆'}
          </button>
        )}
        <button
          class="icon-btn archive"
          onClick={() => onArchive(article)}
          title={archived ? 'Move to unread (a)' : 'Archive (a)'}
          aria-label={archived ? 'Move to unread' : 'Archive'}
          tabIndex={-1}
        >
          {archived ? '↺' : '✓'}
        </button>
        <button
          class="icon-btn delete"
          onClick={() => onDelete(article)}
          title="Delete (Del)"
          aria-label="Delete"
          tabIndex={-1}
        >
          ✕
        </button>
      </span>
    </li>
  );
}
