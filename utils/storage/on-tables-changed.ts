import Dexie from 'dexie';
import { getDb } from '@/utils/storage/db';

/**
 * Calls `onChange` after every write to one of `tables` of the database, made in this page or in any
 * other extension context (Dexie broadcasts its changes). Returns the function that stops it.
 */
export function onTablesChanged(tables: string[], onChange: () => void, db: Dexie = getDb()): () => void {
  const prefixes = tables.map((t) => `idb://${db.name}/${t}/`);
  const listener = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((k) => prefixes.some((p) => k.startsWith(p)))) onChange();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
