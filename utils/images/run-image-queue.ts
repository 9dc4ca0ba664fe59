import type { QueueTask } from '@/utils/article';
import { getDb, type OffprintDB } from '@/utils/storage/db';
import { isQuotaError } from '@/utils/storage/save-article';
import { claimNextTask, requeueRunning } from '@/utils/storage/queue-tasks';
import { ARTICLE_IMAGE_CAP, type ImageTaskData, type SkipReason } from './image-queue';
import type { FetchContext, FetchedImage } from './fetch-image';
import { noSaveInFlight } from '@/utils/saving/save-in-flight';

/** Fetches one image (the background's fetchImage; tests pass their own). */
export type ImageFetcher = (url: string, ctx: FetchContext) => Promise<FetchedImage>;

/** Width and height of an image, or nulls when it cannot be decoded here (SVG in a worker, say). */
async function measure(blob: Blob): Promise<{ width: number | null; height: number | null }> {
  try {
    const bmp = await createImageBitmap(blob);
    const size = { width: bmp.width, height: bmp.height };
    bmp.close();
    return size;
  } catch {
    return { width: null, height: null };
  }
}

async function skip(db: OffprintDB, taskId: number, url: string, reason: SkipReason): Promise<void> {
  await db.transaction('rw', db.queue, async () => {
    const t = await db.queue.get(taskId);
    if (!t?.data) return;
    (t.data as ImageTaskData).skipped[url] = reason;
    await db.queue.update(taskId, { data: t.data, updatedAt: Date.now() });
  });
}

/** Images fetched at once per article: enough to hide latency, few enough to be gentle on one site. */
export const IMAGE_CONCURRENCY = 4;

type Stored = 'stored' | 'gone' | 'over-cap';

/**
 * Stores one image in its own transaction, only while its article still exists and its images stay
 * under the per-article cap (checked inside the transaction, so parallel fetches cannot overshoot).
 */
async function store(db: OffprintDB, articleId: number, url: string, blob: Blob): Promise<Stored> {
  const { width, height } = await measure(blob);
  return db.transaction('rw', db.articles, db.images, async () => {
    if (!(await db.articles.get(articleId))) return 'gone';
    const rows = await db.images.where('articleId').equals(articleId).toArray();
    if (rows.reduce((sum, r) => sum + (r.url === url ? 0 : r.bytes), 0) + blob.size > ARTICLE_IMAGE_CAP)
      return 'over-cap';
    await db.images.put({
      articleId,
      url,
      blob,
      type: blob.type,
      bytes: blob.size,
      width,
      height,
      savedAt: Date.now(),
    });
    return 'stored';
  });
}

/** Fetches and stores one image of a task; 'stop' when the article is gone or the disk is full. */
async function handleImage(
  task: QueueTask,
  url: string,
  fetcher: ImageFetcher,
  db: OffprintDB,
): Promise<'next' | 'stop' | 'full'> {
  const articleId = task.articleId!;
  const current = await db.queue.get(task.id!);
  if (!current) return 'stop'; // the article was deleted: its task went with it
  if ((current.data as ImageTaskData).skipped[url] || (await db.images.get([articleId, url]))) return 'next';
  const { tabId, pageUrl } = task.data as ImageTaskData;
  const got = await fetcher(url, { tabId, pageUrl }).catch((e: Error): FetchedImage => ({
    ok: false,
    reason: 'failed',
    detail: e.message,
  }));
  if (!got.ok) return skip(db, task.id!, url, got.reason).then(() => 'next');
  try {
    const stored = await store(db, articleId, url, got.blob);
    if (stored === 'over-cap') await skip(db, task.id!, url, 'article-cap');
    return stored === 'gone' ? 'stop' : 'next';
  } catch (e) {
    if (!isQuotaError(e)) throw e;
    await skip(db, task.id!, url, 'storage-full');
    return 'full';
  }
}

/**
 * Works through one article's image task, a few images at a time: each image is fetched and stored
 * on its own, so a stop half-way loses nothing and a restart picks up where it was.
 */
export async function processImageTask(
  task: QueueTask,
  fetcher: ImageFetcher,
  db: OffprintDB = getDb(),
): Promise<QueueTask['state']> {
  const { urls } = task.data as ImageTaskData;
  const run = { next: 0, outcome: 'next' as 'next' | 'stop' | 'full' };
  const worker = async () => {
    while (run.outcome === 'next' && run.next < urls.length) {
      await noSaveInFlight(); // a save being answered goes first (its transaction, the CPU)
      if (run.outcome !== 'next' || run.next >= urls.length) break;
      const result = await handleImage(task, urls[run.next++], fetcher, db);
      if (result !== 'next' && run.outcome === 'next') run.outcome = result;
    }
  };
  await Promise.all(Array.from({ length: IMAGE_CONCURRENCY }, worker));
  return run.outcome === 'full' ? 'failed' : 'done';
}

let running: Promise<void> | null = null;

/**
 * Runs every pending image task, one at a time; a second call while it runs joins the first.
 * `fresh`: this is a new service worker, so tasks marked running were cut off and start again.
 */
export function runImageQueue(
  fetcher: ImageFetcher,
  opts: { fresh?: boolean } = {},
  db: OffprintDB = getDb(),
): Promise<void> {
  running ??= (async () => {
    if (opts.fresh) await requeueRunning(db, 'images');
    for (;;) {
      const task = await claimNextTask(db, 'images');
      if (!task) return;
      let state: QueueTask['state'] = 'failed';
      let error: string | null = null;
      try {
        state = await processImageTask(task, fetcher, db);
      } catch (e) {
        error = (e as Error).message;
      }
      // A task that came back to 'pending' meanwhile (re-saved, re-queued) runs again.
      await db.transaction('rw', db.queue, async () => {
        const now = await db.queue.get(task.id!);
        if (now && now.state === 'running') await db.queue.update(task.id!, { state, error, updatedAt: Date.now() });
      });
    }
  })().finally(() => {
    running = null;
  });
  return running;
}
