import { getDb, type OffprintDB } from './db';

/** Meta row holding the last article id the backfill has done (or `done`). */
export const BACKFILL_KEY = 'backfill:gid';
/** Articles per transaction: the job yields between batches, so pages stay responsive. */
export const BACKFILL_BATCH = 200;

let running: Promise<number> | null = null;
/**
 * Libraries whose backfill is done (it never has work again: every write gets its gid from the outbox
 * middleware), so later calls — every sync round makes one — read nothing. A read of `meta` would wait for
 * any transaction holding it, such as a search index compaction's.
 */
const finished = new WeakSet<OffprintDB>();

/**
 * Gives every article (and its highlights) written before schema 4 its global id, field clocks and
 * highlight edit times: a whole-library rewrite, run as a resumable background job after the light
 * upgrade to schema 4 (never inside the upgrade). The outbox middleware stamps the rows as they are
 * written back unchanged. Resumes after the last id done; returns how many articles it touched.
 */
export function backfillGlobalIds(db: OffprintDB = getDb()): Promise<number> {
  if (finished.has(db)) return Promise.resolve(0);
  running ??= run(db).finally(() => (running = null));
  return running;
}

async function run(db: OffprintDB): Promise<number> {
  const mark = await db.meta.get(BACKFILL_KEY);
  if (mark?.value === 'done') {
    finished.add(db);
    return 0;
  }
  let after = typeof mark?.value === 'number' ? mark.value : 0;
  let touched = 0;
  for (;;) {
    const done = await db.transaction('rw', [db.articles, db.highlights, db.meta], async () => {
      const rows = await db.articles.where('id').above(after).limit(BACKFILL_BATCH).toArray();
      if (!rows.length) {
        await db.meta.put({ key: BACKFILL_KEY, value: 'done' });
        return true;
      }
      const ids = rows.map((a) => a.id);
      const stale = rows.filter((a) => !a.gid || !a.clocks);
      const highlights = (await db.highlights.where('articleId').anyOf(ids).toArray()).filter(
        (h) => !h.gid || h.updatedAt == null,
      );
      // Written back as they are: the outbox middleware gives what is missing.
      if (stale.length) await db.articles.bulkPut(stale);
      if (highlights.length) await db.highlights.bulkPut(highlights);
      touched += stale.length;
      after = ids[ids.length - 1];
      await db.meta.put({ key: BACKFILL_KEY, value: after });
      return false;
    });
    if (done) {
      finished.add(db);
      return touched;
    }
  }
}
