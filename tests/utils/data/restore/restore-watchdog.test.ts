// @vitest-environment node
// A restore whose worker stops answering fails in words and undoes what it wrote, instead of waiting forever.
import { describe, expect, it } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import { previewRestore, restoreBackup, type RestoreOptions } from '@/utils/data/restore/restore-backup';
import { RestoreStalled } from '@/utils/data/restore/backup-pages';
import { dumpLibrary, seedLibrary } from '../../../helpers/seed-library';
import { backupOf, FakeRestoreWorker, restoreOptions } from '../../../helpers/fake-restore-worker';

const fresh = () => new OffprintDB(`watchdog-${crypto.randomUUID()}`);
const opts = (target: OffprintDB, worker: FakeRestoreWorker, extra: Partial<RestoreOptions> = {}) =>
  restoreOptions(target, worker, 300, extra);

describe('the restore watchdog', { timeout: 60_000 }, () => {
  it('restores through a worker that answers (the stand-in is sound)', async () => {
    const source = fresh();
    await seedLibrary(source, 450);
    const target = fresh();
    const worker = new FakeRestoreWorker();
    const r = await restoreBackup(await backupOf(source), 'merge', opts(target, worker));
    expect(r.added).toBe(450);
    expect(await dumpLibrary(target)).toEqual(await dumpLibrary(source));
  });

  it('a worker silent after two writes committed: the restore fails in words, the library as it was', async () => {
    const source = fresh();
    await seedLibrary(source, 450); // three pages of 200, 200, 50
    const target = fresh();
    await seedLibrary(target, 3);
    await target.articles.update(2, { updatedAt: 1 }); // the restore replaces it (an undo copy is kept)
    const before = await dumpLibrary(target);
    let written = 0;
    target.articles.hook('creating', () => void written++);
    // The last page's records never come back (a worker that died without an error event).
    const worker = new FakeRestoreWorker((job) => job.kind === 'records' && job.name === 'articles/00003.json');
    const t = Date.now();
    const run = restoreBackup(await backupOf(source), 'replace', opts(target, worker, { batch: { articles: 200 } }));
    await expect(run).rejects.toThrow(RestoreStalled);
    await expect(run).rejects.toThrow(
      'The restore stopped: reading the backup gave no answer for 300 ms (waiting for records of ' +
        'articles/00003.json). Nothing was changed: try again.',
    );
    expect(Date.now() - t).toBeLessThan(20_000);
    expect(written).toBeGreaterThan(0); // pages 1 and 2 were written, then undone
    expect(worker.terminated).toBe(true);
    expect(await dumpLibrary(target)).toEqual(before);
    expect(await target.importUndo.count()).toBe(0);
    expect(await target.meta.where('key').startsWith('import:').count()).toBe(0);
  });

  it('a slow worker that answers within the bound is waited for', async () => {
    const source = fresh();
    await seedLibrary(source, 250);
    const target = fresh();
    const worker = new FakeRestoreWorker((job) => job.kind === 'check');
    const run = previewRestore(await backupOf(source), 'merge', {
      db: target,
      reader: { worker: () => worker as unknown as Worker, silenceMs: 1_000 },
    });
    setTimeout(() => worker.release(), 300);
    expect((await run).added).toBe(250);
  });

  it('names at most three of the jobs it waited for', () => {
    const jobs = ['check of articles/00003.json', 'check of articles/00004.json', 'check of articles/00005.json'];
    expect(new RestoreStalled([...jobs, 'check of articles/00006.json', '4 files'], 60_000).message).toBe(
      'The restore stopped: reading the backup gave no answer for 60 seconds (waiting for check of ' +
        'articles/00003.json, check of articles/00004.json, check of articles/00005.json and 2 more). ' +
        'Nothing was changed: try again.',
    );
  });

  it('a check that never comes back fails the preview too, in words', async () => {
    const source = fresh();
    await seedLibrary(source, 250);
    const worker = new FakeRestoreWorker((job) => job.kind === 'check' && job.name === 'articles/00002.json');
    await expect(
      previewRestore(await backupOf(source), 'merge', {
        db: fresh(),
        reader: { worker: () => worker as unknown as Worker, silenceMs: 300 },
      }),
    ).rejects.toThrow(/gave no answer.*check of articles\/00002\.json/);
  });
});
