import { hostPattern } from '@/utils/saving/host-pattern';
import { IMAGE_CAP, type SkipReason } from './image-queue';
import { fromBase64 } from '@/utils/lib/gzip';
import { privateTargetReason } from '@/utils/saving/private-address';
import { addressPolicy } from '@/utils/saving/request-guard';

/** How long one image may take to answer and arrive. */
export const IMAGE_TIMEOUT_MS = 30_000;

/** A fetched image, or why there is none. */
export type FetchedImage = { ok: true; blob: Blob } | { ok: false; reason: SkipReason; detail?: string };

/** Where an image may be fetched from: the tab it was saved from, while it still shows that page. */
export interface FetchContext {
  tabId: number | null;
  pageUrl: string | null;
}

/** Reads a response body into a Blob, giving up as soon as it passes `cap` bytes. */
export async function readCapped(res: Response, cap = IMAGE_CAP): Promise<FetchedImage> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  if (declared > cap) return { ok: false, reason: 'too-big' };
  const type = (res.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type && !type.startsWith('image/') && type !== 'application/octet-stream')
    return { ok: false, reason: 'not-image', detail: type };
  const reader = res.body?.getReader();
  if (!reader) return { ok: false, reason: 'failed' };
  const parts: Uint8Array[] = [];
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    size += r.value.byteLength;
    if (size > cap) {
      await reader.cancel();
      return { ok: false, reason: 'too-big' };
    }
    parts.push(r.value);
  }
  return { ok: true, blob: new Blob(parts as BlobPart[], { type: type || 'application/octet-stream' }) };
}

/**
 * Runs in the page (scripting.executeScript `func`): fetches with the page's own origin, so
 * same-origin and CORS-allowed images come without host permission. Self-contained: no imports.
 */
export async function fetchInPage(
  url: string,
  cap: number,
): Promise<{ base64: string; type: string } | { error: string }> {
  try {
    const res = await fetch(url, { credentials: 'include', signal: AbortSignal.timeout(30_000) });
    if (!res.ok) return { error: `HTTP ${res.status}` };
    const blob = await res.blob();
    if (blob.size > cap) return { error: 'too-big' };
    if (blob.type && !blob.type.startsWith('image/')) return { error: 'not-image' };
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { base64: btoa(s), type: blob.type };
  } catch (e) {
    return { error: `blocked: ${(e as Error).message}` };
  }
}

async function viaPage(url: string, ctx: FetchContext): Promise<FetchedImage> {
  if (ctx.tabId == null) return { ok: false, reason: 'blocked' };
  const tab = await browser.tabs.get(ctx.tabId).catch(() => null);
  // Without the `tabs` permission the tab's URL may be hidden; then trust the tab id (activeTab still holds).
  if (!tab || (tab.url && ctx.pageUrl && tab.url !== ctx.pageUrl)) return { ok: false, reason: 'blocked' };
  try {
    const [r] = await browser.scripting.executeScript({
      target: { tabId: ctx.tabId },
      func: fetchInPage,
      args: [url, IMAGE_CAP],
    });
    const got = r?.result as Awaited<ReturnType<typeof fetchInPage>> | undefined;
    if (!got) return { ok: false, reason: 'blocked' };
    if ('error' in got)
      return {
        ok: false,
        reason: got.error === 'too-big' ? 'too-big' : got.error === 'not-image' ? 'not-image' : 'blocked',
        detail: got.error,
      };
    return { ok: true, blob: new Blob([fromBase64(got.base64) as BlobPart], { type: got.type }) };
  } catch (e) {
    return { ok: false, reason: 'blocked', detail: (e as Error).message };
  }
}

/**
 * Fetches one image in the background: directly when the host permission (or the server's CORS
 * headers) allow it, otherwise (or when the server refuses a request not made by its own page)
 * through the page it was saved from; 'blocked' when neither may.
 */
export async function fetchImage(url: string, ctx: FetchContext): Promise<FetchedImage> {
  // A page may list images on loopback or intranet addresses: never fetched for it (nor where a redirect led).
  const blocked = privateTargetReason(url, addressPolicy());
  if (blocked) return { ok: false, reason: 'blocked', detail: blocked };
  let res: Response;
  try {
    res = await fetch(url, {
      credentials: 'omit',
      cache: 'force-cache',
      signal: AbortSignal.timeout(IMAGE_TIMEOUT_MS),
    });
    const landed = res.url && privateTargetReason(res.url, addressPolicy());
    if (landed) {
      await res.body?.cancel().catch(() => {});
      return { ok: false, reason: 'blocked', detail: landed };
    }
  } catch (e) {
    if ((e as Error).name === 'TimeoutError') return { ok: false, reason: 'failed', detail: 'timed out' };
    const allowed = await browser.permissions.contains({ origins: [hostPattern(url)] }).catch(() => false);
    const page = await viaPage(url, ctx);
    if (page.ok || page.reason !== 'blocked') return page;
    return allowed ? { ok: false, reason: 'failed', detail: (e as Error).message } : page;
  }
  if (res.ok)
    return readCapped(res).catch((e: Error) => ({ ok: false as const, reason: 'failed' as const, detail: e.message }));
  // Hotlink protection refuses requests that do not come from the site: the page itself may still fetch it.
  const page = await viaPage(url, ctx);
  return page.ok || page.reason !== 'blocked' ? page : { ok: false, reason: 'failed', detail: `HTTP ${res.status}` };
}
