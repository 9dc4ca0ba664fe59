import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Launched } from './launch';
import { servePages, type PageServer } from './serve-pages';
import { openPopup, tabIdOf } from './pages/popup';
import { readStore } from './pages/db';

/** Four fixture pages of different lengths, saved in this order (so newest first is the reverse). */
const SLUGS = ['kyiv-independent-ghost', 'share-bar', 'german-article', 'spanish-article'];

interface Row {
  id: number;
  title: string;
  status: string;
  favorite: number;
  savedAt: number;
  wordCount: number;
  tags?: string[];
  progress: number;
}

let browser: Launched;
let server: PageServer;
/** Page used to read the real IndexedDB (any extension page will do). */
let probe: Page;
const ids: number[] = [];

const rows = () => readStore<Row>(probe, 'articles');
const row = async (id: number) => (await rows()).find((r) => r.id === id);
const titles = (page: Page) => page.locator('#list .item-title').allTextContents();
const settings = () =>
  browser.sw.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings);
const ext = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

/** The titles a view should show, in the sort's order, computed from the raw rows (not by the app). */
async function expected(
  view: 'unread' | 'archived' | 'favorites' | 'all',
  sort: 'newest' | 'oldest' | 'shortest',
): Promise<string[]> {
  const keep = (await rows()).filter((r) =>
    view === 'unread'
      ? r.status === 'unread'
      : view === 'archived'
        ? r.status === 'archived'
        : view === 'favorites'
          ? r.favorite === 1
          : true,
  );
  const by = {
    newest: (a: Row, b: Row) => b.savedAt - a.savedAt,
    oldest: (a: Row, b: Row) => a.savedAt - b.savedAt,
    shortest: (a: Row, b: Row) => a.wordCount - b.wordCount,
  };
  return keep.sort(by[sort]).map((r) => r.title);
}

/** Opens the full-page library and waits for its live list. */
async function openLibrary(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(ext('library.html'));
  await page.waitForSelector('.library[data-live]');
  return page;
}

/** Opens the reading view of one article in a short window (so the article scrolls) and waits for its text. */
async function openReader(id: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 900, height: 400 });
  await page.goto(ext(`reader.html?id=${id}`));
  await page.locator('#article-body p').first().waitFor();
  return page;
}

const item = (page: Page, id: number) => page.locator(`#list .item[data-id="${id}"]`);
const idsOf = (page: Page, sel: string) =>
  page.locator(sel).evaluateAll((els) => els.map((e) => Number(e.closest('.item')!.getAttribute('data-id'))));
/** Rows marked selected, and rows whose checkbox is ticked, in list order. */
const selectedIds = (page: Page) => idsOf(page, '#list .item.selected');
const tickedIds = (page: Page) => idsOf(page, '#list .item .item-check:checked');

beforeAll(async () => {
  server = await servePages();
  browser = await launch();
  for (const slug of SLUGS) {
    const article = await browser.context.newPage();
    const url = server.url(`/pages/${slug}/`);
    await article.goto(url);
    const popup = await openPopup(browser.context, browser.extensionId, await tabIdOf(browser.sw, url));
    await popup.waitForState(/^saved$/); // auto-save on open, as the toolbar button does
    await popup.page.close();
    await article.close();
  }
  probe = await browser.context.newPage();
  await probe.goto(ext('library.html'));
  const saved = (await rows()).sort((a, b) => a.savedAt - b.savedAt);
  ids.push(...saved.map((r) => r.id));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('library views, sorts, tags and bulk actions in real Chromium', () => {
  it('saved four articles of different lengths at different times', async () => {
    const all = await rows();
    expect(all).toHaveLength(4);
    expect(new Set(all.map((r) => r.wordCount)).size).toBe(4);
    expect(new Set(all.map((r) => r.savedAt)).size).toBe(4);
  });

  it('sorts the popup list newest, oldest and shortest first from the sort menu', async () => {
    const { page } = await openPopup(browser.context, browser.extensionId);
    await expect.poll(() => titles(page)).toEqual(await expected('unread', 'newest'));
    for (const sort of ['oldest', 'shortest', 'newest'] as const) {
      await page.locator('#sort').selectOption(sort);
      await expect.poll(() => titles(page)).toEqual(await expected('unread', sort));
    }
    // the sorts differ on this data
    expect(await expected('unread', 'shortest')).not.toEqual(await expected('unread', 'oldest'));
    await page.close();
  });

  it('shows the right rows in Unread, Archive, Favorites and All from the popup’s tabs', async () => {
    const { page } = await openPopup(browser.context, browser.extensionId);
    await expect.poll(() => titles(page)).toHaveLength(4);
    await item(page, ids[1]).locator('.archive').click();
    await expect.poll(async () => (await row(ids[1]))?.status).toBe('archived');
    await item(page, ids[2]).locator('.favorite').click();
    await expect.poll(async () => (await row(ids[2]))?.favorite).toBe(1);
    await expect.poll(() => titles(page)).toEqual(await expected('unread', 'newest'));
    expect(await titles(page)).toHaveLength(3);
    for (const view of ['archived', 'favorites', 'all', 'unread'] as const) {
      await page.locator(`[data-view="${view}"]`).click();
      await expect(page.locator(`[data-view="${view}"]`).getAttribute('aria-selected')).resolves.toBe('true');
      await expect.poll(() => titles(page)).toEqual(await expected(view, 'newest'));
    }
    await page.locator('[data-view="archived"]').click();
    await expect.poll(() => titles(page)).toEqual([(await row(ids[1]))!.title]);
    await page.close();
  });

  it('combines a view and a sort on the full-page library', async () => {
    const page = await openLibrary();
    await page.locator('[data-view="all"]').click();
    await page.locator('#sort').selectOption('shortest');
    await expect.poll(() => titles(page)).toEqual(await expected('all', 'shortest'));
    await page.locator('#sort').selectOption('oldest');
    await expect.poll(() => titles(page)).toEqual(await expected('all', 'oldest'));
    await page.locator('[data-view="favorites"]').click();
    await expect.poll(() => titles(page)).toEqual([(await row(ids[2]))!.title]);
    await page.close();
  });

  it('adds tags to an article in the reader, finds it with tag:, renames and removes a tag', async () => {
    const id = ids[0];
    const reader = await openReader(id);
    for (const tag of ['Harbour  Wall', 'ports']) {
      await reader.locator('#add-tag').fill(tag);
      await reader.locator('#add-tag').press('Enter');
    }
    await expect
      .poll(() => reader.locator('#tag-editor .chip').evaluateAll((els) => els.map((e) => e.getAttribute('data-tag'))))
      .toEqual(['harbour wall', 'ports']);
    expect((await row(id))!.tags).toEqual(['harbour wall', 'ports']);

    const lib = await openLibrary();
    await lib.locator('[data-view="all"]').click();
    await expect
      .poll(() => lib.locator('#tag-list .tag').evaluateAll((els) => els.map((e) => e.textContent)))
      .toEqual(['#harbour wall 1✎✕', '#ports 1✎✕']);
    await lib.locator('#tag-list .tag[data-tag="harbour wall"] .tag-name').click();
    await expect.poll(() => lib.locator('#search').inputValue()).toBe('tag:"harbour wall" ');
    await expect.poll(() => titles(lib)).toEqual([(await row(id))!.title]);
    await lib.locator('#search').fill('tag:ports');
    await expect.poll(() => titles(lib)).toEqual([(await row(id))!.title]);

    // Rename "ports" to "Harbours" from the tag list.
    await lib.getByRole('button', { name: 'Rename ports' }).click();
    await lib.getByRole('textbox', { name: 'New name for ports' }).fill('Harbours');
    await lib.getByRole('textbox', { name: 'New name for ports' }).press('Enter');
    await expect
      .poll(() => lib.locator('#tag-list .tag').evaluateAll((els) => els.map((e) => e.getAttribute('data-tag'))))
      .toEqual(['harbour wall', 'harbours']);
    await expect.poll(async () => (await row(id))!.tags).toEqual(['harbour wall', 'harbours']);
    await expect.poll(() => titles(lib)).toEqual([]); // the list still searches tag:ports
    await expect(lib.locator('.empty-title').textContent()).resolves.toBe('No matches');
    await lib.locator('#search').fill('tag:harbours');
    await expect.poll(() => titles(lib)).toEqual([(await row(id))!.title]);
    // The reader shows the renamed tag at once (live query).
    await expect
      .poll(() => reader.locator('#tag-editor .chip').evaluateAll((els) => els.map((e) => e.getAttribute('data-tag'))))
      .toEqual(['harbour wall', 'harbours']);

    // Remove one tag in the reader, the other everywhere from the tag list, then undo that.
    await reader.getByRole('button', { name: 'Remove tag harbour wall' }).click();
    await expect.poll(async () => (await row(id))!.tags).toEqual(['harbours']);
    await expect.poll(() => lib.locator('#tag-list .tag').count()).toBe(1);
    await lib.locator('#tag-list').getByRole('button', { name: 'Remove tag harbours' }).click();
    await expect.poll(async () => (await row(id))!.tags).toEqual([]);
    await expect.poll(() => titles(lib)).toEqual([]);
    await expect.poll(() => reader.locator('#tag-editor .chip').count()).toBe(0);
    await lib.getByText('Removed #harbours.').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await row(id))!.tags).toEqual(['harbours']);
    await expect.poll(() => titles(lib)).toEqual([(await row(id))!.title]);
    await lib.close();
    await reader.close();
  });

  it('selects rows with click and shift-click, tags and archives them in bulk', async () => {
    const lib = await openLibrary();
    await lib.locator('[data-view="all"]').click();
    await lib.locator('#sort').selectOption('oldest');
    await expect.poll(() => titles(lib)).toEqual(await expected('all', 'oldest'));
    // Oldest first, the rows are ids[0..3]: click the first, shift-click the third.
    await item(lib, ids[0]).locator('.item-check').click();
    await item(lib, ids[2])
      .locator('.item-check')
      .click({ modifiers: ['Shift'] });
    await expect.poll(() => lib.locator('#bulk .bulk-count').textContent()).toBe('3 selected');
    await expect.poll(() => selectedIds(lib)).toEqual(ids.slice(0, 3));
    await expect.poll(() => tickedIds(lib)).toEqual(ids.slice(0, 3)); // every selected row shows a ticked box
    // Clicking one again unselects only it.
    await item(lib, ids[1]).locator('.item-check').click();
    await expect.poll(() => lib.locator('#bulk .bulk-count').textContent()).toBe('2 selected');
    await expect.poll(() => tickedIds(lib)).toEqual([ids[0], ids[2]]);
    expect(await selectedIds(lib)).toEqual([ids[0], ids[2]]);

    await lib.locator('#bulk-tag').fill('Weekend');
    await lib.locator('#bulk-tag').press('Enter');
    await expect
      .poll(async () =>
        (await rows())
          .filter((r) => r.tags?.includes('weekend'))
          .map((r) => r.id)
          .sort(),
      )
      .toEqual([ids[0], ids[2]].sort());
    await expect.poll(() => lib.locator('#tag-list .tag[data-tag="weekend"] .tag-count').textContent()).toBe('2');

    await lib.locator('#bulk-archive').click();
    await expect
      .poll(async () =>
        (await rows())
          .filter((r) => r.status === 'archived')
          .map((r) => r.id)
          .sort(),
      )
      .toEqual([ids[0], ids[1], ids[2]].sort());
    await expect.poll(() => lib.locator('.toast').textContent()).toMatch(/^Archived 2 articles/);
    await lib.locator('#toast-undo').click();
    await expect.poll(async () => (await row(ids[0]))?.status).toBe('unread');
    expect((await row(ids[2]))?.status).toBe('unread');
    await lib.close();
  });

  it('drops rows that a bulk archive moved out of the view from the selection', async () => {
    const lib = await openLibrary(); // Unread, newest first
    await expect.poll(() => titles(lib)).toEqual(await expected('unread', 'newest'));
    await item(lib, ids[0]).locator('.item-check').click();
    await item(lib, ids[2]).locator('.item-check').click();
    await expect.poll(() => lib.locator('#bulk .bulk-count').textContent()).toBe('2 selected');
    await lib.locator('#bulk-archive').click();
    await expect.poll(() => titles(lib)).toEqual(await expected('unread', 'newest'));
    expect(await titles(lib)).toHaveLength(1);
    // Nothing selected is left on screen, so no bulk action may reach the archived rows.
    await expect.poll(() => lib.locator('#bulk').count()).toBe(0);
    await lib.locator('#toast-undo').click();
    await expect.poll(() => titles(lib)).toHaveLength(3);
    await lib.close();
  });

  it('selects with x and “Select all”, and clears the selection with Esc', async () => {
    const lib = await openLibrary();
    await lib.locator('[data-view="all"]').click();
    await expect.poll(() => titles(lib)).toEqual(await expected('all', 'newest'));
    await lib.locator('#list').focus();
    await lib.keyboard.press('ArrowDown');
    await lib.keyboard.press('x');
    await expect.poll(() => tickedIds(lib)).toEqual([ids[3]]); // the newest
    await lib.getByRole('button', { name: 'Select all 4' }).click();
    await expect.poll(() => lib.locator('#bulk .bulk-count').textContent()).toBe('4 selected');
    await expect.poll(() => tickedIds(lib)).toEqual([...ids].reverse());
    await lib.keyboard.press('Escape');
    await expect.poll(() => lib.locator('#bulk').count()).toBe(0);
    expect(await tickedIds(lib)).toEqual([]);
    expect(await selectedIds(lib)).toEqual([]);
    await lib.close();
  });

  it('deletes the selected rows in bulk and brings them back with Undo', async () => {
    const lib = await openLibrary();
    await lib.locator('[data-view="all"]').click();
    await expect.poll(() => titles(lib)).toHaveLength(4);
    await item(lib, ids[3]).locator('.item-check').click();
    await item(lib, ids[1])
      .locator('.item-check')
      .click({ modifiers: ['Shift'] });
    await expect.poll(() => lib.locator('#bulk .bulk-count').textContent()).toBe('3 selected');
    await expect.poll(() => tickedIds(lib)).toEqual([ids[3], ids[2], ids[1]]);
    await lib.locator('#bulk-delete').click();
    await expect.poll(() => lib.locator('.toast').textContent()).toMatch(/^Deleted 3 articles/);
    await expect.poll(async () => (await rows()).map((r) => r.id)).toEqual([ids[0]]);
    await expect.poll(() => titles(lib)).toEqual([(await row(ids[0]))!.title]);
    // The bulk bar goes once the deleted rows leave the selection, a render after the list: poll, as above.
    await expect.poll(() => lib.locator('#bulk').count()).toBe(0);
    await lib.locator('#toast-undo').click();
    await expect.poll(async () => (await rows()).map((r) => r.id).sort()).toEqual([...ids].sort());
    await expect.poll(() => titles(lib)).toEqual(await expected('all', 'newest'));
    // Restored with their text: a word of the body finds the longest one again.
    await lib.locator('#search').fill('sovereign wealth ');
    await expect.poll(() => titles(lib)).toEqual([(await row(ids[0]))!.title]);
    await lib.close();
  });
});

describe('reader settings, shortcuts and archive-when-finished in real Chromium', () => {
  const vars = (page: Page) =>
    page.evaluate(() => {
      const root = document.documentElement;
      const css = (v: string) => root.style.getPropertyValue(v);
      return {
        theme: root.dataset.theme,
        font: css('--reader-font'),
        size: css('--reader-size'),
        line: css('--reader-line'),
        width: css('--reader-width'),
        background: getComputedStyle(document.body).backgroundColor,
        bodyFont: getComputedStyle(document.body).fontSize,
        maxWidth: getComputedStyle(document.querySelector('.reader')!).maxWidth,
      };
    });

  it('applies theme, font, size, line height and width from the Aa popover and keeps them after a reopen', async () => {
    const reader = await openReader(ids[0]);
    // The default theme, Auto, follows the system's colour scheme.
    await expect.poll(() => vars(reader).then((v) => v.theme)).toBe('auto');
    await reader.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => vars(reader).then((v) => v.background)).toBe('rgb(23, 23, 26)');
    await reader.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => vars(reader).then((v) => v.background)).toBe('rgb(253, 252, 250)');
    await reader.locator('#settings-toggle').click();
    const pop = reader.locator('#reader-settings');
    await expect(pop.getByLabel('Auto').isChecked()).resolves.toBe(true);
    await pop.getByLabel('Sepia').check();
    await expect.poll(() => vars(reader)).toMatchObject({ theme: 'sepia', background: 'rgb(244, 236, 216)' });
    await pop.getByLabel('Sans').check();
    await expect.poll(() => vars(reader).then((v) => v.font)).toMatch(/^system-ui/);
    await pop.locator('#font-size').fill('24');
    await pop.locator('#line-height').fill('2');
    await pop.getByLabel('Narrow').check();
    await expect
      .poll(() => vars(reader))
      .toMatchObject({ size: '24px', line: '2', width: '560px', bodyFont: '24px', maxWidth: '560px' });
    await expect
      .poll(() => settings())
      .toMatchObject({ theme: 'sepia', font: 'sans', fontSize: 24, lineHeight: 2, width: 560 });
    await pop.getByLabel('Dark').check();
    await expect.poll(() => vars(reader)).toMatchObject({ theme: 'dark', background: 'rgb(23, 23, 26)' });
    await expect.poll(() => settings()).toMatchObject({ theme: 'dark', font: 'sans', fontSize: 24 });
    await reader.emulateMedia({ colorScheme: 'dark' }); // a fixed theme ignores the system's scheme
    await pop.getByLabel('Light').check();
    await expect.poll(() => vars(reader)).toMatchObject({ theme: 'light', background: 'rgb(253, 252, 250)' });
    // Esc in the popover closes it and stays on the article (focus is on the Light radio).
    await reader.keyboard.press('Escape');
    await expect.poll(() => reader.locator('#reader-settings').count()).toBe(0);
    await expect(reader.locator('#settings-toggle').getAttribute('aria-expanded')).resolves.toBe('false');
    expect(reader.url()).toBe(ext(`reader.html?id=${ids[0]}`));
    await reader.close();

    const again = await openReader(ids[1]);
    await expect
      .poll(() => vars(again))
      .toMatchObject({ theme: 'light', size: '24px', line: '2', width: '560px', bodyFont: '24px', maxWidth: '560px' });
    expect((await vars(again)).font).toMatch(/^system-ui/);
    await again.locator('#settings-toggle').click();
    await expect(again.locator('#reader-settings').getByLabel('Light').isChecked()).resolves.toBe(true);
    await expect(again.locator('#reader-settings').getByLabel('Sans').isChecked()).resolves.toBe(true);
    await expect(again.locator('#font-size').inputValue()).resolves.toBe('24');
    await again.close();
  });

  it('scrolls with j and k, archives with a, favourites with f, and goes back to the list with Esc', async () => {
    const id = ids[0];
    expect((await row(id))!.status).toBe('unread');
    const reader = await openReader(id);
    const y = () => reader.evaluate(() => scrollY);
    await reader.keyboard.press('j');
    await expect.poll(y).toBeGreaterThan(100);
    await reader.keyboard.press('j');
    await expect.poll(y).toBeGreaterThan(250);
    const down = await y();
    await reader.keyboard.press('k');
    await expect.poll(y).toBeLessThan(down - 100);

    await reader.keyboard.press('a');
    await expect.poll(async () => (await row(id))!.status).toBe('archived');
    await expect.poll(() => reader.locator('#archive').getAttribute('aria-pressed')).toBe('true');
    await expect(reader.locator('#notice').textContent()).resolves.toMatch(/^Archived/);
    await reader.keyboard.press('a');
    await expect.poll(async () => (await row(id))!.status).toBe('unread');
    await reader.keyboard.press('f');
    await expect.poll(async () => (await row(id))!.favorite).toBe(1);
    await expect.poll(() => reader.locator('#favorite').getAttribute('aria-pressed')).toBe('true');
    await reader.keyboard.press('f');
    await expect.poll(async () => (await row(id))!.favorite).toBe(0);
    // Letters typed in the tag field are text, not shortcuts.
    await reader.locator('#add-tag').fill('');
    await reader.locator('#add-tag').pressSequentially('af');
    await expect(reader.locator('#add-tag').inputValue()).resolves.toBe('af');
    expect((await row(id))!).toMatchObject({ status: 'unread', favorite: 0 });
    await reader.locator('#add-tag').blur();

    await reader.keyboard.press('Escape');
    await reader.waitForURL(ext('library.html'));
    await reader.waitForSelector('.library[data-live]');
    await reader.close();
  });

  it('goes back to the library list it was opened from with Esc', async () => {
    const lib = await openLibrary();
    await lib.locator('#list .item-title', { hasText: (await row(ids[0]))!.title }).click();
    await lib.waitForURL(/reader\.html\?id=\d+&from=library/);
    await lib.locator('#article-body p').first().waitFor();
    await lib.keyboard.press('Escape');
    await lib.waitForURL(ext('library.html'));
    await lib.waitForSelector('.library[data-live]');
    await lib.close();
  });

  /**
   * Scrolls the reader to the very end and waits until that progress is stored (the archive, if any,
   * was written before it).
   */
  async function readToEnd(reader: Page, id: number) {
    await reader.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await row(id))!.progress, { timeout: 5000 }).toBeGreaterThanOrEqual(0.98);
  }

  it('archives an article read to the end (archive when finished is on by default)', async () => {
    const id = ids[3];
    expect(await settings()).not.toHaveProperty('archiveWhenFinished', false);
    const reader = await openReader(id);
    expect((await row(id))!.status).toBe('unread');
    await readToEnd(reader, id);
    await expect.poll(async () => (await row(id))!.status).toBe('archived');
    await expect(reader.locator('#notice').textContent()).resolves.toMatch(/^Finished: moved to Archive/);
    await reader.locator('#notice button').click(); // Undo
    await expect.poll(async () => (await row(id))!.status).toBe('unread');
    await reader.close();
  });

  it('does not archive at the end once it is turned off in the Aa popover of the open article', async () => {
    const id = ids[2];
    const reader = await openReader(id);
    await reader.locator('#settings-toggle').click();
    await reader.locator('#archive-when-finished').uncheck();
    await expect.poll(() => settings().then((s) => s.archiveWhenFinished)).toBe(false);
    await readToEnd(reader, id);
    expect((await row(id))!.status).toBe('unread');
    await reader.locator('#archive-when-finished').check();
    await expect.poll(() => settings().then((s) => s.archiveWhenFinished)).toBe(true);
    await reader.close();
  });
});

describe('options page in real Chromium', () => {
  async function openOptions(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(ext('options.html#reading'));
    await page.locator('#reading #font-size').waitFor();
    return page;
  }

  it('shows the stored reader settings and saves changes the open reader applies at once', async () => {
    const reader = await openReader(ids[1]);
    const options = await openOptions();
    const form = options.locator('#reading');
    await expect(form.getByLabel('Light').isChecked()).resolves.toBe(true);
    await expect(form.getByLabel('Sans').isChecked()).resolves.toBe(true);
    await expect(form.locator('#font-size').inputValue()).resolves.toBe('24');
    await expect(form.locator('#line-height').inputValue()).resolves.toBe('2');
    await expect(form.getByLabel('Narrow').isChecked()).resolves.toBe(true);
    await expect(form.locator('#archive-when-finished').isChecked()).resolves.toBe(true);

    await form.getByLabel('Sepia').check();
    await form.getByLabel('Serif').check();
    await form.locator('#font-size').fill('17');
    await form.getByLabel('Wide').check();
    await expect
      .poll(() => settings())
      .toMatchObject({ theme: 'sepia', font: 'serif', fontSize: 17, lineHeight: 2, width: 840 });
    await expect(form.locator('#font-size + output').textContent()).resolves.toBe('17px');
    await reader.bringToFront();
    await expect
      .poll(() =>
        reader.evaluate(() => [
          document.documentElement.dataset.theme,
          getComputedStyle(document.body).fontSize,
          getComputedStyle(document.querySelector('.reader')!).maxWidth,
        ]),
      )
      .toEqual(['sepia', '17px', '840px']);
    await reader.close();

    await options.reload();
    await options.locator('#reading #font-size').waitFor();
    await expect(form.getByLabel('Sepia').isChecked()).resolves.toBe(true);
    await expect(form.getByLabel('Serif').isChecked()).resolves.toBe(true);
    await expect(form.locator('#font-size').inputValue()).resolves.toBe('17');
    await expect(form.getByLabel('Wide').isChecked()).resolves.toBe(true);
    await options.close();
  });

  it('turns archive when finished off, and a finished article then stays unread', async () => {
    const options = await openOptions();
    await options.locator('#reading #archive-when-finished').uncheck();
    await expect.poll(() => settings().then((s) => s.archiveWhenFinished)).toBe(false);
    await options.close();
    const id = ids[3];
    const reader = await openReader(id);
    await reader.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await row(id))!.progress, { timeout: 5000 }).toBeGreaterThanOrEqual(0.98);
    expect((await row(id))!.status).toBe('unread');
    await reader.close();
  });

  it('shows the reader keys and the save shortcut Chromium registered, and saves the auto-save switch', async () => {
    const options = await openOptions();
    const keys = await options.locator('#reading').textContent();
    expect(keys).toMatch(/j\/k scroll, a archive, f favourite, Esc back to the list/);
    const registered = await browser.sw.evaluate(
      async () =>
        ((await (globalThis as any).chrome.commands.getAll()) as { name: string; shortcut: string }[]).find(
          (c) => c.name === 'save-page',
        )?.shortcut,
    );
    expect(registered).toBe('Alt+Shift+S');
    await expect.poll(() => options.locator('#general #shortcut').textContent()).toBe(registered);
    await expect(options.locator('#general #auto-save').isChecked()).resolves.toBe(true);
    await options.locator('#general #auto-save').uncheck();
    await expect.poll(() => settings().then((s) => s.autoSave)).toBe(false);
    await options.reload();
    await expect(options.locator('#general #auto-save').isChecked()).resolves.toBe(false);
    // With auto-save off, the popup over an unsaved article waits for the Save button.
    await options.close();
    const article = await browser.context.newPage();
    const url = server.url('/pages/live-blog/');
    await article.goto(url);
    const popup = await openPopup(browser.context, browser.extensionId, await tabIdOf(browser.sw, url));
    await popup.page.waitForSelector('.library[data-live]'); // settings were read long before the list
    expect(await popup.state()).toBe('idle');
    expect((await rows()).length).toBe(4);
    await popup.clickSave();
    await popup.waitForState(/^saved$/);
    expect((await rows()).length).toBe(5);
    await popup.page.close();
    await article.close();
  });
});
