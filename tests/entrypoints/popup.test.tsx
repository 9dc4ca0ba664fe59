import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { OffprintDB, setDb } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';
import { setSettings } from '@/utils/storage/settings';
import type { ExtractedArticle, SaveResult } from '@/utils/article';
import { stubBrowserGaps } from '../helpers/stub-browser';
import { paintPopupShell, popupShellIsCurrent } from '@/components/library/popup-shell';

let root: HTMLDivElement;
let db: OffprintDB;
let reply: SaveResult | Promise<SaveResult>;
let calls: unknown[];
/** The popup's `extractor:load` requests (it loads the extractor into the page when it offers Save). */
let loads: unknown[];

const ex = (url: string, title: string): ExtractedArticle => ({
  url,
  canonicalUrl: null,
  readerable: true,
  kind: 'article',
  title,
  byline: null,
  siteName: 'Example',
  lang: 'en',
  excerpt: null,
  publishedTime: null,
  leadImageUrl: null,
  contentHtml: '<p>text</p>',
  textContent: 'word '.repeat(460),
  originalGzipBase64: null,
  originalLength: 1,
});

/** Waits until the DOM satisfies `check` (liveQuery and messages resolve asynchronously). */
async function until<T>(check: () => T, ms = 2000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out; DOM: ' + root.innerHTML.slice(0, 500));
    await new Promise((r) => setTimeout(r, 10));
  }
}

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps();
  db = new OffprintDB(`popup-${crypto.randomUUID()}`);
  setDb(db);
  calls = [];
  loads = [];
  reply = { ok: false, error: 'not-article', message: 'This page does not look like an article.' };
  fakeBrowser.runtime.onMessage.addListener(((msg: { type: string; data: unknown }) => {
    if (msg.type === 'extractor:load') loads.push(msg.data);
    if (msg.type !== 'tab:save') return Promise.resolve({ ok: true });
    calls.push(msg.data);
    return Promise.resolve(reply);
  }) as never);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const text = () => root.textContent ?? '';
const titles = () => [...root.querySelectorAll('.item-title')].map((e) => e.textContent);

describe('popup', () => {
  it('auto-saves when it opens and shows the result with Undo', async () => {
    const { id } = await saveArticle(ex('https://e.com/a', 'Fresh article'), db);
    reply = { ok: true, id, existed: false, title: 'Fresh article' };
    render(<App tabId={3} />, root);
    await until(() => root.querySelector('#status[data-state="saved"]'));
    expect(calls).toEqual([{ auto: true, tabId: 3 }]);
    expect(text()).toContain('Saved: Fresh article');
    await until(() => titles().length); // the list is a liveQuery of its own: it may land after the status
    expect(titles()).toEqual(['Fresh article']);
    expect(root.querySelector('.item-meta')?.textContent).toMatch(/Example · 2 min · /);
    (root.querySelector('#undo') as HTMLButtonElement).click();
    await until(() => titles().length === 0);
    expect(await db.articles.count()).toBe(0);
  });

  it('does not save on open when auto-save is off, and offers the Save button', async () => {
    await setSettings({ autoSave: false });
    render(<App />, root);
    await until(() => root.querySelector('#save'));
    expect(calls).toEqual([]);
    expect(root.querySelector('#save')?.textContent).toBe('Save this page');
  });

  it('loads the extractor into the page when it offers Save, never when it saved or found the page saved', async () => {
    await setSettings({ autoSave: false });
    render(<App tabId={3} />, root);
    await until(() => root.querySelector('#save'));
    await until(() => loads.length);
    expect(loads).toEqual([{ tabId: 3 }]);
    expect(calls).toEqual([]); // loading is not saving
    render(null, root);
    // Auto-save on: the page is saved (or found saved) at open; nothing to load for.
    for (const r of [
      { ok: true, id: 1, existed: false, title: 'New' },
      { ok: true, id: 1, existed: true, title: 'Old' },
    ] as const) {
      loads = [];
      await setSettings({ autoSave: true });
      reply = r;
      render(<App tabId={3} />, root);
      await until(() => root.querySelector(`#status[data-state="${r.existed ? 'existed' : 'saved'}"]`));
      await new Promise((res) => setTimeout(res, 50));
      expect(loads).toEqual([]);
      render(null, root);
    }
    // An auto-save that found no article offers "Save anyway": the extractor is loaded for that click.
    reply = { ok: false, error: 'not-article', message: 'This page does not look like an article.' };
    render(<App tabId={3} />, root);
    await until(() => root.querySelector('#status[data-state="not-article"]'));
    await until(() => loads.length);
    expect(loads).toEqual([{ tabId: 3 }]);
  });

  it('says "Already saved" for a page in the library', async () => {
    reply = { ok: true, id: 1, existed: true, title: 'Old one' };
    render(<App />, root);
    await until(() => root.querySelector('#status[data-state="existed"]'));
    expect(text()).toContain('Already saved: Old one');
    expect(root.querySelector('#undo')).toBeNull();
  });

  it('offers "Save this page" on a page that is not an article and saves it as a page on click', async () => {
    render(<App />, root);
    await until(() => root.querySelector('#status[data-state="not-article"]'));
    expect(text()).toContain('does not look like an article');
    reply = { ok: true, id: 5, existed: false, title: 'Search' };
    (root.querySelector('#save') as HTMLButtonElement).click();
    await until(() => root.querySelector('#status[data-state="saved"]'));
    expect(calls.at(-1)).toEqual({ force: true, tabId: undefined });
  });

  it('shows errors in words', async () => {
    reply = { ok: false, error: 'quota', message: 'Your browser is out of storage space for Offprint.' };
    render(<App />, root);
    await until(() => root.querySelector('#status[data-state="quota"]'));
    expect(text()).toContain('out of storage space');
    expect(root.querySelector('#save')?.textContent).toBe('Try again');
  });

  it('shows an empty state when nothing is saved', async () => {
    render(<App />, root);
    await until(() => root.querySelector('.empty'));
    expect(text()).toContain('Nothing to read');
  });

  it('names no keyboard shortcut where the browser has none (Firefox for Android opens it as a tab)', async () => {
    const commands = (fakeBrowser as any).commands;
    delete (fakeBrowser as any).commands;
    document.title = 'Save to Offprint (Alt+Shift+S)'; // as index.html has it (the toolbar button's tooltip)
    try {
      render(<App />, root);
      await until(() => root.querySelector('.empty'));
      expect(text()).toContain('click the Offprint button to save it');
      expect(text()).not.toMatch(/Alt\+Shift/);
      await until(() => document.title === 'Save to Offprint'); // (effects run after the first paint)
    } finally {
      (fakeBrowser as any).commands = commands;
    }
  });

  it('lists newest first and updates live when another context saves', async () => {
    await saveArticle(ex('https://e.com/1', 'First'), db, 1);
    render(<App />, root);
    await until(() => titles().length === 1);
    await saveArticle(ex('https://e.com/2', 'Second'), db, 2);
    await until(() => titles().length === 2);
    expect(titles()).toEqual(['Second', 'First']);
  });

  it('lists the row a save stored with "Saved", from the reply, before its list has read the write', async () => {
    await setSettings({ autoSave: false });
    await saveArticle(ex('https://e.com/1', 'Older'), db, 1);
    render(<App tabId={3} />, root);
    await until(() => root.querySelector('#count')?.textContent === '1 article' && root.querySelector('#save'));
    // The reply carries the stored row; the list has not read it yet (here: it is not in the database at all,
    // so no re-read can bring it).
    const row = { ...(await db.articles.get(1))!, id: 77, title: 'Just saved', url: 'https://e.com/new', savedAt: 5 };
    reply = { ok: true, id: 77, existed: false, title: 'Just saved', row };
    (root.querySelector('#save') as HTMLButtonElement).click();
    await until(() => root.querySelector('#status[data-state="saved"]'));
    expect(titles()).toEqual(['Just saved', 'Older']); // in the same render as the status
    expect(root.querySelector('#count')?.textContent).toBe('2 articles');
    // A read of the list made after that is the truth: a row deleted since (here: never stored) is not shown.
    await saveArticle(ex('https://e.com/2', 'Another'), db, 2);
    await until(() => titles().includes('Another'));
    expect(titles()).toEqual(['Another', 'Older']);
  });

  it('archives a row (it leaves Unread) and deletes with undo', async () => {
    await saveArticle(ex('https://e.com/1', 'Keep me'), db, 1);
    await saveArticle(ex('https://e.com/2', 'Delete me'), db, 2);
    render(<App />, root);
    await until(() => titles().length === 2);
    (root.querySelector('.item[data-id="1"] .archive') as HTMLButtonElement).click();
    await until(() => titles().length === 1);
    expect((await db.articles.get(1))?.status).toBe('archived');
    (root.querySelector('.item .delete') as HTMLButtonElement).click();
    await until(() => titles().length === 0 && root.querySelector('#toast-undo'));
    expect(text()).toContain('Deleted “Delete me”');
    (root.querySelector('#toast-undo') as HTMLButtonElement).click();
    await until(() => titles().length === 1);
    expect(titles()).toEqual(['Delete me']);
  });

  it('keeps its opening screen as HTML, which the next popup paints before its code loads', async () => {
    localStorage.clear();
    for (let i = 1; i <= 3; i++) await saveArticle(ex(`https://e.com/${i}`, `Kept ${i}`), db, 1000 + i);
    render(<App tabId={3} />, root);
    await until(() => titles().length === 3 && popupShellIsCurrent());
    const next = document.createElement('div');
    expect(paintPopupShell(next)).toBe(true);
    const shellTitles = [...next.querySelectorAll('.item-title')].map((e) => e.textContent);
    expect(shellTitles).toEqual(['Kept 3', 'Kept 2', 'Kept 1']);
    // The app's own first render (what replaces the shell) shows the same screen.
    const first = document.createElement('div');
    render(<App tabId={3} />, first);
    expect(first.textContent).toBe(next.textContent);
    const shape = (el: Element) => [...el.querySelectorAll('*')].map((e) => `${e.tagName}.${e.className}`);
    expect(shape(next)).toEqual(shape(first));
    render(null, first);
    // A new first screen is rendered again for the next open.
    await saveArticle(ex('https://e.com/4', 'Kept 4'), db, 1004);
    await until(() => titles()[0] === 'Kept 4' && popupShellIsCurrent());
    expect(paintPopupShell(next)).toBe(true);
    expect(next.querySelector('.item-title')?.textContent).toBe('Kept 4');
  });

  it('renders the kept opening screen again only once the save on its way has its reply', async () => {
    localStorage.clear();
    await setSettings({ autoSave: false });
    await saveArticle(ex('https://e.com/1', 'Kept 1'), db, 1001);
    render(<App tabId={3} />, root);
    await until(() => root.querySelector('#save') && titles().length === 1 && popupShellIsCurrent());
    let answer!: (r: SaveResult) => void;
    reply = new Promise<SaveResult>((r) => (answer = r));
    (root.querySelector('#save') as HTMLButtonElement).click();
    // The service worker stores the article; its reply is still on the way. The list sees the write (a new
    // first screen), but the screen kept for the next open is not rendered while the save is on its way.
    const { id, row } = await saveArticle(ex('https://e.com/2', 'Kept 2'), db, 1002);
    await until(() => titles()[0] === 'Kept 2');
    await new Promise((r) => setTimeout(r, 300));
    expect(popupShellIsCurrent()).toBe(false);
    answer({ ok: true, id, existed: false, title: 'Kept 2', row });
    await until(() => root.querySelector('#status[data-state="saved"]') && popupShellIsCurrent());
    const next = document.createElement('div');
    expect(paintPopupShell(next)).toBe(true);
    expect(next.querySelector('.item-title')?.textContent).toBe('Kept 2');
  });

  it('keeps the markup of a page title out of the kept opening screen', async () => {
    localStorage.clear();
    const title = '<img src="https://evil.example/x.png" onerror="top.__pwned = 1">Evil <b>title</b>';
    await saveArticle(ex('https://e.com/evil', title), db, 1001);
    render(<App tabId={3} />, root);
    await until(() => titles().length === 1 && popupShellIsCurrent());
    const next = document.createElement('div');
    expect(paintPopupShell(next)).toBe(true);
    expect(next.querySelector('.item-title')?.textContent).toBe(title); // shown as text, as the app shows it
    expect(next.querySelectorAll('img[src*="evil"], [onerror], #list b')).toHaveLength(0);
  });
});
