/**
 * Asks the browser to keep the library when disk space runs low (navigator.storage.persist);
 * only extension pages have it, not the service worker. Resolves with whether storage is persistent.
 */
export async function persistStorage(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
