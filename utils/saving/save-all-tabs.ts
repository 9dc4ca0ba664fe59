import { getDb, type OffprintDB } from '@/utils/storage/db';
import { enqueueSaveUrls, type QueueStart } from './save-url-queue';
import { withGuard } from './request-guard';

/**
 * The host permission "Save all tabs" and "Fetch articles" need (to download pages without opening
 * them), asked for with the request guard's permission so private addresses stay blocked.
 */
export const ALL_SITES = withGuard(['<all_urls>']);

/**
 * Queues every tab of the current window (not Offprint's own pages) as one batch; returns the batch id,
 * count and whether the background started on it. Loaded tabs are read in the page, as the user sees
 * them; discarded ones are fetched.
 */
export async function saveAllTabs(): Promise<{ batch: string; count: number; started: QueueStart }> {
  const own = browser.runtime.getURL('/');
  const tabs = (await browser.tabs.query({ currentWindow: true })).filter((t) => !t.url?.startsWith(own));
  const batch = `tabs-${Date.now()}`;
  const started = await enqueueSaveUrls(
    tabs.map((t) => ({
      url: t.url ?? t.pendingUrl ?? '',
      title: t.title,
      ...(t.id != null && !t.discarded && { tabId: t.id }),
    })),
    batch,
    undefined,
    { cookies: true }, // the user's own open tabs: fetched as the tab would load them
  );
  return { batch, count: tabs.length, started };
}

/**
 * The newest 'save-url' batch still in the queue (its progress is shown until dismissed). Read through the `kind`
 * index: the queue also keeps one image task per saved article, and the popup asks again after every queue write.
 */
export async function latestBatch(db: OffprintDB = getDb()): Promise<string | null> {
  const t = await db.queue
    .where('kind')
    .equals('save-url')
    .reverse()
    .filter((x) => !!x.batch)
    .first();
  return t?.batch ?? null;
}

/** Forgets a finished batch (its done and failed tasks leave the queue). */
export async function dismissBatch(batch: string, db: OffprintDB = getDb()): Promise<void> {
  await db.queue
    .where('batch')
    .equals(batch)
    .filter((t) => t.state === 'done' || t.state === 'failed')
    .delete();
}
