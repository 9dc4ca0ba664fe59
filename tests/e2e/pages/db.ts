import type { Page } from 'playwright-core';

/** Rows of one store of the extension's real IndexedDB, read from an extension page (Blobs become their size). */
export function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('offprint');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const rows: Record<string, unknown>[] = await new Promise((res, rej) => {
      const r = db.transaction(name).objectStore(name).getAll();
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    db.close();
    return rows.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [
          k,
          v instanceof Blob ? { blobSize: v.size } : v instanceof Uint8Array ? { bytes: v.length } : v,
        ]),
      ),
    );
  }, store) as Promise<T[]>;
}

/**
 * Writes one row into a store of the extension's IndexedDB (from an extension page), bypassing every check of the app.
 */
export function putRow(page: Page, store: string, row: Record<string, unknown>): Promise<void> {
  return page.evaluate(
    async ({ name, value }) => {
      const db: IDBDatabase = await new Promise((res, rej) => {
        const r = indexedDB.open('offprint');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      await new Promise<void>((res, rej) => {
        const tx = db.transaction(name, 'readwrite');
        tx.objectStore(name).put(value);
        tx.oncomplete = () => res();
        tx.onerror = () => rej(tx.error);
      });
      db.close();
    },
    { name: store, value: row },
  );
}
