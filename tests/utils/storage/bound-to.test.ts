import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { OffprintDB } from '@/utils/storage/db';
import { boundTo } from '@/utils/storage/bound-to';

// Dexie.ignoreTransaction runs code outside the transaction's zone: where a native await's continuation
// runs when Dexie's zone echo ends early (a page's start-up reads running alongside a save).
describe('boundTo', () => {
  it('keeps a write made outside the zone in the transaction (rolled back with it)', async () => {
    const db = new OffprintDB(`bound-${crypto.randomUUID()}`);
    await expect(
      db.transaction('rw', db.meta, async (tx) => {
        const t = boundTo(db, tx);
        await Dexie.ignoreTransaction(() => t.meta.put({ key: 'a', value: 1 }));
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await db.meta.get('a')).toBeUndefined();
  });

  it('is what a plain table is not: outside the zone, db.meta writes in a transaction of its own', async () => {
    const db = new OffprintDB(`bound-${crypto.randomUUID()}`);
    await expect(
      db.transaction('rw', db.meta, async () => {
        await Dexie.ignoreTransaction(() => db.meta.put({ key: 'a', value: 1 }));
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await db.meta.get('a')).toEqual({ key: 'a', value: 1 });
  });

  it('leaves other properties and tables outside the transaction as they are', async () => {
    const db = new OffprintDB(`bound-${crypto.randomUUID()}`);
    await db.transaction('rw', db.meta, async (tx) => {
      const t = boundTo(db, tx);
      expect(t.name).toBe(db.name);
      expect(t.meta).toBe(tx.table('meta'));
      expect(t.articles).toBe(db.articles);
    });
  });
});
