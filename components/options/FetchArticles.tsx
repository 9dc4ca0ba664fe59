import { useState } from 'preact/hooks';
import { SETTLE_MS, useThrottledQuery } from '@/components/hooks/use-throttled-query';
import { countLinkOnly, fetchLinkOnly, stopFetching } from '@/utils/data/import/fetch-link-only';
import { ALL_SITES } from '@/utils/saving/save-all-tabs';
import { BatchStatus } from '@/components/popup/BatchStatus';

/**
 * "Fetch articles": downloads the text of link-only items in the background queue. Needs access to
 * all sites, asked for in the click itself with the reason on the button.
 */
export function FetchArticles() {
  // A pass over every article row: once writes pause, not on each page an import writes.
  const count =
    useThrottledQuery(() => countLinkOnly(), [], { tables: ['articles'], ms: SETTLE_MS, settle: true }) ?? 0;
  const [batch, setBatch] = useState<string | null>(null);
  const [denied, setDenied] = useState(false);
  const [cookies, setCookies] = useState(false);
  const start = () => {
    // permissions.request must be called in the click itself (no await before it).
    browser.permissions.request(ALL_SITES).then(async (ok) => {
      setDenied(!ok);
      if (ok) setBatch((await fetchLinkOnly(undefined, undefined, { cookies }))?.batch ?? null);
    });
  };
  if (!count && !batch) return null;
  const items = count === 1 ? 'item is' : 'items are';
  return (
    <div class="fetch" id="fetch-block">
      {count > 0 && (
        <p>
          <b id="link-only-count">{count}</b> imported {items} link only (no text yet).{' '}
          <button id="fetch-articles" onClick={start}>
            Fetch articles: allow Offprint to download these pages
          </button>
          <br />
          <label class="muted">
            <input
              type="checkbox"
              id="fetch-with-cookies"
              checked={cookies}
              onChange={(e) => setCookies((e.target as HTMLInputElement).checked)}
            />{' '}
            Use my logins for these sites (sends your cookies, as opening each link would: for paywalled sites you
            subscribe to; leave off for lists you did not make yourself)
          </label>
        </p>
      )}
      {denied && (
        <p class="muted" role="status">
          Offprint was not allowed to download pages. The items stay in your library as links; you can open and save
          each one yourself.
        </p>
      )}
      {batch && (
        <>
          <BatchStatus batch={batch} />
          <button id="fetch-stop" onClick={() => stopFetching(batch)}>
            Stop fetching (the rest stay link only)
          </button>
        </>
      )}
    </div>
  );
}
