import type { Table } from 'dexie';

/**
 * How much wider than the ids' count their span may be for one read of the span's keys (else one read per id).
 * A restore's ids are consecutive (a backup lists articles by id), so its span is as wide as its count.
 */
export const SPAN_PER_ID = 4;

/**
 * Which of `ids` are primary keys of `table` (inside the caller's transaction, if any). When the ids lie close
 * together, one request reads the keys of their span, no values: a bulk write's lookups of 400 new ids were 400
 * requests each (`bulkGet`, every value read and cloned), answered one by one on the page's thread (session 29).
 */
export async function presentKeys(table: Table<unknown, number>, ids: readonly number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  let lo = Infinity;
  let hi = -Infinity;
  for (const id of ids) {
    if (id < lo) lo = id;
    if (id > hi) hi = id;
  }
  if (hi - lo < SPAN_PER_ID * ids.length) {
    const wanted = new Set(ids);
    const keys = (await table.where(':id').between(lo, hi, true, true).primaryKeys()) as number[];
    return new Set(keys.filter((k) => wanted.has(k)));
  }
  const rows = await table.bulkGet([...ids]);
  return new Set(ids.filter((_id, i) => rows[i] !== undefined));
}
