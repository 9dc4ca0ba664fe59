import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OffprintDB, setDb } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';
import type { LibraryView } from '@/utils/search/search-articles';
import { writeFirstScreen } from '@/components/library/first-screen';
import { useFirstScreen } from '@/components/hooks/use-first-screen';
import { makeArticle } from '../../helpers/make-article';
import { renderHook, until, type HookProbe } from '../../helpers/render-hook';

let probe: HookProbe<LibraryView, ReturnType<typeof useFirstScreen>> | undefined;
let db: OffprintDB;
let ids: number[]; // newest first

beforeEach(async () => {
  localStorage.clear();
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
  setDb(db);
  ids = [];
  for (let i = 0; i < 5; i++)
    ids.unshift((await saveArticle(makeArticle(`https://s.example/${i}`, `text ${i}`), db, 1000 + i)).id);
});
afterEach(() => probe?.unmount());

describe('useFirstScreen', () => {
  it('shows the kept picture at once, then the live rows in its place', async () => {
    writeFirstScreen(
      'unread|newest',
      (await db.articles.bulkGet(ids)).map((a) => a!),
    );
    await db.articles.delete(ids[0]); // deleted while the popup was closed
    probe = renderHook((view: LibraryView) => useFirstScreen(view, 'newest'), 'unread');
    const s = probe;
    expect(s.current.key).toBe('unread|newest');
    expect(s.current.head).toEqual(ids); // synchronously: no IndexedDB read yet
    expect(s.current.snapRows.get(ids[0])?.title).toBe('Title of https://s.example/4');
    expect(s.current.liveHead).toBeUndefined();
    await until(() => s.current.liveHead);
    expect(s.current.head).toEqual(ids.slice(1));
    expect([...s.current.headRows.keys()]).toEqual(ids.slice(1));
  });

  it("never shows another view's picture or rows", async () => {
    writeFirstScreen(
      'unread|newest',
      (await db.articles.bulkGet(ids)).map((a) => a!),
    );
    probe = renderHook((view: LibraryView) => useFirstScreen(view, 'newest'), 'archived');
    const s = probe;
    expect(s.current.head).toBeUndefined();
    expect(await until(() => s.current.liveHead)).toEqual([]); // nothing archived
    s.rerender('all');
    expect(s.current.key).toBe('all|newest');
    expect(s.current.head).toBeUndefined(); // the archive's live rows are not All's
    expect(await until(() => s.current.liveHead)).toEqual(ids);
  });
});
