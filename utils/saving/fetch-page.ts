import { hostPattern } from './host-pattern';
import { restrictedReason } from './restricted-url';

/** Largest page body fetched (characters); bigger responses are refused rather than truncated. */
export const FETCH_CAP = 8_000_000;

export type FetchPageResult = { ok: true; html: string; url: string } | { ok: false; message: string };

/** True when Offprint may fetch this URL (the optional host permission was granted for it). */
export async function canFetch(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [hostPattern(url)] });
  } catch {
    return false;
  }
}

/**
 * Downloads a page's HTML in the background (with the user's cookies, as the tab would), or says
 * in words why not: restricted address, no permission, network error, HTTP error, not HTML, too big.
 */
export async function fetchPage(url: string, fetcher: typeof fetch = fetch): Promise<FetchPageResult> {
  const restricted = restrictedReason(url);
  if (restricted) return { ok: false, message: restricted };
  if (!(await canFetch(url)))
    return {
      ok: false,
      message:
        'Offprint needs permission to read web pages to fetch this without opening it. Allow it from the popup’s “Save all tabs” or the link menu.',
    };
  let res: Response;
  try {
    res = await fetcher(url, { credentials: 'include', redirect: 'follow' });
  } catch (e) {
    return {
      ok: false,
      message: `The page could not be downloaded (${(e as Error).message}). Check the connection and try again.`,
    };
  }
  if (!res.ok) return { ok: false, message: `The site answered “${res.status} ${res.statusText}”.` };
  const type = res.headers.get('content-type') ?? '';
  if (type && !/html|xml/i.test(type)) return { ok: false, message: `This is not a web page (${type.split(';')[0]}).` };
  const html = await res.text();
  if (html.length > FETCH_CAP) return { ok: false, message: 'The page is too large to save.' };
  return { ok: true, html, url: res.url || url };
}
