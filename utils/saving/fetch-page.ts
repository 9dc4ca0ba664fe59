import { hostPattern } from './host-pattern';
import { restrictedReason } from './restricted-url';
import { privateTargetReason, type AddressPolicy } from './private-address';
import { addressPolicy, guardCoversRedirects } from './request-guard';
import { errorWords } from '@/utils/lib/error-words';

/** Largest page body fetched (bytes); bigger responses are refused rather than truncated, while streaming. */
export const FETCH_CAP = 8_000_000;
/** How long a page may take to answer and arrive before Offprint gives up. */
export const FETCH_TIMEOUT_MS = 30_000;

export type FetchPageResult = { ok: true; html: string; url: string } | { ok: false; message: string };

/** Options of fetchPage. */
export interface FetchPageOptions {
  fetcher?: typeof fetch;
  /**
   * Send the user's cookies (logged-in and paywalled pages). Yes for a link the user saves or a tab
   * they have open; for imported lists only when they ask for it (see docs/saving.md).
   */
  cookies?: boolean;
  timeoutMs?: number;
  /** Defaults to the policy in force (request-guard.ts). */
  policy?: AddressPolicy;
  /** Whether redirects may be followed (the browser-level guard covers every site); asked of the browser by default. */
  followRedirects?: boolean;
}

/** True when Offprint may fetch this URL (the optional host permission was granted for it). */
export async function canFetch(url: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [hostPattern(url)] });
  } catch {
    return false;
  }
}

/** Reads a response body as UTF-8 text, giving up as soon as it passes `cap` bytes. */
async function readText(res: Response, cap: number): Promise<string | null> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > cap) return null;
  const reader = res.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    size += r.value.byteLength;
    if (size > cap) {
      await reader.cancel().catch(() => {});
      return null;
    }
    text += decoder.decode(r.value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * Downloads a page's HTML in the background, or says in words why not: restricted or private address
 * (also where a redirect led), no permission, redirect it may not follow, network error, timeout, HTTP
 * error, not HTML, too big (the body is streamed and cut off past FETCH_CAP bytes).
 */
export async function fetchPage(url: string, opts: FetchPageOptions = {}): Promise<FetchPageResult> {
  const restricted = restrictedReason(url);
  if (restricted) return { ok: false, message: restricted };
  const policy = opts.policy ?? addressPolicy();
  const blocked = privateTargetReason(url, policy);
  if (blocked) return { ok: false, message: blocked };
  if (!(await canFetch(url)))
    return {
      ok: false,
      message:
        'Offprint needs permission to read web pages to fetch this without opening it. Allow it from the popup’s ' +
        '“Save all tabs” or the link menu.',
    };
  // fetch cannot see where a redirect leads: follow only where the browser itself blocks private targets.
  const follow = opts.followRedirects ?? (await guardCoversRedirects());
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  let res: Response;
  try {
    res = await (opts.fetcher ?? fetch)(url, {
      credentials: opts.cookies ? 'include' : 'omit',
      redirect: follow ? 'follow' : 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    if ((e as Error).name === 'TimeoutError')
      return { ok: false, message: `The site did not answer within ${timeoutMs / 1000} seconds.` };
    return {
      ok: false,
      message: errorWords(e, 'The page could not be downloaded. Check the connection and try again.'),
    };
  }
  if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400))
    return {
      ok: false,
      message:
        'This link leads on to another address. Offprint follows such redirects only with permission to read all ' +
        'sites (Options → Permissions), so a link cannot send it into your network. Open the link and save the ' +
        'page instead.',
    };
  const landed = res.url || url;
  const blockedAfter = privateTargetReason(landed, policy);
  if (blockedAfter) return { ok: false, message: blockedAfter };
  if (!res.ok) return { ok: false, message: statusWords(res.status) };
  const type = res.headers.get('content-type') ?? '';
  if (type && !/html|xml/i.test(type)) return { ok: false, message: `This is not a web page (${type.split(';')[0]}).` };
  let html: string | null;
  try {
    html = await readText(res, FETCH_CAP);
  } catch (e) {
    if ((e as Error).name === 'TimeoutError')
      return { ok: false, message: `The page did not arrive within ${timeoutMs / 1000} seconds.` };
    return { ok: false, message: errorWords(e, 'The page stopped arriving half-way. Try again later.') };
  }
  if (html === null) return { ok: false, message: 'The page is too large to save.' };
  return { ok: true, html, url: landed };
}

/** What an HTTP error status means for the user (the number stays, for whoever asks the site about it). */
export function statusWords(status: number): string {
  if (status === 404 || status === 410)
    return `The site says this page does not exist (error ${status}). Check the link.`;
  if (status === 401 || status === 403)
    return (
      `The site refused to show this page to Offprint (error ${status}); it may need you to log in. ` +
      'Open the page and save it from there.'
    );
  if (status === 429) return 'The site asks for fewer requests (error 429). Try again in a few minutes.';
  if (status >= 500) return `The site had a problem (error ${status}). Try again later.`;
  return `The site did not send the page (error ${status}).`;
}
