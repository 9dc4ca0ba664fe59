import { beforeEach, describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { OffprintDB } from '@/utils/storage/db';
import { backupReminder, isBackupDue, lastBackupAt, markBackedUp } from '@/utils/data/backup/backup-reminder';
import { formatBytes, requestPersistence, storageStatus } from '@/utils/storage/storage-status';
import { openZip } from '@/utils/lib/zip-reader';
import { crc32 } from '@/utils/lib/crc32';
import { createZipWriter } from '@/utils/lib/zip-writer';
import { selectArticles, selectionTitle } from '@/utils/data/export/export-selection';
import { countLinkOnly, fetchLinkOnly, stopFetching } from '@/utils/data/import/fetch-link-only';
import { importItems } from '@/utils/data/import/import-items';
import { makeItem } from '@/utils/data/import/import-item';
import { updateArticle } from '@/utils/storage/save-article';

const DAY = 86_400_000;
let db: OffprintDB;
beforeEach(() => {
  db = new OffprintDB(`helpers-${crypto.randomUUID()}`);
});

describe('backup reminder', () => {
  it.each([
    [null, null, false, 'empty library'],
    [null, 10 * DAY, false, 'library 10 days old, never backed up'],
    [null, 31 * DAY, true, 'library 31 days old, never backed up'],
    [29 * DAY, 400 * DAY, false, 'backed up 29 days ago'],
    [31 * DAY, 400 * DAY, true, 'backed up 31 days ago'],
  ] as [number | null, number | null, boolean, string][])('last %s, oldest %s → %s (%s)', (ageLast, ageOldest, due) => {
    const now = 1_000 * DAY;
    expect(isBackupDue(ageLast === null ? null : now - ageLast, ageOldest === null ? null : now - ageOldest, now)).toBe(
      due,
    );
  });

  it('stores the last backup time in meta and reports days since', async () => {
    const now = 2_000 * DAY;
    await importItems([makeItem({ url: 'https://a.example.com/', savedAt: now - 100 * DAY })], { db, now });
    expect(await backupReminder(db, now)).toEqual({ due: true, last: null, days: 100 });
    await markBackedUp(db, now - 3 * DAY);
    expect(await lastBackupAt(db)).toBe(now - 3 * DAY);
    expect(await backupReminder(db, now)).toEqual({ due: false, last: now - 3 * DAY, days: 3 });
  });
});

describe('storage status', () => {
  it('reads estimate and persisted, and asks for persistence', async () => {
    let persisted = false;
    const fake = {
      estimate: async () => ({ usage: 12_345_678, quota: 9e9 }),
      persisted: async () => persisted,
      persist: async () => (persisted = true),
    } as unknown as StorageManager;
    expect(await storageStatus(fake)).toEqual({ usage: 12_345_678, quota: 9e9, persisted: false });
    expect(await requestPersistence(fake)).toBe(true);
    expect((await storageStatus(fake)).persisted).toBe(true);
  });
  it('copes with a browser that has no storage manager', async () => {
    expect(await storageStatus(undefined)).toEqual({ usage: null, quota: null, persisted: null });
  });
  it.each([
    [950, '950 B'],
    [12_300, '12 KB'],
    [1_234_567, '1.2 MB'],
    [5e9, '5.0 GB'],
  ])('formats %d bytes as %s', (n, s) => {
    expect(formatBytes(n)).toBe(s);
  });
});

describe('zip writer and reader', () => {
  it('crc32 matches the standard check value', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  });
  it('writes entries that fflate and our reader both read back, several at once', async () => {
    const w = createZipWriter();
    w.addText('a.txt', 'alpha '.repeat(1000));
    w.add('b.bin', new Uint8Array([1, 2, 3]), { store: true });
    w.addText('c/d.json', '{"x":1}');
    const zip = await openZip(await w.finish());
    expect([...zip.entries.keys()]).toEqual(['a.txt', 'b.bin', 'c/d.json']);
    const many = await zip.many(['c/d.json', 'b.bin', 'a.txt']);
    expect(Array.from(many.get('b.bin')!)).toEqual([1, 2, 3]);
    expect(new TextDecoder().decode(many.get('c/d.json'))).toBe('{"x":1}');
    expect(await zip.text('a.txt')).toBe('alpha '.repeat(1000));
  });
  it('says clearly when a file is not a zip or is cut short', async () => {
    await expect(openZip(new Blob(['x'.repeat(100)]))).rejects.toThrow(/not a zip archive/);
    const whole = zipSync({ 'a.txt': strToU8('hello') });
    await expect(openZip(new Blob([whole.slice(0, whole.length - 30) as BlobPart]))).rejects.toThrow(
      /not a zip|cut short|damaged/,
    );
  });
});

describe('export selection and link-only fetch', () => {
  beforeEach(async () => {
    await importItems(
      [
        makeItem({ url: 'https://a.example.com/1', tags: ['x'], savedAt: 3 }),
        makeItem({ url: 'https://a.example.com/2', status: 'archived', savedAt: 2 }),
        makeItem({ url: 'https://a.example.com/3', html: '<p>text</p>', favorite: true, savedAt: 1 }),
      ],
      { db, prepareHtml: (h) => ({ html: h, text: 'text' }) },
    );
  });
  it('selects a view or a tag, newest first', async () => {
    const urls = async (sel: Parameters<typeof selectArticles>[0]) =>
      (await selectArticles(sel, db)).map((a) => a.url.slice(-1));
    expect(await urls({ kind: 'all' })).toEqual(['1', '2', '3']);
    expect(await urls({ kind: 'archived' })).toEqual(['2']);
    expect(await urls({ kind: 'favorites' })).toEqual(['3']);
    expect(await urls({ kind: 'tag', tag: 'x' })).toEqual(['1']);
    expect(selectionTitle({ kind: 'tag', tag: 'x' })).toBe('Tag: x');
  });
  it('queues only link-only items, with their ids, for the background to fetch', async () => {
    await updateArticle(1, { tags: ['keep'] }, db);
    expect(await countLinkOnly(db)).toBe(2); // the third has its text
    const r = await fetchLinkOnly(undefined, db);
    expect(r?.count).toBe(2);
    const tasks = await db.queue.where('batch').equals(r!.batch).toArray();
    expect(tasks.map((t) => [t.kind, t.url, t.articleId, t.state])).toEqual([
      ['save-url', 'https://a.example.com/1', 1, 'pending'],
      ['save-url', 'https://a.example.com/2', 2, 'pending'],
    ]);
    await db.queue.update(tasks[0].id!, { state: 'done' });
    expect(await stopFetching(r!.batch, db)).toBe(1);
    expect((await db.queue.where('batch').equals(r!.batch).toArray()).map((t) => t.state)).toEqual(['done']);
  });
});
