import type { ExtractPageResult } from '@/utils/extraction/extract-page';

/** Message the background sends to the offscreen document (not part of Protocol: it never goes to the background). */
export interface OffscreenExtractMessage {
  target: 'offscreen';
  type: 'extract-html';
  html: string;
  url: string;
}

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | null = null;

async function ensureOffscreen(): Promise<void> {
  const off = (browser as any).offscreen;
  const contexts = await (browser.runtime as any).getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
  if (contexts?.length) return;
  creating ??= off
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
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
  const msg: OffscreenExtractMessage = { target: 'offscreen', type: 'extract-html', html, url };
  const reply = (await browser.runtime.sendMessage(msg)) as ExtractPageResult | undefined;
  return reply ?? { ok: false, error: 'extract-failed', message: 'The page parser did not answer.' };
}

/** Closes Chrome's offscreen document when the queue is idle (frees its memory). */
export async function closeOffscreen(): Promise<void> {
  const off = (browser as any).offscreen;
  if (!off || typeof document !== 'undefined') return;
  await off.closeDocument().catch(() => {});
}
