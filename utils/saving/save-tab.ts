import type { SaveResult } from '@/utils/article';
import { epochNow, type ExtractPageResult } from '@/utils/extraction/extract-page';
import { restrictedReason } from './restricted-url';
import { targetTab } from './target-tab';
import { hasShortcut } from '@/utils/lib/browser-apis';
import { errorWords, knownError } from '@/utils/lib/error-words';
import { findByUrl, saveArticle, StorageFullError } from '@/utils/storage/save-article';
import { forgetUndone, wasUndone } from './undone-saves';
import { isReadable } from '@/utils/extraction/page-kind';
import { extractInTab } from './load-extractor';
import { beginSave } from './save-in-flight';

export interface SaveTabOptions {
  tabId?: number;
  /** The popup just opened: save only a readable page (main content of any kind) that is not saved yet. */
  auto?: boolean;
  /** Keep a page that is not an article as a page. */
  force?: boolean;
  /**
   * Set by the background, not sent: the tab of the page that asked, when it is a tab (Firefox for Android
   * opens the popup as a tab). It is never the target: the tab the user was on before is.
   */
  self?: number;
}

/**
 * Hook for work after a successful save (image queue, badge); errors there never undo the save. It runs after
 * the reply: the popup shows "Saved" and the row without waiting for it.
 */
export type AfterSave = (
  id: number,
  article: Extract<ExtractPageResult, { ok: true }>['article'],
  tabId?: number,
) => void | Promise<void>;

/**
 * Where the last save's time went, in ms from the request (for bench:save): the target tab found, the
 * content script's reply (of which `extract` ran in the page), the article stored (then the reply is sent),
 * the after-save work done (after the reply; null until then).
 */
export interface SaveTimings {
  target: number;
  reply: number;
  extract: number | null;
  stored: number;
  after: number | null;
  /**
   * Epoch ms (see epochNow) of the request's start in the service worker, of the injection's call, of the
   * extraction's start and end in the page, and of the reply: the message and injection hops between them.
   */
  at: { request: number; inject: number; extract: [number, number] | null; done: number };
}
export let lastSaveTimings: SaveTimings | null = null;

/**
 * Extracts the tab's article in the page (runtime content script, or the extractor the popup loaded there when
 * it opened: see load-extractor.ts) and stores it. Every failure
 * comes back as words for the user, never as a thrown error; nothing is stored on failure.
 */
export async function saveTab(opts: SaveTabOptions, afterSave?: AfterSave): Promise<SaveResult> {
  // Background work that can wait (image downloads, the index's compaction) gives way until the reply.
  const end = beginSave();
  try {
    return await saveTabNow(opts, afterSave);
  } finally {
    end();
  }
}

async function saveTabNow(opts: SaveTabOptions, afterSave?: AfterSave): Promise<SaveResult> {
  const t0 = performance.now();
  const requestAt = epochNow();
  const tab = await targetTab(opts.tabId, opts.self).catch(() => undefined);
  const target = performance.now() - t0;
  if (!tab?.id) return { ok: false, error: 'no-tab', message: 'There is no open tab to save.' };
  const restricted = tab.url ? restrictedReason(tab.url) : null;
  if (restricted) return { ok: false, error: 'restricted', message: restricted, url: tab.url };
  if (opts.auto && tab.url) {
    const known = await findByUrl(tab.url);
    if (known) return { ok: true, id: known.id, existed: true, title: known.title };
    if (await wasUndone(tab.url))
      return { ok: false, error: 'undone', message: 'You undid the save of this page.', url: tab.url };
  }
  let result: ExtractPageResult | undefined;
  const injectAt = epochNow();
  try {
    result = await extractInTab(tab.id);
  } catch (e) {
    const msg = (e as Error).message ?? '';
    // Without activeTab/tabs the tab's URL is hidden; the injection error still names a browser page.
    if (/cannot access a chrome(-extension)?:\/\/ url|extensions gallery|webstore/i.test(msg))
      return {
        ok: false,
        error: 'restricted',
        message: restrictedReason(/gallery|webstore/i.test(msg) ? 'https://chromewebstore.google.com/' : 'chrome://x')!,
        url: tab.url,
      };
    if (knownError(e) !== 'error-page' && /cannot access|cannot be scripted|permission|extensions gallery/i.test(msg))
      return {
        ok: false,
        error: 'no-access',
        message:
          `Offprint may not read this page. Click the Offprint button` +
          `${hasShortcut() ? ' (or press Alt+Shift+S)' : ''} while the page is open.`,
        url: tab.url,
      };
    // (A page that did not load, a tab closed meanwhile: words for what the browser says.)
    return {
      ok: false,
      error: 'extract-failed',
      message: errorWords(e, 'Offprint could not read this page. Reload it and try again.'),
      url: tab.url,
    };
  }
  if (!result)
    return {
      ok: false,
      error: 'extract-failed',
      message: 'The page did not answer. Reload it and try again.',
      url: tab.url,
    };
  if (!result.ok) return { ...result, url: tab.url };
  const article = result.article;
  if (article.kind === 'page' && !opts.force)
    return {
      ok: false,
      error: 'not-article',
      message: 'This page does not look like an article. You can save it anyway as a page.',
      url: tab.url,
    };
  // Readable: main content of any kind (an article, a thread, documentation, a product…), not only an article.
  if (opts.auto && !isReadable(article))
    return { ok: false, error: 'not-article', message: 'This page does not look like an article.', url: tab.url };
  try {
    const reply = performance.now() - t0;
    const { id, existed, row } = await saveArticle(article);
    const stored = performance.now() - t0;
    // (Before the reply: the popup's Undo, once shown, must not race a late "forget".)
    if (!opts.auto && tab.url) await forgetUndone(tab.url).catch(() => {});
    const timings: SaveTimings = {
      target,
      reply,
      extract: result.ms ?? null,
      stored,
      after: null,
      at: { request: requestAt, inject: injectAt, extract: result.at ?? null, done: epochNow() },
    };
    lastSaveTimings = timings;
    // The article is stored: the reply goes now, and the after-save work (queueing the images, a transaction of
    // its own) follows it instead of delaying "Saved" and the row.
    const tabId = tab.id;
    void Promise.resolve()
      .then(() => afterSave?.(id, article, tabId))
      .catch((e) => console.warn('after-save work failed', e))
      .finally(() => (timings.after = performance.now() - t0));
    return { ok: true, id, existed, title: article.title, row };
  } catch (e) {
    if (e instanceof StorageFullError) return { ok: false, error: 'quota', message: e.message, url: tab.url };
    return {
      ok: false,
      error: 'storage-failed',
      message: errorWords(e, 'The article could not be stored. Try again: your library is unchanged.'),
      url: tab.url,
    };
  }
}
