import Dexie from 'dexie';
import type { OffprintDB } from './db';

/** Ids per posting segment: small enough to rewrite on every save, large enough that a term is a few reads. */
export const SEGMENT = 256;

/** One segment of a term's posting list: the ids of articles that contain the term. */
export interface PostingRow {
  term: string;
  seg: number;
  ids: number[];
}

const range = (db: OffprintDB, from: string, to: string) => db.postings.where('[term+seg]').between([from, Dexie.minKey], [to, Dexie.maxKey], true, true);

/** Adds an article to the posting lists of its terms (appends to each term's last segment). Call inside the save transaction. */
export async function addPostings(db: OffprintDB, id: number, terms: Iterable<string>): Promise<void> {
  await Promise.all(
    [...terms].map(async (term) => {
      const last = await range(db, term, term).last();
      if (last && last.ids.length < SEGMENT) {
        if (!last.ids.includes(id)) await db.postings.put({ ...last, ids: [...last.ids, id] });
      } else await db.postings.put({ term, seg: (last?.seg ?? -1) + 1, ids: [id] });
    }),
  );
}

/** Removes an article from the posting lists of the given terms (empty segments are deleted). */
export async function removePostings(db: OffprintDB, id: number, terms: Iterable<string>): Promise<void> {
  await Promise.all(
    [...terms].map(async (term) => {
      for (const seg of await range(db, term, term).toArray()) {
        if (!seg.ids.includes(id)) continue;
        const ids = seg.ids.filter((x) => x !== id);
        await (ids.length ? db.postings.put({ ...seg, ids }) : db.postings.delete([term, seg.seg]));
      }
    }),
  );
}

/** Ids of the articles containing a term (one range read of its segments). */
export async function termIds(db: OffprintDB, term: string): Promise<number[]> {
  return (await range(db, term, term).toArray()).flatMap((s) => s.ids);
}

/** Ids of the articles containing any term that starts with `prefix`. */
export async function prefixIds(db: OffprintDB, prefix: string): Promise<number[]> {
  return (await range(db, prefix, `${prefix}\uffff`).toArray()).flatMap((s) => s.ids);
}
