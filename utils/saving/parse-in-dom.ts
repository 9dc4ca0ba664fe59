import type { ExtractPageResult } from '@/utils/extraction/extract-page';
import { sendToOffscreen } from '@/utils/messages';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | null = null;

/** Chrome's offscreen API; absent in Firefox (whose background page has a DOM). */
const offscreenApi = () => (browser as { offscreen?: typeof browser.offscreen }).offscreen;

async function ensureOffscreen(): Promise<void> {
  const off = offscreenApi();
  if (!off) throw new Error('This browser has no offscreen document.');
  const contexts = await browser.runtime.getContexts?.({
    contextTypes: [browser.runtime.ContextType.OFFSCREEN_DOCUMENT],
  });
  if (contexts?.length) return;
  creating ??= off
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: [off.Reason.DOM_PARSER],
      justification: 'Parse pages fetched for "Save link" and "Save all tabs" into articles.',
    })
    .catch((e: Error) => {
      if (!/single offscreen/i.test(e.message)) throw e;
    })
    .finally(() => (creating = null));
  await creating;
}

/**
 * Extracts fetched HTML where a DOM exists: directly when this context has one (Firefox's
 * background page, extension pages, tests), otherwise in Chrome's offscreen document.
 */
export async function parseInDom(html: string, url: string): Promise<ExtractPageResult> {
  if (typeof DOMParser !== 'undefined' && typeof document !== 'undefined') {
    const { extractHtml } = await import('@/utils/extraction/extract-html');
    return extractHtml(html, url);
  }
  await ensureOffscreen();
  const reply = await sendToOffscreen('offscreen:extract-html', { html, url });
  if (reply.ok || reply.error === 'not-article' || reply.error === 'extract-failed' || reply.error === 'restricted')
    return reply;
  return { ok: false, error: 'extract-failed', message: `The page could not be read: ${reply.message}` };
}

/** Closes Chrome's offscreen document when the queue is idle (frees its memory). */
export async function closeOffscreen(): Promise<void> {
  const off = offscreenApi();
  if (!off || typeof document !== 'undefined') return;
  await off.closeDocument().catch(() => {});
}
