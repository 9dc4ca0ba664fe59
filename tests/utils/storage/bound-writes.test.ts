import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';
import { changeArticle, reindexArticle } from '@/utils/storage/write-article';
import { restoreStatus, setStatus } from '@/utils/storage/library-actions';
import { saveAnchors } from '@/utils/highlights/highlight-store';
import { makeArticle } from '../../helpers/make-article';

// A multi-step transaction must make every read and write through the tables bound to it (boundTo): a call
// through the database's own tables would, once Dexie's zone tracking ends early (a page's start-up reads
// running alongside), land in a transaction of its own and commit the scope's transaction early. The
// database's tables are watched here: none of them may be used inside these transactions.
let db: OffprintDB;
let id: number;
beforeEach(async () => {
  db = new OffprintDB(`bound-writes-${crypto.randomUUID()}`);
  ({ id } = await saveArticle(makeArticle('https://x.example/1', 'glacier moraine', { title: 'Ice' }), db));
});
type Spy = { mock: { calls: unknown[] } };
const watch = (...tables: ('articles' | 'searchTerms' | 'highlights' | 'contents')[]): Spy[] =>
  tables.flatMap((name) =>
    (['put', 'update', 'get', 'bulkPut'] as const).map((m) => vi.spyOn(db[name] as never, m as never) as Spy),
  );
const used = (spies: Spy[]) => spies.filter((s) => s.mock.calls.length).length;

describe('multi-step transactions go through their bound tables', () => {
  it('changeArticle (a title change re-indexes the article)', async () => {
    const spies = watch('articles', 'searchTerms', 'contents', 'highlights');
    await changeArticle(db, id, { title: 'Fjord' }, 5);
    expect(used(spies)).toBe(0);
    vi.restoreAllMocks();
    expect((await db.articles.get(id))?.title).toBe('Fjord');
    expect((await db.searchTerms.get(id))?.terms).toContain('fjord');
  });

  it('reindexArticle', async () => {
    await db.transaction('rw', db.articles, () => db.articles.update(id, { title: 'Tundra' }));
    const spies = watch('articles', 'searchTerms', 'contents', 'highlights');
    await reindexArticle(db, id);
    expect(used(spies)).toBe(0);
    vi.restoreAllMocks();
    expect((await db.searchTerms.get(id))?.terms).toContain('tundra');
  });

  it('restoreStatus', async () => {
    const before = await setStatus([id], 'archived', db);
    const spies = watch('articles');
    await restoreStatus(before, db);
    expect(used(spies)).toBe(0);
    vi.restoreAllMocks();
    expect((await db.articles.get(id))?.status).toBe('unread');
  });

  it('saveAnchors', async () => {
    const hid = (await db.highlights.add({
      gid: 'h1',
      articleId: id,
      quote: 'glacier',
      prefix: '',
      suffix: ' moraine',
      position: null,
      color: 'yellow',
      note: null,
      createdAt: 1,
      updatedAt: 1,
      deleted: 0,
      anchor: null,
    })) as number;
    const spies = watch('highlights');
    await saveAnchors([{ id: hid, changes: { position: { start: 0, end: 7 } } }], db);
    expect(used(spies)).toBe(0);
    vi.restoreAllMocks();
    expect((await db.highlights.get(hid))?.position).toEqual({ start: 0, end: 7 });
  });
});
