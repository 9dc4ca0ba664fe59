import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Article } from '@/utils/article';
import type { Settings } from '@/utils/storage/settings';
import { ReaderSettingsForm } from './ReaderSettingsForm';
import { useDismiss } from '@/components/hooks/use-dismiss';

export interface ReaderToolbarProps {
  article: Article;
  settings: Settings;
  onSettings(c: Partial<Settings>): void;
  onBack(): void;
  onArchive(): void;
  onFavorite(): void;
  notice: { message: string; undo?(): void } | null;
  /** More buttons (Highlights, Listen), placed before Archive. */
  tools?: ComponentChildren;
}

/** The reader's top bar: back to the list, archive, favourite, reading settings (Aa), and notices. */
export function ReaderToolbar({
  article,
  settings,
  onSettings,
  onBack,
  onArchive,
  onFavorite,
  notice,
  tools,
}: ReaderToolbarProps) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLSpanElement>(null);
  useDismiss(panel, open, () => setOpen(false)); // a press outside the Aa button and its panel closes it
  const archived = article.status === 'archived';
  // Esc in the open popover (or on its Aa button) closes it, as a dialog does; the reader's own Esc
  // (back to the list) is for when no popover is open.
  const onKeyDown = (e: KeyboardEvent) => {
    if (!open || e.key !== 'Escape') return;
    e.stopPropagation();
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <div class="reader-bar" role="toolbar" aria-label="Article" onKeyDown={onKeyDown}>
      <button class="bar-btn" id="back" onClick={onBack} title="Back to the list (Esc)">
        ← Library
      </button>
      <span class="bar-space" />
      {notice && (
        <span class="notice" id="notice" role="status">
          {notice.message}
          {notice.undo && (
            <button class="link" onClick={notice.undo}>
              Undo
            </button>
          )}
        </span>
      )}
      {tools}
      <button
        class="bar-btn"
        id="archive"
        aria-pressed={archived}
        onClick={onArchive}
        title={archived ? 'Move to unread (a)' : 'Archive (a)'}
      >
        {archived ? '↺ Unread' : '✓ Archive'}
      </button>
      <button
        class="bar-btn"
        id="favorite"
        aria-pressed={!!article.favorite}
        onClick={onFavorite}
        title="Favourite (f)"
        aria-label="Favourite"
      >
        {article.favorite ? '★' : '☆'}
      </button>
      <span class="settings-anchor" ref={panel}>
        <button
          class="bar-btn"
          id="settings-toggle"
          ref={toggle}
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          title="Reading settings"
          aria-label="Reading settings"
        >
          Aa
        </button>
        {open && (
          <div class="popover" id="reader-settings" role="dialog" aria-label="Reading settings">
            <ReaderSettingsForm value={settings} onChange={onSettings} />
          </div>
        )}
      </span>
    </div>
  );
}
