import { useState } from 'preact/hooks';

export interface BulkBarProps {
  count: number;
  total: number;
  /** In the Archive view the bar moves rows back to Unread; elsewhere it archives them. */
  archived?: boolean;
  onArchive(): void;
  onUnread(): void;
  onFavorite(): void;
  onDelete(): void;
  onTag(tag: string): void;
  onSelectAll(): void;
  onClear(): void;
}

/** A trash can (the bulk bar's Delete), drawn in the text colour. */
function TrashIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M6 2h4l.5 1H14v1.5H2V3h3.5L6 2Zm-2.5 3.5h9l-.7 8.1a1.5 1.5 0 0 1-1.5 1.4H5.7a1.5 1.5 0 0 1-1.5-1.4L3.5 5.5Z"
        fill="currentColor"
      />
    </svg>
  );
}

/**
 * Actions on the selected rows, on one line from 360 px up: clear, the count, select all, archive (or
 * back to unread in the Archive view), favourite, delete, and the "Add tag" field (Enter adds the tag;
 * the list's keys stay out of it).
 */
export function BulkBar({
  count,
  total,
  archived,
  onArchive,
  onUnread,
  onFavorite,
  onDelete,
  onTag,
  onSelectAll,
  onClear,
}: BulkBarProps) {
  const [tag, setTag] = useState('');
  return (
    <div class="bulk" id="bulk" role="toolbar" aria-label="Selected articles">
      <button
        class="icon-btn"
        id="bulk-clear"
        onClick={onClear}
        aria-label="Clear selection"
        title="Clear selection (Esc)"
      >
        ✕
      </button>
      <span class="bulk-count">
        {count}
        <span class="word"> selected</span>
      </span>
      {count < total && (
        <button class="link-btn" id="bulk-all" onClick={onSelectAll} aria-label={`Select all ${total}`}>
          All {total}
        </button>
      )}
      {archived ? (
        <button class="icon-btn" id="bulk-unread" onClick={onUnread} aria-label="Move to unread" title="Move to unread">
          ↺
        </button>
      ) : (
        <button class="icon-btn" id="bulk-archive" onClick={onArchive} aria-label="Archive" title="Archive">
          ✓
        </button>
      )}
      <button class="icon-btn" id="bulk-favorite" onClick={onFavorite} aria-label="Favourite" title="Favourite">
        ★
      </button>
      <button class="icon-btn danger" id="bulk-delete" onClick={onDelete} aria-label="Delete" title="Delete">
        <TrashIcon />
      </button>
      <form
        class="bulk-tag"
        onSubmit={(e) => {
          e.preventDefault();
          if (tag.trim()) onTag(tag);
          setTag('');
        }}
      >
        <input
          id="bulk-tag"
          value={tag}
          placeholder="Add tag"
          aria-label="Add tag"
          autocomplete="off"
          enterkeyhint="done"
          onInput={(e) => setTag((e.target as HTMLInputElement).value)}
        />
      </form>
    </div>
  );
}
