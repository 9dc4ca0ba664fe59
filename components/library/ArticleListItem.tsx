import type { Article } from '@/utils/article';
import { formatDate } from '@/utils/lib/format-date';
import { pageKindLabel } from '@/utils/lib/page-kind-label';

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
  /** Show the excerpt under the title (the library page). */
  excerpt?: boolean;
  /** Object URL of the stored lead image, shown as a small thumbnail. */
  thumb?: string;
  /** How many highlights the article has (none when absent). */
  highlights?: number;
}

/**
 * One row of the reading list: a two-line title (the button that opens it), the excerpt on the library
 * page, the page's kind when it is not an article (a quiet label), site, reading time, date and tags, the
 * stored lead image as a thumbnail, reading progress, and its actions. Every control is in the Tab order;
 * the icon buttons are 40 px touch targets with names.
 */
export function ArticleListItem({
  article,
  onOpen,
  onArchive,
  onDelete,
  onFavorite,
  onSelect,
  selected,
  active,
  excerpt,
  thumb,
  highlights,
}: ArticleListItemProps) {
  const archived = article.status === 'archived';
  const pct = Math.round((article.progress ?? 0) * 100);
  const title = article.title || article.url;
  // Shown when the page is not an article (a thread, documentation, a product…): how its text is laid out.
  const kind = pageKindLabel(article);
  return (
    <li class={`item${active ? ' active' : ''}${selected ? ' selected' : ''}`} data-id={article.id}>
      {onSelect && (
        <label class="item-select">
          <input
            type="checkbox"
            class="item-check"
            checked={!!selected}
            aria-label={`Select “${title}”`}
            // No preventDefault: Chromium reverts a cancelled checkbox click after Preact has rendered the
            // new state, which left a selected row's box unticked. The click's own toggle matches the new state.
            onClick={(e) => onSelect(article.id, (e as MouseEvent).shiftKey)}
          />
        </label>
      )}
      <div class="item-body">
        <button class="item-main" onClick={() => onOpen(article.id)} title={article.url}>
          <span class="item-title">{title}</span>
          {excerpt && article.excerpt && <span class="item-excerpt">{article.excerpt}</span>}
        </button>
        <div class="item-foot">
          <span class="item-meta">
            {kind && (
              <span class="item-kind" title={`Kind of page: ${kind}`}>
                <span class="visually-hidden">Kind of page: </span>
                {kind}
                <span class="visually-hidden">, </span>
              </span>
            )}
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
          <span class="item-actions">
            {onFavorite && (
              <button
                class={`icon-btn favorite${article.favorite ? ' on' : ''}`}
                onClick={() => onFavorite(article)}
                title={article.favorite ? 'Remove from favourites (f)' : 'Favourite (f)'}
                aria-label={article.favorite ? 'Remove from favourites' : 'Favourite'}
                aria-pressed={!!article.favorite}
              >
                {article.favorite ? '★' : '☆'}
              </button>
            )}
            <button
              class="icon-btn archive"
              onClick={() => onArchive(article)}
              title={archived ? 'Move to unread (a)' : 'Archive (a)'}
              aria-label={archived ? 'Move to unread' : 'Archive'}
            >
              {archived ? '↺' : '✓'}
            </button>
            <button class="icon-btn delete" onClick={() => onDelete(article)} title="Delete (Del)" aria-label="Delete">
              ✕
            </button>
          </span>
        </div>
      </div>
      {thumb && <img class="item-thumb" src={thumb} alt="" decoding="async" />}
      {pct > 0 && (
        <span class="item-progress" role="img" aria-label={`${pct}% read`}>
          <span style={{ width: `${pct}%` }} />
        </span>
      )}
    </li>
  );
}
