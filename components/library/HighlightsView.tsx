import { useEffect, useState } from 'preact/hooks';
import type { HighlightEntry } from '@/utils/highlights/all-highlights';
import { formatDate } from '@/utils/lib/format-date';
import { formatCount } from '@/utils/lib/format-count';
import { useAllHighlights } from '@/components/hooks/use-all-highlights';
import { EmptyState } from '@/components/EmptyState';

/** Highlights shown at first and added by each "Show more". */
export const HIGHLIGHTS_PAGE = 50;

/** A quote as one line of text (highlights across paragraphs hold the white space between them). */
const flat = (q: string) => q.replace(/\s+/g, ' ').trim();

function Entry({ e, onOpen }: { e: HighlightEntry; onOpen(articleId: number, gid: string): void }) {
  const h = e.highlight;
  const when = new Date(h.createdAt);
  return (
    <li class={`hl-entry hl-${h.color}`} data-gid={h.gid}>
      <button
        type="button"
        class="hl-entry-open"
        onClick={() => onOpen(e.article.id, h.gid)}
        aria-label={`${flat(h.quote).slice(0, 120)}. Open in “${e.article.title}”`}
      >
        <span class="hl-entry-quote">{flat(h.quote)}</span>
      </button>
      {h.note && <p class="hl-entry-note">{h.note}</p>}
      <p class="hl-entry-meta">
        <span class="hl-entry-title">{e.article.title}</span>
        <span aria-hidden="true"> · </span>
        <span>{e.article.siteName || e.article.site}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={when.toISOString()} title={when.toLocaleString()}>
          {formatDate(h.createdAt)}
        </time>
      </p>
    </li>
  );
}

/**
 * The library's Highlights view: every highlight across the library, newest first, searchable (words
 * and "phrases" of quotes, notes and article titles), each opening its article at the spot.
 */
export function HighlightsView({ query, onOpen }: { query: string; onOpen(articleId: number, gid: string): void }) {
  const [limit, setLimit] = useState(HIGHLIGHTS_PAGE);
  useEffect(() => setLimit(HIGHLIGHTS_PAGE), [query]);
  const page = useAllHighlights(query, limit);
  if (!page) return <p class="loading">Loading…</p>;
  if (!page.entries.length)
    return (
      <EmptyState
        {...(query.trim()
          ? { title: 'No matching highlights', hint: 'Try fewer words, or check the spelling.' }
          : {
              title: 'No highlights yet',
              hint: 'In the reading view, select text and choose Highlight (or press h; n adds a note).',
            })}
      />
    );
  const n = page.entries.length;
  return (
    <section class="hl-view" aria-label="All highlights">
      <p class="count" id="count" aria-live="polite">
        {page.more ? `${formatCount(n)}+ highlights` : `${formatCount(n)} ${n === 1 ? 'highlight' : 'highlights'}`}
        {query.trim() ? ' found' : ', newest first'}
      </p>
      <ol class="hl-entries">
        {page.entries.map((e) => (
          <Entry key={e.highlight.gid} e={e} onOpen={onOpen} />
        ))}
      </ol>
      {page.more && (
        <button type="button" class="more-btn" onClick={() => setLimit(limit + HIGHLIGHTS_PAGE)}>
          Show more
        </button>
      )}
    </section>
  );
}
