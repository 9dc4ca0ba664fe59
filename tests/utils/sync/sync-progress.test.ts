// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; PouchDB's browser build needs FileReader and self.
import '../../helpers/file-reader';
import { describe, expect, it } from 'vitest';
import { saveArticle } from '@/utils/storage/save-article';
import type { SyncProgress } from '@/utils/sync/sync-types';
import { syncProgressText } from '@/utils/sync/sync-status-text';
import { makeArticle } from '../../helpers/make-article';
import { browserProfile, config, memoryServer } from '../../helpers/sync-browsers';

type Profile = ReturnType<typeof browserProfile>;

/** Every progress a profile's rounds report (what the Sync section shows), in order. */
function watchProgress(p: Profile): SyncProgress[] {
  const seen: SyncProgress[] = [];
  const setState = p.store.setState.bind(p.store);
  p.store.setState = (changes) => {
    if (changes.progress) seen.push(changes.progress);
    return setState(changes);
  };
  return seen;
}

describe('sync progress', () => {
  it('counts articles, not documents: an article’s images document does not add to the count', async () => {
    const server = memoryServer();
    const a = browserProfile(server, 'a');
    const b = browserProfile(server, 'b', { pullBatchSize: 2 });
    for (let i = 0; i < 6; i++) {
      const url = `https://example.com/story-${i}`;
      const { id } = await saveArticle(makeArticle(url, `Story number ${i} about the harbour`), a.db);
      if (i % 2 === 0)
        await a.db.images.put({
          articleId: id,
          url: `${url}/photo.png`,
          blob: new Blob([new Uint8Array([1, 2, 3, i])], { type: 'image/png' }),
          type: 'image/png',
          bytes: 4,
          width: 10,
          height: 10,
          savedAt: 5,
        });
    }
    const sent = watchProgress(a);
    await a.engine.enable(config());
    await a.engine.round();
    // 6 articles in 9 documents (3 with images) and the library document on the server.
    expect((await server.allDocs({})).total_rows).toBe(10);
    const pushes = sent.filter((p) => p.phase === 'push');
    expect(pushes.at(-1)).toEqual({ phase: 'push', done: 6, total: 6 });
    expect(syncProgressText(pushes.at(-1)!, false)).toBe('sending to the server: 6 / 6 articles');

    const taken = watchProgress(b);
    await b.engine.enable(config());
    await b.engine.round();
    expect(await b.db.articles.count()).toBe(6);
    expect(taken.length).toBeGreaterThan(1);
    for (const p of taken) expect(p.done).toBeLessThanOrEqual(p.total);
    expect(taken.filter((p) => p.phase === 'apply').at(-1)).toEqual({ phase: 'apply', done: 6, total: 6 });
    expect(syncProgressText({ phase: 'apply', done: 6, total: 6 }, true)).toBe('First sync: 6 / 6 articles');
  });
});
