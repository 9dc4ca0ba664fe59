import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OffprintDB, setDb } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';
import { setStatus } from '@/utils/storage/library-actions';
import type { LibraryView } from '@/utils/search/search-articles';
import { useLibrarySearch } from '@/components/hooks/use-library-search';
import { makeArticle } from '../../helpers/make-article';
import { renderHook, until, type HookProbe } from '../../helpers/render-hook';

type Props = { query: string; view: LibraryView; ready: boolean };
let probe: HookProbe<Props, ReturnType<typeof useLibrarySearch>> | undefined;
let db: OffprintDB;
let ids: number[]; // newest first

beforeEach(async () => {
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
  setDb(db);
  ids = [];
  for (let i = 0; i < 30; i++) {
    const text = `plain body words ${i === 7 ? 'zeppelin' : 'nothing'}`;
    ids.unshift((await saveArticle(makeArticle(`https://s.example/${i}`, text), db, 1000 + i)).id);
  }
  await setStatus([ids[0], ids[1]], 'archived', db);
});
afterEach(() => probe?.unmount());

const mount = (props: Props) =>
  (probe = renderHook((p: Props) => useLibrarySearch(p.query, p.view, 'newest', p.ready), props));

describe('useLibrarySearch', () => {
  it('answers nothing until ready (the first screen is read first), then the view from the catalogue', async () => {
    const s = mount({ query: '', view: 'all', ready: false });
    await new Promise((r) => setTimeout(r, 100));
    expect(s.current).toBeUndefined();
    s.rerender({ query: '', view: 'all', ready: true });
    const r = await until(() => s.current);
    expect(r).toEqual({ ids, partial: false });
  });

  it('never returns the result of the previous view or query', async () => {
    const s = mount({ query: '', view: 'all', ready: true });
    await until(() => s.current);
    s.rerender({ query: '', view: 'archived', ready: true });
    expect(s.current).toBeUndefined(); // in the same render: the result for All is not the archive
    expect((await until(() => s.current)).ids).toEqual([ids[0], ids[1]]);
    s.rerender({ query: 'zepp', view: 'all', ready: true });
    expect(s.current).toBeUndefined();
    expect((await until(() => s.current)).ids).toEqual([ids[22]]);
  });

  it('follows writes to the library', async () => {
    const s = mount({ query: '', view: 'unread', ready: true });
    expect((await until(() => s.current)).ids).toEqual(ids.slice(2));
    await setStatus([ids[2]], 'archived', db);
    expect((await until(() => s.current?.ids.length === 27 && s.current)).ids).toEqual(ids.slice(3));
  });

  it('checks a phrase in every candidate after the first screen', async () => {
    const s = mount({ query: '"plain body"', view: 'all', ready: true });
    // The first pass checks the first screen's candidates only; the second pass the rest.
    const r = await until(() => s.current && !s.current.partial && s.current);
    expect(r.ids).toEqual(ids);
  });
});
