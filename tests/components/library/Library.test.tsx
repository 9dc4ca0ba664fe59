import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { render } from 'preact';
import { OffprintDB, setDb } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';
import { Library } from '@/components/library/Library';
import { useLibraryState } from '@/components/hooks/use-library-state';
import { makeArticle } from '../../helpers/make-article';
import { OPENING_KEY, readFirstScreen } from '@/components/library/first-screen';
import { addHighlight, deleteHighlight } from '@/utils/highlights/highlight-store';

let db: OffprintDB;
let root: HTMLElement;
const onOpen = vi.fn();
const onOpenHighlight = vi.fn();

function Harness() {
  return <Library lib={useLibraryState({ view: 'all' })} onOpen={onOpen} onOpenHighlight={onOpenHighlight} />;
}

async function until<T>(f: () => T | undefined | null | false, ms = 3000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = f();
    if (v) return v;
    if (Date.now() - t0 > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
const titles = () => [...root.querySelectorAll('#list .item-title')].map((e) => e.textContent);
const press = (key: string, target: EventTarget = document.body, opts: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...opts }));

beforeEach(async () => {
  localStorage.clear(); // no first-screen picture from the previous test: each test starts from IndexedDB
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
  setDb(db);
  for (let i = 0; i < 200; i++)
    await saveArticle(
      makeArticle(`https://s${i % 3}.example/${i}`, `body ${i} ${i === 7 ? 'zeppelin' : 'plain'}`, {
        title: `Article ${i}`,
      }),
      db,
      1000 + i,
    );
  root = document.createElement('div');
  document.body.append(root);
  onOpen.mockReset();
  render(<Harness />, root);
  await until(() => titles().length);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('Library (popup and library page)', () => {
  it('renders only a window of a long list, newest first, with the total count', async () => {
    expect(titles()[0]).toBe('Article 199');
    await until(() => /^200 articles/.test(root.querySelector('#count')?.textContent ?? ''));
    expect(titles().length).toBeGreaterThan(5);
    expect(titles().length).toBeLessThan(40);
    expect(root.querySelector('#count')!.textContent).toMatch(/^200 articles/);
  });

  it('searches as you type', async () => {
    const input = root.querySelector<HTMLInputElement>('#search')!;
    input.value = 'zepp';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => titles().length === 1);
    expect(titles()).toEqual(['Article 7']);
  });

  it('starts with the focus in the search box (desktop), focuses it with /, moves into the list with ↓', async () => {
    expect(document.activeElement?.id).toBe('search');
    (document.activeElement as HTMLElement).blur();
    press('/');
    expect(document.activeElement?.id).toBe('search');
    press('ArrowDown', document.activeElement!);
    await until(() => root.querySelector('.item.active'));
    expect(root.querySelector('.item.active .item-title')!.textContent).toBe('Article 199');
    // The focus is on the row (its title button: Enter and Space open it), and ↓ moves it on.
    await until(() => document.activeElement?.classList.contains('item-main'));
    expect(document.activeElement!.closest('.item')).toBe(root.querySelector('.item.active'));
    press('ArrowDown', document.activeElement!);
    await until(() => document.activeElement?.closest('.item')?.textContent?.includes('Article 198'));
    expect(root.querySelector('.item.active .item-title')!.textContent).toBe('Article 198');
  });

  it('on a touch screen leaves the search box unfocused (no keyboard popping up)', async () => {
    render(null, root);
    (document.activeElement as HTMLElement | null)?.blur();
    const real = window.matchMedia.bind(window);
    const spy = vi
      .spyOn(window, 'matchMedia')
      .mockImplementation((q: string) =>
        q === '(pointer: coarse)' ? ({ ...real(q), matches: true, media: q } as MediaQueryList) : real(q),
      );
    try {
      render(<Harness />, root);
      await until(() => titles().length);
      expect(spy).toHaveBeenCalledWith('(pointer: coarse)');
      expect(document.activeElement?.id).not.toBe('search');
    } finally {
      spy.mockRestore();
    }
  });

  it('puts every row action in the Tab order with a name, and moves the cursor to a row focused by Tab', async () => {
    const row = root.querySelectorAll('#list .item')[2];
    const controls = [...row.querySelectorAll<HTMLElement>('button, input')];
    expect(controls.map((c) => c.getAttribute('aria-label') ?? c.textContent)).toEqual([
      'Select “Article 197”',
      'Article 197',
      'Favourite',
      'Archive',
      'Delete',
    ]);
    for (const c of controls) expect(c.tabIndex).toBeGreaterThanOrEqual(0);
    expect(root.querySelector('[aria-selected]:not([role="tab"])')).toBeNull(); // no aria-selected on list items
    row.querySelector<HTMLElement>('.archive')!.focus();
    await until(() => root.querySelector('.item.active') === row);
  });

  it('confirms the bulk bar’s “Add tag” with Enter, without opening the row under the cursor', async () => {
    press('ArrowDown');
    await until(() => root.querySelector('.item.active'));
    press('x');
    await until(() => root.querySelector('#bulk'));
    const field = root.querySelector<HTMLInputElement>('#bulk-tag')!;
    expect(field.getAttribute('aria-label')).toBe('Add tag');
    field.focus();
    field.value = 'Weekend';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 20)); // rendered with the typed value
    press('ArrowDown', field); // keys in the field are the field's
    press('Enter', field);
    field.form!.requestSubmit(); // what Enter does in a one-field form
    const id = Number(root.querySelector('.item.active')!.getAttribute('data-id'));
    await until(async () => true);
    await new Promise((r) => setTimeout(r, 100));
    expect((await db.articles.get(id))!.tags).toEqual(['weekend']);
    expect(onOpen).not.toHaveBeenCalled();
    expect(root.querySelector('.item.active .item-title')!.textContent).toBe('Article 199');
  });

  it('does not delete with Backspace alone; Cmd+Backspace deletes, with Undo', async () => {
    press('ArrowDown');
    await until(() => root.querySelector('.item.active'));
    press('Backspace');
    await new Promise((r) => setTimeout(r, 50));
    expect(await db.articles.count()).toBe(200);
    expect(root.querySelector('.toast')).toBeNull();
    press('Backspace', document.body, { metaKey: true });
    await until(() => root.querySelector('.toast')?.textContent?.includes('Deleted “Article 199”'));
    expect(await db.articles.count()).toBe(199);
    (root.querySelector('#toast-undo') as HTMLButtonElement).click();
    await until(() => titles()[0] === 'Article 199');
  });

  it('opens the row under the cursor with Enter', async () => {
    press('ArrowDown');
    press('ArrowDown');
    await until(() => root.querySelector('.item.active .item-title')?.textContent === 'Article 198');
    press('Enter');
    const id = (await db.articles.filter((a) => a.title === 'Article 198').first())!.id;
    expect(onOpen).toHaveBeenCalledWith(id);
  });

  it('archives with a, favourites with f, and undoes the archive', async () => {
    press('ArrowDown');
    await until(() => root.querySelector('.item.active'));
    const id = Number(root.querySelector('.item.active')!.getAttribute('data-id'));
    press('a');
    await until(async () => true);
    await until(() => root.querySelector('.toast')?.textContent?.includes('Archived'));
    expect((await db.articles.get(id))!.status).toBe('archived');
    (root.querySelector('#toast-undo') as HTMLButtonElement).click();
    await until(() => !root.querySelector('.toast'));
    await new Promise((r) => setTimeout(r, 50));
    expect((await db.articles.get(id))!.status).toBe('unread');
    press('f');
    await new Promise((r) => setTimeout(r, 50));
    expect((await db.articles.get(id))!.favorite).toBe(1);
  });

  it('deletes with Delete and puts the article back with Undo', async () => {
    press('ArrowDown');
    await until(() => root.querySelector('.item.active'));
    press('Delete');
    await until(() => root.querySelector('.toast')?.textContent?.includes('Deleted “Article 199”'));
    expect(await db.articles.count()).toBe(199);
    await until(() => titles()[0] === 'Article 198');
    (root.querySelector('#toast-undo') as HTMLButtonElement).click();
    await until(() => titles()[0] === 'Article 199');
    expect(await db.contents.count()).toBe(200);
  });

  it('selects a range with shift-click and archives it in bulk', async () => {
    const boxes = () => root.querySelectorAll<HTMLInputElement>('.item-check');
    boxes()[0].click();
    await until(() => root.querySelector('#bulk'));
    boxes()[2].dispatchEvent(new MouseEvent('click', { shiftKey: true, bubbles: true, cancelable: true }));
    await until(() => root.querySelector('.bulk-count')?.textContent === '3 selected');
    (root.querySelector('#bulk-archive') as HTMLButtonElement).click();
    await until(() => root.querySelector('.toast')?.textContent?.includes('Archived 3 articles'));
    expect(await db.articles.where('status').equals('archived').count()).toBe(3);
  });

  it('drops rows a bulk archive moved out of the Unread view from the selection', async () => {
    (root.querySelector('[data-view="unread"]') as HTMLButtonElement).click();
    await until(
      () => root.querySelector('[data-view="unread"][aria-selected="true"]') && titles()[0] === 'Article 199',
    );
    const boxes = () => root.querySelectorAll<HTMLInputElement>('.item-check');
    boxes()[0].click();
    await until(() => root.querySelector('#bulk'));
    boxes()[1].click();
    await until(() => root.querySelector('.bulk-count')?.textContent === '2 selected');
    (root.querySelector('#bulk-archive') as HTMLButtonElement).click();
    await until(() => titles()[0] === 'Article 197');
    await until(() => !root.querySelector('#bulk')); // nothing selected is left to act on
  });

  it('paints the last first screen at once on the next open, then replaces it with the live rows', async () => {
    const onFirstScreen = vi.fn();
    const Opening = () => (
      <Library
        lib={useLibraryState()}
        onOpen={onOpen}
        onOpenHighlight={onOpenHighlight}
        onFirstScreen={onFirstScreen}
      />
    );
    render(null, root);
    render(<Opening />, root); // Unread, newest: the view the popup opens in
    await until(() => readFirstScreen(OPENING_KEY)?.rows[0]?.title === 'Article 199');
    expect(onFirstScreen).toHaveBeenCalledWith(true); // the picture was written
    render(null, root);
    const gone = (await db.articles.filter((a) => a.title === 'Article 199').first())!.id;
    await db.transaction('rw', db.articles, () => db.articles.delete(gone)); // changed while the popup was closed
    onFirstScreen.mockReset();
    render(<Opening />, root);
    // Synchronously after render, before IndexedDB answered: the picture of the last first screen.
    expect(titles()[0]).toBe('Article 199');
    await until(() => titles()[0] === 'Article 198');
    await until(() => readFirstScreen(OPENING_KEY)?.rows[0]?.id !== gone);
    expect(readFirstScreen(OPENING_KEY)!.rows[0].title).toBe('Article 198');
    expect(onFirstScreen).toHaveBeenCalledWith(true);
  });

  it('writes the picture again only when its rows were read again, not at every render', async () => {
    const onFirstScreen = vi.fn();
    const Opening = () => (
      <Library
        lib={useLibraryState()}
        onOpen={onOpen}
        onOpenHighlight={onOpenHighlight}
        onFirstScreen={onFirstScreen}
      />
    );
    render(null, root);
    render(<Opening />, root); // Unread, newest: the view whose picture is kept
    await until(() => readFirstScreen(OPENING_KEY)?.rows[0]?.title === 'Article 199');
    await new Promise((r) => setTimeout(r, 50)); // (the catalogue's read and its renders)
    const pictures = vi.spyOn(JSON, 'stringify');
    onTestFinished(() => pictures.mockRestore());
    // Renders that read no row: the keyboard cursor moving down the list.
    for (let i = 0; i < 5; i++) {
      press('j');
      await until(() => root.querySelectorAll('.item.active').length && titles().length);
    }
    await until(() => root.querySelector('.item.active .item-title')?.textContent === 'Article 195');
    expect(pictures.mock.calls.filter(([v]) => v?.key === OPENING_KEY)).toEqual([]); // (the picture's JSON)
    // A row of the first screen changed: the picture follows.
    const top = (await db.articles.filter((a) => a.title === 'Article 199').first())!.id;
    await db.articles.update(top, { title: 'Article 199, renamed' });
    await until(() => readFirstScreen(OPENING_KEY)?.rows[0]?.title === 'Article 199, renamed');
  });

  it('keeps a picture of the opening view only', async () => {
    // The harness shows All: its first screen is never kept (the popup opens in Unread).
    await until(() => titles()[0] === 'Article 199');
    await new Promise((r) => setTimeout(r, 50));
    expect(readFirstScreen(OPENING_KEY)).toBeNull();
    expect(readFirstScreen('all|newest')).toBeNull();
  });

  it("shows each row's highlight count, live, and a Highlights tab that opens at the spot", async () => {
    const idOf = async (title: string) => (await db.articles.filter((a) => a.title === title).first())!.id;
    const [a, b] = [await idOf('Article 199'), await idOf('Article 198')];
    const mark = (articleId: number, quote: string, at: number, note: string | null = null) =>
      addHighlight(
        { articleId, quote, prefix: '', suffix: '', position: { start: 0, end: 4 }, color: 'blue', note, contentAt: 1 },
        db,
        at,
      );
    await mark(a, 'first quote', 10);
    const gone = await mark(a, 'second quote', 20);
    await mark(b, 'other quote', 30, 'a zeppelin note');
    const countOf = (id: number) => root.querySelector(`.item[data-id="${id}"] .item-highlights`)?.textContent ?? '';
    await until(() => countOf(a) === '✎ 2 highlights' && countOf(b) === '✎ 1 highlight');
    await deleteHighlight(gone.id!, db);
    await until(() => countOf(a) === '✎ 1 highlight');
    expect(root.querySelector(`.item[data-id="${await idOf('Article 197')}"] .item-highlights`)).toBeNull();

    (root.querySelector('[data-view="highlights"]') as HTMLButtonElement).click();
    const quotes = () => [...root.querySelectorAll('.hl-entry-quote')].map((e) => e.textContent);
    await until(() => quotes().length === 2);
    expect(quotes()).toEqual(['other quote', 'first quote']); // newest first, the deleted one gone
    expect(root.querySelector('#sort')).toBeNull(); // always newest first
    expect(root.querySelector('.hl-entry-note')!.textContent).toBe('a zeppelin note');
    expect(root.querySelector('.hl-entry-title')!.textContent).toBe('Article 198');
    const search = root.querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'zeppelin';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => quotes().length === 1);
    expect(quotes()).toEqual(['other quote']);
    (root.querySelector('.hl-entry-open') as HTMLButtonElement).click();
    const { gid } = (await db.highlights.where('articleId').equals(b).first())!;
    expect(onOpenHighlight).toHaveBeenCalledWith(b, gid);
    search.value = 'nothing like it';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => /No matching highlights/.test(root.textContent ?? ''));
  });
});
