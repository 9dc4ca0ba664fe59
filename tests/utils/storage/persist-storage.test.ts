import { describe, expect, it, vi } from 'vitest';
import { persistStorage } from '@/utils/storage/persist-storage';

describe('persistStorage', () => {
  it('asks for persistence when the library is not persistent yet', async () => {
    const storage = { persisted: vi.fn().mockResolvedValue(false), persist: vi.fn().mockResolvedValue(true) };
    await expect(persistStorage(storage as unknown as StorageManager)).resolves.toBe(true);
    expect(storage.persist).toHaveBeenCalledOnce();
  });
  it('does not ask again once it is', async () => {
    const storage = { persisted: vi.fn().mockResolvedValue(true), persist: vi.fn() };
    await expect(persistStorage(storage as unknown as StorageManager)).resolves.toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });
  it('answers false where the API is missing (the service worker) or throws', async () => {
    await expect(persistStorage(undefined)).resolves.toBe(false);
    await expect(
      persistStorage({
        persisted: () => Promise.reject(new Error('x')),
        persist: vi.fn(),
      } as unknown as StorageManager),
    ).resolves.toBe(false);
  });
});
