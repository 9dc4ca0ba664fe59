import type { QueueTask } from '@/utils/article';
import { getDb, type OffprintDB } from '@/utils/storage/db';

/** Largest image stored (bytes); bigger ones are skipped and the popup says so. */
export const IMAGE_CAP = 5 * 1024 * 1024;
/** Most image bytes stored for one article. */
export const ARTICLE_IMAGE_CAP = 40 * 1024 * 1024;

/** Why an image was not stored. */
export type SkipReason = 'too-big' | 'article-cap' | 'blocked' | 'failed' | 'not-image' | 'storage-full';

/** The `data` of an 'images' queue task: one task per article. */
export interface ImageTaskData {
  [key: string]: unknown;
  urls: string[];
  /** The tab the article was saved from: its page may fetch same-origin images without host permission. */
  tabId: number | null;
  pageUrl: string | null;
  skipped: Record<string, SkipReason>;
}

/** Progress of one article's images, for "7 / 12 images". */
export interface ImageTally {
  total: number;
  stored: number;
  skipped: Partial<Record<SkipReason, number>>;
  /** True when every image was stored or skipped (or there was nothing to do). */
  done: boolean;
}

/** The article's image task, if any. */
export function imageTaskOf(articleId: number, db: OffprintDB = getDb()): Promise<QueueTask | undefined> {
  return db.queue
    .where('articleId')
    .equals(articleId)
    .filter((t) => t.kind === 'images')
    .first();
}

/**
 * Queues the article's images (replacing an earlier task of the same article, and dropping stored images it no longer
 * shows); nothing is fetched here.
 */
export async function queueImages(
  articleId: number,
  urls: string[],
  from: { tabId?: number | null; pageUrl?: string | null } = {},
  db: OffprintDB = getDb(),
): Promise<void> {
  const now = Date.now();
  const data: ImageTaskData = {
    urls: [...new Set(urls)],
    tabId: from.tabId ?? null,
    pageUrl: from.pageUrl ?? null,
    skipped: {},
  };
  await db.transaction('rw', db.queue, db.images, async () => {
    await db.images
      .where('articleId')
      .equals(articleId)
      .filter((i) => !data.urls.includes(i.url))
      .delete();
    const old = await imageTaskOf(articleId, db);
    if (old) await db.queue.update(old.id!, { state: 'pending', data, attempts: 0, error: null, updatedAt: now });
    else
      await db.queue.add({
        kind: 'images',
        state: 'pending',
        articleId,
        url: null,
        batch: null,
        attempts: 0,
        error: null,
        data,
        createdAt: now,
        updatedAt: now,
      });
  });
}

/** Puts skipped images of these kinds back in the queue (after the user granted access, say). */
export async function requeueSkipped(
  articleId: number,
  reasons: SkipReason[],
  db: OffprintDB = getDb(),
): Promise<number> {
  return db.transaction('rw', db.queue, async () => {
    const task = await imageTaskOf(articleId, db);
    if (!task?.data) return 0;
    const data = task.data as ImageTaskData;
    const again = Object.keys(data.skipped).filter((u) => reasons.includes(data.skipped[u]));
    for (const u of again) delete data.skipped[u];
    if (again.length) await db.queue.update(task.id!, { state: 'pending', data, error: null, updatedAt: Date.now() });
    return again.length;
  });
}

/** How many image tasks wait or were cut off (a stopped service worker leaves them 'running'). */
export function unfinishedImageTasks(db: OffprintDB = getDb()): Promise<number> {
  return db.queue
    .where('state')
    .anyOf('pending', 'running')
    .filter((t) => t.kind === 'images')
    .count();
}

/** Ids of articles whose images were skipped for want of permission (for the one "allow" button). */
export async function articlesWithBlockedImages(db: OffprintDB = getDb()): Promise<number[]> {
  const tasks = await db.queue.where('kind').equals('images').toArray();
  return tasks
    .filter((t) => Object.values((t.data as ImageTaskData | null)?.skipped ?? {}).includes('blocked'))
    .map((t) => t.articleId!);
}

/** How far the article's images are: stored, skipped by reason, and whether the work is over. */
export async function imageProgress(articleId: number, db: OffprintDB = getDb()): Promise<ImageTally | null> {
  const task = await imageTaskOf(articleId, db);
  if (!task?.data) return null;
  const data = task.data as ImageTaskData;
  const stored = new Set(
    await db.images
      .where('articleId')
      .equals(articleId)
      .primaryKeys()
      .then((ks) => ks.map((k) => (k as [number, string])[1])),
  );
  const skipped: ImageTally['skipped'] = {};
  for (const u of data.urls) {
    const r = data.skipped[u];
    if (r && !stored.has(u)) skipped[r] = (skipped[r] ?? 0) + 1;
  }
  const storedCount = data.urls.filter((u) => stored.has(u)).length;
  const skippedCount = Object.values(skipped).reduce((a, b) => a + b, 0);
  return {
    total: data.urls.length,
    stored: storedCount,
    skipped,
    done: task.state === 'done' || task.state === 'failed' || storedCount + skippedCount >= data.urls.length,
  };
}
