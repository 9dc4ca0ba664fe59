import type { QueueTask, SaveResult } from '@/utils/article';
import { getDb, type OffprintDB } from '@/utils/storage/db';
import { fetchPage } from './fetch-page';
import { parseInDom } from './parse-in-dom';
import { saveArticle, StorageFullError } from '@/utils/storage/save-article';
import { claimNextTask, requeueRunning } from '@/utils/storage/queue-tasks';
import { saveTab, type AfterSave } from './save-tab';
import { sendMessage, type BackgroundReply } from '@/utils/messages';
import { errorWords } from '@/utils/lib/error-words';

/**
 * One URL to save; `articleId` is an existing "link only" row to fill in; `tabId` is an open tab that
 * shows it (Save all tabs): the article is then extracted from the page as the user sees it.
 */
export interface SaveUrlItem {
  url: string;
  articleId?: number;
  title?: string;
  tabId?: number;
}

/** Progress of one batch, for "12 / 30" and the list of what failed and why. */
export interface BatchProgress {
  total: number;
  done: number;
  failed: { url: string; title: string | null; reason: string }[];
  finished: boolean;
}

let inWorker = false;
let running: Promise<void> | null = null;
let workerDeps: { afterSave?: AfterSave } = {};

/** Whether the background took up the queue: a failure says in words why it did not (the tasks stay queued). */
export type QueueStart = BackgroundReply<'queue:work'>;

/**
 * Queues URLs to be fetched, extracted and saved by the background (kind 'save-url', one batch id
 * for progress). Survives the popup closing and the service worker stopping; starts the worker.
 */
export async function enqueueSaveUrls(
  items: SaveUrlItem[],
  batch: string,
  db: OffprintDB = getDb(),
  opts: { cookies?: boolean } = {},
): Promise<QueueStart> {
  const now = Date.now();
  const tasks: QueueTask[] = items.map((it) => ({
    kind: 'save-url',
    state: 'pending',
    articleId: it.articleId ?? null,
    url: it.url,
    batch,
    attempts: 0,
    error: null,
    data:
      it.title || it.tabId != null || opts.cookies
        ? {
            ...(it.title && { title: it.title }),
            ...(it.tabId != null && { tabId: it.tabId }),
            ...(opts.cookies && { cookies: true }),
          }
        : null,
    createdAt: now,
    updatedAt: now,
  }));
  await db.queue.bulkAdd(tasks);
  return kickSaveUrlQueue();
}

/** Wakes the worker: directly in the background, by message from an extension page. */
export async function kickSaveUrlQueue(): Promise<QueueStart> {
  if (!inWorker) return sendMessage('queue:work', null);
  void workSaveUrlQueue();
  return { ok: true };
}

/** Background only: this context works the queue (enqueue calls it directly); `afterSave` runs after each save. */
export function registerSaveUrlWorker(deps: { afterSave?: AfterSave } = {}): void {
  inWorker = true;
  workerDeps = deps;
}

/**
 * Works every pending 'save-url' task, one at a time, until none is left. Tasks left 'running' by a
 * stopped service worker are picked up again. Only one run at a time per context.
 */
export function workSaveUrlQueue(db: OffprintDB = getDb()): Promise<void> {
  running ??= (async () => {
    try {
      await requeueRunning(db, 'save-url');
      for (;;) {
        const task = await claimNextTask(db, 'save-url');
        if (!task) break;
        const result = await saveUrlTask(task, db).catch((e: Error) => ({
          ok: false as const,
          error: 'extract-failed' as const,
          message: errorWords(e, 'This page could not be saved. Try again later.'),
        }));
        await db.queue.update(
          task.id!,
          result.ok
            ? { state: 'done', articleId: result.id, error: null, updatedAt: Date.now() }
            : { state: 'failed', error: result.message, updatedAt: Date.now() },
        );
      }
    } finally {
      running = null;
    }
  })();
  return running;
}

/**
 * Saves a queued URL from the open tab that shows it, extracted in the page as the user sees it
 * (logged in, scripts run), as the toolbar button does. Null when there is no such tab any more (closed,
 * navigated elsewhere, discarded, still loading) or the page cannot be read: the caller fetches instead.
 */
async function saveFromTab(tabId: number, url: string): Promise<SaveResult | null> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab || tab.url !== url || tab.discarded || tab.status !== 'complete') return null;
  const result = await saveTab({ tabId, force: true }, workerDeps.afterSave);
  return result.ok || result.error === 'quota' || result.error === 'storage-failed' ? result : null;
}

/**
 * Saves one queued URL: from its open tab when it has one (Save all tabs), else fetched and extracted
 * in a DOM context (offscreen document or background page); a link-only row keeps its id.
 */
export async function saveUrlTask(
  task: Pick<QueueTask, 'url' | 'articleId'> & Partial<Pick<QueueTask, 'data'>>,
  db: OffprintDB = getDb(),
): Promise<SaveResult> {
  const url = task.url ?? '';
  const tabId = task.data?.tabId;
  if (typeof tabId === 'number' && task.articleId == null) {
    const fromTab = await saveFromTab(tabId, url);
    if (fromTab) return fromTab;
  }
  // Cookies only where the user chose this URL in their browser (a link, a tab) or asked for them (imports).
  const fetched = await fetchPage(url, { cookies: task.data?.cookies === true });
  if (!fetched.ok) return { ok: false, error: 'no-access', message: fetched.message, url };
  const parsed = await parseInDom(fetched.html, fetched.url);
  if (!parsed.ok) return { ...parsed, url };
  const row = task.articleId != null ? await db.articles.get(task.articleId) : undefined;
  // Save under the row's own URL so the upsert fills in the link-only entry instead of adding one.
  const article = { ...parsed.article, url: row?.url ?? url };
  try {
    const { id, existed } = await saveArticle(article, db);
    await Promise.resolve(workerDeps.afterSave?.(id, article)).catch((e) => console.warn('after-save work failed', e));
    return { ok: true, id, existed, title: article.title };
  } catch (e) {
    if (e instanceof StorageFullError) return { ok: false, error: 'quota', message: e.message, url };
    return {
      ok: false,
      error: 'storage-failed',
      message: errorWords(e, 'The article could not be stored. Try again: your library is unchanged.'),
      url,
    };
  }
}

/** Counts of one batch from its queue rows. */
export async function batchProgress(batch: string, db: OffprintDB = getDb()): Promise<BatchProgress> {
  const tasks = await db.queue.where('batch').equals(batch).toArray();
  const failed = tasks.filter((t) => t.state === 'failed');
  const done = tasks.filter((t) => t.state === 'done').length;
  return {
    total: tasks.length,
    done: done + failed.length,
    failed: failed.map((t) => ({
      url: t.url ?? '',
      title: (t.data?.title as string) ?? null,
      reason: t.error ?? 'Unknown error',
    })),
    finished: done + failed.length === tasks.length,
  };
}
