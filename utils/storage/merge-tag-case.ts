import type { Transaction } from 'dexie';
import { getDb, type OffprintDB } from './db';
import { cleanTagList } from './tags';

/**
 * Schema 2's library rewrite: tags that differ only in case ("Travel", "travel", from imports made before
 * tags were normalized on the way in) become one lower-case tag. The upgrade only notes that the job is
 * due (one meta row: it must stay light, it blocks every open page); the background works it in chunks,
 * one transaction each, and notes how far it got, so a stopped service worker resumes where it was.
 */
export const TAG_CASE_JOB = 'job:merge-tag-case';

interface JobState {
  /** Articles up to this id are done. */
  after: number;
}

/** The schema upgrade's whole work: the job is due from the first article. */
export async function scheduleTagCaseMerge(tx: Transaction): Promise<void> {
  await tx.table('meta').put({ key: TAG_CASE_JOB, value: { after: 0 } satisfies JobState });
}

/** True while the job has articles left. */
export async function tagCaseMergeDue(db: OffprintDB = getDb()): Promise<boolean> {
  return (await db.meta.get(TAG_CASE_JOB)) !== undefined;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Works the job: `chunk` articles per transaction, at most `rounds` transactions (all when not given).
 * Returns how many articles had their tags merged. Nothing to do when the job is not due.
 */
export async function mergeTagCase(db: OffprintDB = getDb(), chunk = 200, rounds = Infinity): Promise<number> {
  let changed = 0;
  for (let round = 0; round < rounds; round++) {
    const finished = await db.transaction('rw', db.articles, db.meta, async () => {
      const job = (await db.meta.get(TAG_CASE_JOB))?.value as JobState | undefined;
      if (!job) return true;
      const rows = await db.articles.where('id').above(job.after).limit(chunk).toArray();
      const fixes = rows
        .map((a) => ({ key: a.id, tags: cleanTagList(a.tags ?? []), old: a.tags ?? [] }))
        .filter((f) => !same(f.tags, f.old));
      // Only the tags change: not updatedAt, as no one edited the article.
      if (fixes.length) await db.articles.bulkUpdate(fixes.map((f) => ({ key: f.key, changes: { tags: f.tags } })));
      changed += fixes.length;
      if (rows.length < chunk) {
        await db.meta.delete(TAG_CASE_JOB);
        return true;
      }
      await db.meta.put({ key: TAG_CASE_JOB, value: { after: rows[rows.length - 1].id } satisfies JobState });
      return false;
    });
    if (finished) break;
  }
  return changed;
}
