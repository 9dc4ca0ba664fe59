// @vitest-environment node
// The restore's page and its worker cannot wait on each other, whatever order the worker's answers arrive in.
import { describe, expect, it } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import { restoreBackup, type RestoreOptions } from '@/utils/data/restore/restore-backup';
import { dumpLibrary, seedLibrary } from '../../../helpers/seed-library';
import { backupOf, FakeRestoreWorker, restoreOptions } from '../../../helpers/fake-restore-worker';

const fresh = () => new OffprintDB(`order-${crypto.randomUUID()}`);
const opts = (target: OffprintDB, worker: FakeRestoreWorker, extra: Partial<RestoreOptions> = {}) =>
  restoreOptions(target, worker, 5_000, extra);
/** Resolves once `worker` has sent no answer for `ms`. */
const quiet = async (worker: FakeRestoreWorker, ms: number) => {
  for (let n = -1; n !== worker.answered.length;) {
    n = worker.answered.length;
    await new Promise((r) => setTimeout(r, ms));
  }
};

describe('the order of the restore worker answers', { timeout: 120_000 }, () => {
  it('a full batch waiting for the check: the check answers kept back until the page waits, then it ends', async () => {
    const source = fresh();
    await seedLibrary(source, 650); // four pages of 200, 200, 200, 50
    const target = fresh();
    let written = 0;
    target.articles.hook('creating', () => void written++);
    // Pages 1 and 2 are checked; the check of pages 3 and 4 answers only when everything else has.
    const worker = new FakeRestoreWorker((job) => job.kind === 'check' && job.name >= 'articles/00003.json');
    const run = restoreBackup(await backupOf(source), 'merge', opts(target, worker, { batch: { articles: 400 } }));
    await quiet(worker, 300);
    // The write pass read pages 1 and 2 (a full batch of 400) and waits for the whole check before writing.
    expect(worker.answered.filter((a) => a.startsWith('records'))).toEqual([
      'records articles/00001.json',
      'records articles/00002.json',
    ]);
    expect(written).toBe(0);
    worker.release();
    expect((await run).added).toBe(650);
    expect(await dumpLibrary(target)).toEqual(await dumpLibrary(source));
  });

  it('answers delivered in a random order: every restore ends with the library restored', async () => {
    const source = fresh();
    await seedLibrary(source, 450);
    const blob = await backupOf(source);
    const want = await dumpLibrary(source);
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (const articles of [200, 400]) {
      const target = fresh();
      const worker = new FakeRestoreWorker(undefined, (job) => random() * (job.kind === 'check' ? 40 : 15));
      const r = await restoreBackup(blob, 'merge', opts(target, worker, { batch: { articles } }));
      expect(r.added).toBe(450);
      expect(await dumpLibrary(target)).toEqual(want);
    }
  });
});
