// @vitest-environment node
// Imports at size (issue 16, finding 10): big exports are streamed in bounded memory with progress, and
// one import keeps at most IMPORT_CAP items, saying how many were left out and where the next run starts.
// Parse only: the files are generated at test time (tests/fixtures/hostile), nothing is written.
import { describe, expect, it } from 'vitest';
import { parseImportFile } from '@/utils/data/import/parse-import-file';
import { IMPORT_CAP } from '@/utils/data/import/import-limits';
import { bigBookmarksFile, millionRowCsv, pocketZip200k } from '../../../fixtures/hostile/hostile-files';

const heap = () => process.memoryUsage().heapUsed;
/** CPU seconds this process spent (user + system): the 60 s bound holds on a shared, loaded machine too. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

describe('imports at size', { timeout: 600_000 }, () => {
  it('a 1,000,000-row CSV: streamed with progress, 50,000 kept, the rest counted, then the next run', async () => {
    const file = millionRowCsv();
    expect(file.size).toBeGreaterThan(80 * 1024 * 1024);
    const progress: number[] = [];
    const before = heap();
    const t = cpu();
    const r = await parseImportFile(file, { onProgress: (done) => progress.push(done) });
    expect(cpu() - t).toBeLessThan(60);
    expect(heap() - before).toBeLessThan(300 * 1024 * 1024);
    expect(r).toMatchObject({ source: 'pocket', total: 1_000_000, startAt: 0, leftOut: 1_000_000 - IMPORT_CAP });
    expect(r.items).toHaveLength(IMPORT_CAP);
    expect(r.items[0]).toMatchObject({ title: 'Item 0, quoted', tags: ['t0', 'news'], status: 'archived' });
    expect(progress.length).toBeGreaterThan(10);
    expect(progress[progress.length - 1]).toBe(file.size);
    const last = await parseImportFile(file, { startAt: 950_000 });
    expect(last).toMatchObject({ startAt: 950_000, leftOut: 0 });
    expect(last.items[0].url).toBe('https://pocket.example.org/item/950000');
    expect(last.items).toHaveLength(50_000);
  });

  it('a Pocket zip of 200,000 rows: no stack overflow, 50,000 kept with their highlights', async () => {
    const r = await parseImportFile(pocketZip200k());
    expect(r).toMatchObject({ source: 'pocket', total: 200_000, leftOut: 150_000 });
    expect(r.items).toHaveLength(IMPORT_CAP);
    expect(r.items.find((i) => i.url.endsWith('/item/7'))!.highlights.map((h) => h.quote)).toEqual(['Seven']);
  });

  it('a 100 MB bookmarks file: parsed without a DOM in bounded memory, folders as tags', async () => {
    const file = bigBookmarksFile(100);
    expect(file.size).toBeGreaterThan(100 * 1024 * 1024);
    const before = heap();
    const t = cpu();
    const r = await parseImportFile(file);
    expect(cpu() - t).toBeLessThan(60);
    expect(heap() - before).toBeLessThan(300 * 1024 * 1024);
    expect(r.source).toBe('bookmarks');
    expect(r.items).toHaveLength(IMPORT_CAP);
    expect(r.total).toBeGreaterThan(500_000);
    expect(r.items[1]).toMatchObject({
      url: 'https://bookmarks.example.org/0/1?a=1&b=2',
      title: 'Link 1 <0>',
      tags: ['folder 0 & more', 't1'],
      savedAt: 1_600_000_001_000,
    });
  });
});
