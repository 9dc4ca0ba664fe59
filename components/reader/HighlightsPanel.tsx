import { useState } from 'preact/hooks';
import type { Anchored } from '@/utils/highlights/anchor-highlights';
import type { Highlight, HighlightColor } from '@/utils/article';
import { formatDate } from '@/utils/lib/format-date';
import { HighlightEditor } from './HighlightEditor';
import { colorName } from './ColorPicker';

/** A quote as one line of text (highlights across paragraphs hold the white space between them). */
export const flatQuote = (q: string) => q.replace(/\s+/g, ' ').trim();

interface Actions {
  onShow(h: Highlight): void;
  onColor(h: Highlight, c: HighlightColor): void;
  onNote(h: Highlight, note: string | null): void;
  onRemove(h: Highlight): void;
}

function Item({
  a,
  editing,
  setEditing,
  ...act
}: { a: Anchored; editing: boolean; setEditing(id: number | null): void } & Actions) {
  const h = a.highlight;
  const when = new Date(h.createdAt);
  return (
    <li class={`hl-item hl-${h.color}`} data-highlight={h.id}>
      {a.position ? (
        <button type="button" class="hl-quote" onClick={() => act.onShow(h)} title="Show in the article">
          {flatQuote(h.quote)}
        </button>
      ) : (
        <blockquote class="hl-quote">{flatQuote(h.quote)}</blockquote>
      )}
      {h.note && <p class="highlight-note">{h.note}</p>}
      <p class="hl-meta">
        <span class="visually-hidden">{colorName(h.color)} highlight, </span>
        <time dateTime={when.toISOString()} title={when.toLocaleString()}>
          {formatDate(h.createdAt)}
        </time>
        <button
          type="button"
          class="link"
          aria-expanded={editing}
          onClick={() => setEditing(editing ? null : h.id!)}
          aria-label={`Edit highlight: ${flatQuote(h.quote).slice(0, 60)}`}
        >
          Edit
        </button>
      </p>
      {editing && (
        <HighlightEditor
          highlight={h}
          onColor={(c) => act.onColor(h, c)}
          onNote={(n) => act.onNote(h, n)}
          onRemove={() => act.onRemove(h)}
          onClose={() => setEditing(null)}
        />
      )}
    </li>
  );
}

/**
 * The Highlights region: every highlight of the article in reading order with its note and date (the
 * accessible path to them: drawn highlights are invisible to screen readers); clicking one scrolls to
 * it. Those whose quote is not in the current text (after a Re-extract) are listed apart, never dropped.
 */
export function HighlightsPanel({ anchored, onClose, ...act }: { anchored: Anchored[]; onClose(): void } & Actions) {
  const [editing, setEditing] = useState<number | null>(null);
  const found = anchored.filter((a) => a.position).sort((a, b) => a.position!.start - b.position!.start);
  const lost = anchored.filter((a) => !a.position).sort((a, b) => a.highlight.createdAt - b.highlight.createdAt);
  const item = (a: Anchored) => (
    <Item key={a.highlight.id} a={a} editing={editing === a.highlight.id} setEditing={setEditing} {...act} />
  );
  return (
    <section class="hl-panel highlights" id="highlights" aria-label="Highlights">
      <header class="hl-panel-head">
        <h2 id="highlights-title">Highlights ({anchored.length})</h2>
        <button type="button" class="bar-btn" onClick={onClose} aria-label="Close highlights">
          ×
        </button>
      </header>
      {!anchored.length && (
        <p class="hl-empty">
          No highlights yet. Select text in the article and choose <strong>Highlight</strong>
          {' (or press '}
          <kbd>h</kbd>; <kbd>n</kbd> adds a note).
        </p>
      )}
      {found.length > 0 && <ol class="hl-list">{found.map(item)}</ol>}
      {lost.length > 0 && (
        <>
          <h3 class="hl-lost-title" id="highlights-lost">
            Not found in the current text ({lost.length})
          </h3>
          <p class="hl-lost-hint">
            The article’s text changed (Re-extract) and these quotes are no longer in it. They are kept here.
          </p>
          <ul class="hl-list hl-lost" aria-labelledby="highlights-lost">
            {lost.map(item)}
          </ul>
        </>
      )}
    </section>
  );
}
