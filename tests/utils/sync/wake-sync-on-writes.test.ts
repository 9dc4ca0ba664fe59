// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; happy-dom's does not.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';
import { addTag } from '@/utils/storage/tags';
import { markRemoteTransaction } from '@/utils/storage/outbox-middleware';
import { wakeSyncOnWrites } from '@/utils/sync/wake-sync-on-writes';
import { makeArticle } from '../../helpers/make-article';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe('wakeSyncOnWrites (an Offprint page wakes the background after its own writes)', () => {
  it('wakes once per transaction with changes for sync, not after writes that are not sync changes', async () => {
    const db = new OffprintDB(`wake-${crypto.randomUUID()}`);
    const wake = vi.fn();
    stop = wakeSyncOnWrites(wake);
    const { id } = await saveArticle(makeArticle('https://example.com/a', 'one two three'), db);
    await vi.waitFor(() => expect(wake).toHaveBeenCalledTimes(1), { timeout: 2_000 });
    // Several articles and tables changed in one transaction: one wake.
    const tables = [db.articles, db.contents, db.originals, db.searchTerms, db.meta, db.highlights];
    await db.transaction('rw', tables, async () => {
      await saveArticle(makeArticle('https://example.com/b', 'four five'), db);
      await saveArticle(makeArticle('https://example.com/c', 'six seven'), db);
      await addTag([id], 'tide', db);
    });
    await vi.waitFor(() => expect(wake).toHaveBeenCalledTimes(2), { timeout: 2_000 });
    await sleep(400);
    expect(wake).toHaveBeenCalledTimes(2);

    // The sync engine writing what came from the server: nothing for the outbox, nothing to wake.
    await db.transaction('rw', db.articles, async (tx) => {
      markRemoteTransaction(tx);
      await db.articles.update(id, { title: 'From the server' });
    });
    // A write that fails leaves nothing in the outbox: no wake either.
    await expect(
      db.transaction('rw', db.articles, async () => {
        await db.articles.update(id, { title: 'Rolled back' });
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    // Settings and other tables that do not sync: no wake.
    await db.meta.put({ key: 'x', value: 1 });
    await sleep(400);
    expect(wake).toHaveBeenCalledTimes(2);

    await addTag([id], 'quay', db);
    await vi.waitFor(() => expect(wake).toHaveBeenCalledTimes(3), { timeout: 2_000 });
    stop();
    await addTag([id], 'river', db);
    await sleep(400);
    expect(wake).toHaveBeenCalledTimes(3); // stopped
  });
});
