import type { Transaction } from 'dexie';
import type { Article } from '@/utils/article';
import { getDb, type OffprintDB } from './db';
import { markRemoteTransaction } from './outbox-middleware';
import { cleanTagList } from './tags';
import { buildArticle, storedNotes, writeArticle, writeArticleTables, type ArticleBody } from './write-article';

/**
 * Schema 2's library rewrite (issue 17), a background job:
 * - tags that differ only in case ("Travel", "travel", from imports made before tags were normalized on
 *   the way in) become one lower-case tag;
 * - articles with text in scripts other than Latin, Greek and Cyrillic get their search terms, word count
 *   and reading time again: Chinese, Japanese and Thai are now split into words (Intl.Segmenter), single
 *   CJK characters are terms, and vowel marks (Thai, Devanagari) stay part of the word.
 * The upgrade only notes that the job is due (one meta row: an upgrade blocks every open page); the
 * background works it in chunks, one transaction each, and notes how far it got, so a stopped service
 * worker resumes where it was.
 */
export const LIBRARY_REWRITE_JOB = 'job:library-rewrite';

interface JobState {
  /** Articles up to this id are done. */
  after: number;
}

/** Letters of scripts whose search terms changed in schema 3 (all but Latin, Greek, Cyrillic). */
const OTHER_SCRIPT =
  /[^\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Common}\p{sc=Inherited}\p{Z}\p{P}\p{S}\p{N}\p{Cc}]/u;

/** The schema upgrade's whole work: the job is due from the first article. */
export async function scheduleLibraryRewrite(tx: Transaction): Promise<void> {
  await tx.table('meta').put({ key: LIBRARY_REWRITE_JOB, value: { after: 0 } satisfies JobState });
}

/** True while the job has articles left. */
export async function libraryRewriteDue(db: OffprintDB = getDb()): Promise<boolean> {
  return (await db.meta.get(LIBRARY_REWRITE_JOB)) !== undefined;
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Rewrites one article as schema 3 keeps it; returns whether anything changed. Inside the job's transaction. */
async function rewrite(db: OffprintDB, a: Article, body: ArticleBody | null): Promise<boolean> {
  const tags = cleanTagList(a.tags ?? []);
  const tagsChanged = !same(tags, a.tags ?? []);
  // (Not updatedAt: no one edited the article.)
  if (OTHER_SCRIPT.test(a.title) || (body && OTHER_SCRIPT.test(body.text))) {
    const notes = await storedNotes(db, a.id);
    const { row, terms } = buildArticle(a, body, notes);
    const old = (await db.searchTerms.get(a.id))?.terms ?? [];
    const counts = row.wordCount !== a.wordCount || row.readingMinutes !== a.readingMinutes;
    if (tagsChanged || counts || !same([...old].sort(), [...terms].sort())) {
      await writeArticle(db, { ...a, tags }, body, notes);
      return true;
    }
  }
  if (tagsChanged) await db.articles.update(a.id, { tags });
  return tagsChanged;
}

/**
 * Works the job: `chunk` articles per transaction, at most `rounds` transactions (all when not given).
 * Returns how many articles changed. Nothing to do when the job is not due.
 */
export async function runLibraryRewrite(db: OffprintDB = getDb(), chunk = 100, rounds = Infinity): Promise<number> {
  let changed = 0;
  for (let round = 0; round < rounds; round++) {
    const finished = await db.transaction('rw', writeArticleTables(db), async (tx) => {
      // A local clean-up, not an edit: nothing for sync to send (every browser runs the job itself; the
      // merge compares tags case-insensitively), so no outbox rows and no new field clocks.
      markRemoteTransaction(tx);
      const job = (await db.meta.get(LIBRARY_REWRITE_JOB))?.value as JobState | undefined;
      if (!job) return true;
      const rows = await db.articles.where('id').above(job.after).limit(chunk).toArray();
      const bodies = await db.contents.bulkGet(rows.map((r) => r.id));
      for (let i = 0; i < rows.length; i++) {
        const c = bodies[i];
        if (await rewrite(db, rows[i], c ? { html: c.html, text: c.text, updatedAt: c.updatedAt } : null)) changed++;
      }
      if (rows.length < chunk) {
        await db.meta.delete(LIBRARY_REWRITE_JOB);
        return true;
      }
      await db.meta.put({ key: LIBRARY_REWRITE_JOB, value: { after: rows[rows.length - 1].id } satisfies JobState });
      return false;
    });
    if (finished) break;
  }
  return changed;
}
