/** How much the browser stores for Offprint, the quota, and whether it may evict it under pressure. */
export interface StorageStatus {
  usage: number | null;
  quota: number | null;
  persisted: boolean | null;
}

/** Reads navigator.storage (estimate, persisted); null fields where the browser does not say. */
export async function storageStatus(storage: StorageManager | undefined = navigator.storage): Promise<StorageStatus> {
  const [est, persisted] = await Promise.all([
    storage?.estimate?.().catch(() => null),
    storage?.persisted?.().catch(() => null),
  ]);
  return { usage: est?.usage ?? null, quota: est?.quota ?? null, persisted: persisted ?? null };
}

/** Asks the browser to never evict Offprint's data; resolves to whether it agreed. */
export async function requestPersistence(storage: StorageManager | undefined = navigator.storage): Promise<boolean> {
  return (await storage?.persist?.().catch(() => false)) ?? false;
}

/** Bytes in words: "950 B", "12.3 KB", "1.2 GB". */
export function formatBytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  for (; n >= 1000 && i < units.length - 1; i++) n /= 1000;
  return `${i === 0 ? n : n.toFixed(n < 10 ? 1 : 0)} ${units[i]}`;
}
