import { getDb, type OffprintDB } from '@/utils/storage/db';
import { enqueueSaveUrls, type QueueStart } from '@/utils/saving/save-url-queue';

/** Link-only articles (imported without their text), newest first. */
export async function linkOnlyArticles(db: OffprintDB = getDb()) {
  const rows = await db.articles.filter((a) => a.kind === 'link').toArray();
  return rows.sort((a, b) => b.savedAt - a.savedAt);
}

/** How many link-only articles the library holds (the "Fetch articles" count; reads every row). */
export function countLinkOnly(db: OffprintDB = getDb()): Promise<number> {
  return db.articles.filter((a) => a.kind === 'link').count();
}

/**
 * Queues link-only articles for the background to download and extract into their rows (same ids,
 * tags and state kept). Returns the batch id for progress and whether the background started on it,
 * or null when there is nothing to fetch.
 */
export async function fetchLinkOnly(
  ids?: number[],
  db: OffprintDB = getDb(),
  opts: { cookies?: boolean } = {},
): Promise<{ batch: string; count: number; started: QueueStart } | null> {
  const rows = ids ? (await db.articles.bulkGet(ids)).filter((a) => a?.kind === 'link') : await linkOnlyArticles(db);
  if (!rows.length) return null;
  const batch = `import-fetch-${Date.now().toString(36)}`;
  const started = await enqueueSaveUrls(
    rows.map((a) => ({ url: a!.originalUrl || a!.url, articleId: a!.id, title: a!.title })),
    batch,
    db,
    { cookies: opts.cookies === true }, // imported lists go without the user's cookies unless they ask
  );
  return { batch, count: rows.length, started };
}

/** Stops a fetch batch: its pending tasks are dropped (each finished save was whole; the rest stay link only). */
export async function stopFetching(batch: string, db: OffprintDB = getDb()): Promise<number> {
  return db.queue
    .where('batch')
    .equals(batch)
    .filter((t) => t.state === 'pending')
    .delete();
}
