import { getDb, type OffprintDB } from '@/utils/storage/db';

/**
 * How many live highlights each of some articles has (articles without any are left out), read from
 * the [deleted+articleId] index's keys only: no highlight row is loaded. For the rows a list shows.
 */
export async function highlightCounts(ids: readonly number[], db: OffprintDB = getDb()): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  if (!ids.length) return counts;
  const keys = (await db.highlights
    .where('[deleted+articleId]')
    .anyOf([...new Set(ids)].map((id) => [0, id]))
    .keys()) as unknown as [number, number][];
  for (const [, id] of keys) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}
