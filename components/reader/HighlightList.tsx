import { useLiveQuery } from '@/components/hooks/use-live-query';
import { articleHighlights } from '@/utils/highlights/article-highlights';

/** The article's highlights (imported ones, for now), quote and date, oldest first. */
export function HighlightList({ articleId }: { articleId: number }) {
  const list = useLiveQuery(() => articleHighlights(articleId), [articleId]);
  if (!list?.length) return null;
  return (
    <aside class="highlights" id="highlights" aria-labelledby="highlights-title">
      <h2 id="highlights-title">Highlights ({list.length})</h2>
      <ul>
        {list.map((h) => (
          <li>
            <blockquote>{h.quote}</blockquote>
            {h.note && <p class="highlight-note">{h.note}</p>}
            <time dateTime={new Date(h.createdAt).toISOString()}>{new Date(h.createdAt).toLocaleDateString()}</time>
          </li>
        ))}
      </ul>
    </aside>
  );
}
