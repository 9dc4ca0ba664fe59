import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Launched } from './launch';
import { openOptions } from './pages/options';
import { axeViolations } from './pages/axe';
import { selectText, storedHighlights } from './pages/reader';
import { expectFits, phoneReport, TOUCH } from './pages/phone';
import { ROW_HEIGHT } from '../../components/library/row-height';
import { makeArticle } from '../helpers/make-article';
import type { PageKind } from '../../utils/article';

// The reader shows the page's kind (real Chromium): a thread as posts with author · time, code in
// monospace that scrolls sideways with a Copy button, tables in a sideways scroller, a listing as a list
// of links; the list rows name the kind without changing height. What the reader adds stays out of the
// article text highlights anchor on; axe finds nothing on a thread and a code page, light and dark.

let browser: Launched;
let options: Page;
const ids: Record<string, number> = {};
const ext = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

const LONG_LINE = `const flows = ${JSON.stringify(Array.from({ length: 40 }, (_, i) => `station-${i}`))};`;
const CODE = `npm install tidepool\ntidepool --init --data /var/lib/tidepool`;

const PAGES = {
  thread: {
    title: 'Backups to a NAS keep failing at night',
    html: [
      ['ruth_m', '2024-09-12', 'Sep 12, 2024', 'Every night at two my backup job to the NAS stops with a broken pipe.'],
      ['kofi', '2024-09-12', 'Sep 12, 2024', 'Look at the NAS power schedule first: many of them sleep at night.'],
      ['ruth_m', '2024-09-13', 'Sep 13, 2024', 'That was it. The energy saver was set to sleep from two until six.'],
    ]
      .map(
        ([who, iso, when, text]) =>
          `<article><header><cite>${who}</cite> · <time datetime="${iso}">${when}</time></header>` +
          `<div><p>${text}</p></div></article>`,
      )
      .join(''),
  },
  documentation: {
    title: 'Configuration — tidepool documentation',
    html:
      `<h2>Install</h2><p>Run this before anything else:</p><pre><code>${CODE}</code></pre>` +
      `<p>and then start the server.</p><pre><code>${LONG_LINE}</code></pre><h2>Options</h2>` +
      `<table><caption>Settings</caption>` +
      `<thead><tr>${'<th>Setting name</th><th>Default value</th>'.repeat(4)}</tr></thead>` +
      `<tbody><tr>${'<td>retention_days</td><td>365 days of readings</td>'.repeat(4)}</tr></tbody></table>` +
      `<p>Settings given in code win over the file.</p>`,
  },
  listing: {
    title: 'Engineering – The Fieldnotes Blog',
    html: [1, 2, 3, 4, 5]
      .map(
        (i) =>
          `<article><h2><a href="https://blog.example/${i}">Post number ${i} about building things</a></h2>` +
          `<p>A line about post ${i}.</p></article>`,
      )
      .join(''),
  },
} as const;

beforeAll(async () => {
  browser = await launch();
  options = await openOptions(browser.context, browser.extensionId);
  for (const [kind, { title, html }] of Object.entries(PAGES)) {
    const article = makeArticle(`http://127.0.0.1/${kind}`, html.replace(/<[^>]+>/g, ' '), {
      readerable: false,
      pageKind: kind as PageKind,
      title,
      siteName: 'Kinds Test',
      contentHtml: html,
      originalLength: html.length,
    });
    ids[kind] = await options.evaluate(async (a) => {
      const { id } = await (globalThis as any).__offprintData.saveArticle(a);
      return id;
    }, article);
  }
});
afterAll(async () => {
  await browser?.close();
});

async function openReader(kind: keyof typeof PAGES, viewport = { width: 1000, height: 800 }): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(ext(`reader.html?id=${ids[kind]}`));
  await page.locator('#article-body p').first().waitFor();
  return page;
}

async function expectNoViolations(page: Page, what: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page), `${what}, ${scheme}`).toEqual([]);
  }
}

describe('the reader shows the page kind (real Chromium)', () => {
  it('a thread: one post after another, each with its author · time, separated', async () => {
    const page = await openReader('thread');
    await expect(page.locator('#reader-kind').textContent()).resolves.toMatch(/Thread$/);
    const posts = page.locator('#article-body[data-kind="thread"] > article');
    await expect(posts.count()).resolves.toBe(3);
    await expect(posts.locator('> header').allTextContents()).resolves.toEqual([
      'ruth_m · Sep 12, 2024',
      'kofi · Sep 12, 2024',
      'ruth_m · Sep 13, 2024',
    ]);
    const style = (i: number) =>
      posts.nth(i).evaluate((el) => {
        const s = getComputedStyle(el);
        const h = getComputedStyle(el.querySelector('header')!);
        return { border: s.borderTopWidth, header: h.fontFamily };
      });
    expect((await style(0)).border).toBe('0px');
    expect((await style(1)).border).toBe('1px');
    expect((await style(1)).header).toMatch(/system-ui|sans-serif/);
    await expectNoViolations(page, 'thread');
    await page.close();
  });

  it('code: monospace, scrolls sideways, and a named Copy button that works from the keyboard', async () => {
    const page = await openReader('documentation');
    await expect(page.locator('#reader-kind').textContent()).resolves.toMatch(/Docs$/);
    const pre = page.locator('#article-body pre').first();
    const look = await pre.evaluate((el) => ({
      font: getComputedStyle(el).fontFamily,
      x: getComputedStyle(el).overflowX,
    }));
    expect(look.font).toMatch(/monospace/);
    expect(look.x).toBe('auto');
    await expect(page.getByRole('button', { name: 'Copy code' }).count()).resolves.toBe(2);
    const buttons = page.locator('#article-body .copy-code');
    await page.evaluate(() => {
      (globalThis as any).__copied = [];
      navigator.clipboard.writeText = async (t: string) => void (globalThis as any).__copied.push(t);
    });
    await buttons.first().focus();
    expect(await buttons.first().evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (globalThis as any).__copied)).toEqual([CODE]);
    await expect(buttons.first().textContent()).resolves.toBe('Copied code');
    await expect(page.locator('.code-bar [role="status"]').first().textContent()).resolves.toBe('Code copied');
    await expectNoViolations(page, 'code page');
    await page.close();
  });

  it('a highlight across a code block keeps the reader’s Copy button out of its quote', async () => {
    const page = await openReader('documentation');
    await selectText(page, 'Run this', 'and then start');
    const toolbar = page.getByRole('toolbar', { name: 'Selection' });
    await toolbar.getByRole('button', { name: 'Highlight', exact: true }).click();
    await expect.poll(async () => (await storedHighlights(page)).length).toBe(1);
    const [h] = await storedHighlights(page);
    expect(h.quote).toContain('npm install tidepool');
    expect(h.quote).not.toMatch(/Copy/);
    await page.close();
  });

  it('a listing: its cards as a plain list of links', async () => {
    const page = await openReader('listing');
    await expect(page.locator('#reader-kind').textContent()).resolves.toMatch(/Listing$/);
    const cards = page.locator('#article-body[data-kind="listing"] article');
    await expect(cards.count()).resolves.toBe(5);
    await expect(cards.locator('h2 a').count()).resolves.toBe(5);
    expect(await cards.first().evaluate((el) => getComputedStyle(el).borderBottomWidth)).toBe('1px');
    await page.close();
  });

  it('at 320 px: code and tables scroll in their own box, the page never sideways', async () => {
    const page = await openReader('documentation', { width: 320, height: 640 });
    expectFits(await page.evaluate(phoneReport, TOUCH), 'code page at 320 px');
    const scrolls = (sel: string) => page.locator(sel).evaluate((el) => el.scrollWidth > el.clientWidth);
    await expect(scrolls('#article-body pre >> nth=1')).resolves.toBe(true);
    await expect(scrolls('#article-body .table-scroll')).resolves.toBe(true);
    // Both take keyboard focus, so arrow keys scroll them.
    await expect(page.locator('#article-body .table-scroll').getAttribute('tabindex')).resolves.toBe('0');
    await page.close();
  });
});

describe('list rows name the kind when it is not an article', () => {
  it.each([
    ['library.html', ROW_HEIGHT.page],
    ['popup.html', ROW_HEIGHT.popup],
  ])('%s at 320 px: a quiet label with a name, rows keep their height', async (path, height) => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(ext(path));
    await page.waitForSelector('.library[data-live] #list .item');
    const labels = await page.locator('#list .item .item-kind').allTextContents();
    expect(labels.sort()).toEqual(['Kind of page: Docs, ', 'Kind of page: Listing, ', 'Kind of page: Thread, ']);
    const heights = await page
      .locator('#list .item')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(new Set(heights)).toEqual(new Set([height]));
    const label = page.locator('#list .item .item-kind').first();
    const box = (await label.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await page.close();
  });
});
