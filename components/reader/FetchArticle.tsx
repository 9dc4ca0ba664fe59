import { useState } from 'preact/hooks';
import type { Article } from '@/utils/article';
import { fetchLinkOnly } from '@/utils/data/import/fetch-link-only';
import { withGuard } from '@/utils/saving/request-guard';
import { hostPattern } from '@/utils/saving/host-pattern';

type FetchState = { kind: 'idle' } | { kind: 'fetching' } | { kind: 'denied' } | { kind: 'failed'; message: string };

/**
 * What the reader shows for a link-only item (imported without its text): "Fetch this article", which asks
 * for access to that one site from the click itself (with the request guard), then queues the page for the
 * background to download and extract into this same row. The reader shows the text as soon as it is stored.
 */
export function FetchArticle({ article }: { article: Article }) {
  const [state, setState] = useState<FetchState>({ kind: 'idle' });
  const url = article.originalUrl || article.url;
  const start = () => {
    // permissions.request must run in the click itself (no await before it).
    browser.permissions.request(withGuard([hostPattern(url)])).then(
      async (ok) => {
        if (!ok) return setState({ kind: 'denied' });
        setState({ kind: 'fetching' });
        try {
          // The user's own click on their own item: their logins are used, as opening the link would.
          const r = await fetchLinkOnly([article.id], undefined, { cookies: true });
          if (r && !r.started.ok)
            setState({ kind: 'failed', message: `It is queued but not fetched yet. ${r.started.message}` });
        } catch (e) {
          setState({ kind: 'failed', message: `The article could not be fetched: ${(e as Error).message}` });
        }
      },
      () => setState({ kind: 'denied' }),
    );
  };
  return (
    <div class="fetch-article" id="fetch-article">
      <p>Only the link of this article is saved (it was imported without its text).</p>
      {state.kind === 'fetching' ? (
        <p role="status" id="fetch-article-state">
          <span class="spinner" aria-hidden="true" /> Fetching the article…
        </p>
      ) : (
        <p>
          <button class="fetch-btn" id="fetch-article-btn" onClick={start}>
            Fetch this article
          </button>{' '}
          <a href={url} target="_blank" rel="noopener noreferrer">
            Open the original
          </a>
        </p>
      )}
      {state.kind === 'denied' && (
        <p class="fetch-problem" role="alert">
          Offprint was not allowed to download from {new URL(url).hostname}. Open the original and save it with the
          Offprint button instead.
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="fetch-problem" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}
