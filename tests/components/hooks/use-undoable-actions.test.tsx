import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '@/utils/article';
import { OffprintDB, setDb } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';
import { useUndoableActions } from '@/components/hooks/use-undoable-actions';
import { makeArticle } from '../../helpers/make-article';
import { renderHook, until, type HookProbe } from '../../helpers/render-hook';

let probe: HookProbe<null, ReturnType<typeof useUndoableActions>> | undefined;
let db: OffprintDB;
let a: number, b: number;
let deleted: number[][];
/** The rows as the list shows them (the toggles read them). */
let rows: Map<number, Article>;
const reload = async () => void (rows = new Map((await db.articles.toArray()).map((r) => [r.id, r])));
const statuses = async () => (await db.articles.bulkGet([a, b])).map((r) => r!.status);

beforeEach(async () => {
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
  setDb(db);
  a = (await saveArticle(makeArticle('https://s.example/a', 'alpha', { title: 'Alpha' }), db)).id;
  b = (await saveArticle(makeArticle('https://s.example/b', 'beta', { title: 'Beta' }), db)).id;
  await reload();
  deleted = [];
  probe = renderHook(
    () =>
      useUndoableActions(
        (id) => rows.get(id),
        (ids) => deleted.push(ids),
      ),
    null,
  );
});
afterEach(() => probe?.unmount());

describe('useUndoableActions', () => {
  it('archives several, says so, and puts them back with Undo', async () => {
    const s = probe!;
    await s.current.archive([a, b], 'archived');
    expect(await until(() => s.current.toast?.message)).toBe('Archived 2 articles');
    expect(await statuses()).toEqual(['archived', 'archived']);
    s.current.undo();
    await until(() => s.current.toast === null);
    await until(async () => (await statuses()).join() === 'unread,unread');
  });

  it('toggles by the first row: archive, then back to unread; favourite on, then off', async () => {
    const s = probe!;
    await s.current.archive([a]);
    expect(await until(() => s.current.toast?.message)).toBe('Archived');
    await reload();
    await s.current.archive([a, b]);
    await until(() => s.current.toast?.message === 'Moved 2 to unread');
    expect(await statuses()).toEqual(['unread', 'unread']);
    await s.current.favorite([a]);
    expect((await db.articles.get(a))!.favorite).toBe(1);
    await reload();
    await s.current.favorite([a]);
    expect((await db.articles.get(a))!.favorite).toBe(0);
  });

  it('deletes, tells which rows are gone, and restores them with Undo', async () => {
    const s = probe!;
    await s.current.remove([a]);
    expect(await until(() => s.current.toast?.message)).toBe('Deleted “Alpha”');
    expect(deleted).toEqual([[a]]);
    expect(await db.articles.get(a)).toBeUndefined();
    s.current.undo();
    await until(() => db.articles.get(a));
    expect((await db.contents.get(a))?.text).toContain('alpha');
  });
});
