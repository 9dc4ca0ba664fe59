// @vitest-environment node
// Node's Blob survives fake-indexeddb's structured clone; PouchDB's browser build needs FileReader and self.
import '../../helpers/file-reader';
import { describe, expect, it } from 'vitest';
import { saveArticle } from '@/utils/storage/save-article';
import { eventTrace } from '@/utils/lib/event-trace';
import type { SyncStatus } from '@/utils/sync/sync-types';
import { makeArticle } from '../../helpers/make-article';
import { browserProfile, config, memoryServer } from '../../helpers/sync-browsers';

/** The trace's round starts and ends in order: two starts in a row mean two rounds ran at once. */
const roundMoves = (since: number) =>
  eventTrace(since)
    .map((e) => e.what)
    .filter((w) => w === 'round.start' || w.startsWith('round.end') || w === 'round.error')
    .map((w) => (w === 'round.start' ? 'start' : 'end'));

describe('sync engine rounds', () => {
  it('never runs two rounds at once, also when a call comes while a round reads its final status', async () => {
    const server = memoryServer();
    const a = browserProfile(server, 'a');
    await saveArticle(makeArticle('https://example.com/one', 'First article text'), a.db);
    await a.engine.enable(config());
    await a.engine.round();
    await new Promise((r) => setTimeout(r, 5)); // the events from here on are this test's
    const since = Date.now();

    // Another trigger (the alarm, an open page's loop, sync:soon) calls at the moment the round reads the status
    // it returns: it gets a round of its own, which later calls must share, not run a third beside it.
    const status = a.engine.status.bind(a.engine);
    let armed = false;
    let second: Promise<SyncStatus> | undefined;
    a.engine.status = () => {
      if (armed) {
        armed = false;
        second = a.engine.round();
      }
      return status();
    };
    await saveArticle(makeArticle('https://example.com/two', 'Second article text'), a.db);
    armed = true;
    const first = a.engine.round();
    await first;
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    const third = a.engine.round();
    expect(third).toBe(second);
    await Promise.all([second, third]);
    expect(roundMoves(since)).toEqual(['start', 'end', 'start', 'end']);
    expect(await a.db.outbox.count()).toBe(0);
    expect((await server.allDocs({})).total_rows).toBe(3); // the library document and both articles
  });

  it('sends a save while a search index compaction holds the index tables and meta, not waiting', async () => {
    const server = memoryServer();
    const a = browserProfile(server, 'a');
    await saveArticle(makeArticle('https://example.com/one', 'First article text'), a.db);
    await a.engine.enable(config());
    await a.engine.round();
    await saveArticle(makeArticle('https://example.com/two', 'Saved while the index is being compacted'), a.db);

    // A compaction chunk's transaction (utils/search) over the index tables and meta, open until told to end.
    let holding = false;
    let stop = false;
    const { db } = a;
    const chunk = db.transaction('rw', [db.searchTerms, db.postings, db.meta], async () => {
      holding = true;
      while (!stop) await db.meta.get('search:compacted');
    });
    while (!holding) await new Promise((r) => setTimeout(r, 5));
    const round = a.engine.round();
    const late = new Promise((r) => setTimeout(() => r(false), 10_000));
    const sent = await Promise.race([round.then(() => true), late]);
    const docs = (await server.allDocs({})).total_rows;
    stop = true;
    await chunk;
    await round;
    expect(sent).toBe(true);
    expect(docs).toBe(3); // the library document and both articles, sent while the chunk still ran
    expect(await a.db.outbox.count()).toBe(0);
  });
});
