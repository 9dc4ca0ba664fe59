import { useState } from 'preact/hooks';

export interface BulkBarProps {
  count: number;
  total: number;
  onArchive(): void;
  onUnread(): void;
  onFavorite(): void;
  onDelete(): void;
  onTag(tag: string): void;
  onSelectAll(): void;
  onClear(): void;
}

/** Actions on the selected rows: archive, mark unread, favourite, tag, delete. */
export function BulkBar({
  count,
  total,
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
      <span class="bulk-count">{count} selected</span>
      {count < total && (
        <button class="link-btn" onClick={onSelectAll}>
          Select all {total}
        </button>
      )}
      <button class="btn small" id="bulk-archive" onClick={onArchive}>
        Archive
      </button>
      <button class="btn small" id="bulk-unread" onClick={onUnread}>
        Unread
      </button>
      <button class="btn small" id="bulk-favorite" onClick={onFavorite}>
        ★
      </button>
      <button class="btn small danger" id="bulk-delete" onClick={onDelete}>
        Delete
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
          aria-label="Add a tag to the selected articles"
          onInput={(e) => setTag((e.target as HTMLInputElement).value)}
        />
      </form>
      <button class="icon-btn" onClick={onClear} aria-label="Clear selection" title="Clear selection (Esc)">
        ✕
      </button>
    </div>
  );
}
