import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxTabId, launchFirefox, type LaunchedFirefox } from './launch-firefox';
import { servePages, type PageServer } from '../e2e/serve-pages';
import { articlePage, htmlRoute, imageRoute } from '../e2e/image-fixtures';

// The same pages as the Chromium tier: the seed-like article with its clutter, a link to save unopened,
// and an article carrying script payloads.
const SEED = 'kyiv-independent-ghost';
const TITLE = 'Kremlin envoy Dmitriev meets Witkoff in St. Petersburg';
const CLUTTER = [
  'The Power Within',
  'Skip to content',
  'This audio is created',
  'News Feed',
  'MORE NEWS',
  "Editors' Picks",
  'Enter your email',
];
const paragraphs = (topic: string) =>
  Array.from(
    { length: 8 },
    (_, i) =>
      `<p>Paragraph ${i + 1}: ${topic} retreated again this summer, researchers said, measuring the ice with ` +
      `drones and old photographs kept in the archive.</p>`,
  ).join('');
const PAYLOADS = `<img src="/pixel.png" onerror="top.__pwned = 'img'"><script>top.__pwned = 'script'</script>
  <a id="js-link" href="javascript:top.__pwned='link'">a link</a><svg><script>top.__pwned = 'svg'</script></svg>
  <iframe srcdoc="<script>top.__pwned='frame'</script>"></iframe><p onclick="top.__pwned='click'">Click me</p>`;

let ff: LaunchedFirefox;
let server: PageServer;
let images: PageServer; // a second origin for images
let home: Page;

const IMAGES_TITLE = 'Pictures from two origins';
const imagesPage = () =>
  articlePage(IMAGES_TITLE, [
    `<img src="${server.origin}/img/f1.png" width="480" height="300" alt="plain">`,
    `<img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" ` +
      `data-src="${images.origin}/img/f2.png" alt="lazy">`,
    `<img src="${images.origin}/img/f3.png?w=240&amp;h=150" srcset="${images.origin}/img/f3.png?w=240&amp;h=150 ` +
      `240w, ${images.origin}/img/f3.png?w=960&amp;h=600 960w" alt="srcset">`,
  ]);

beforeAll(async () => {
  images = await servePages(imageRoute);
  const imagesArticle = htmlRoute('/images/article', imagesPage);
  server = await servePages((req, res) => {
    if (imageRoute(req, res) || imagesArticle(req, res)) return true;
    const [title, html] =
      req.url === '/link/article'
        ? ['Linked story about glaciers', paragraphs('the glaciers of the northern valley')]
        : req.url === '/xss/article'
          ? ['A story with payloads', `${paragraphs('the salt flats')}${PAYLOADS}${paragraphs('the dunes')}`]
          : [];
    if (!html) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="en"><head><title>${title}</title></head><body><nav>Menu</nav>` +
        `<article><h1>${title}</h1>${html}</article><footer>Footer</footer></body></html>`,
    );
    return true;
  });
  ff = await launchFirefox();
  home = await ff.openExtensionPage('/library.html'); // the test's handle on the extension (tabs, hooks)
  await home.waitForFunction(() => !!(globalThis as any).__offprint, { polling: 25 });
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
  await images?.close();
});

/** Opens a page in a tab, then the popup acting on that tab (it saves it on open, as the toolbar popup does). */
async function saveWithPopup(url: string): Promise<Page> {
  const tab = await ff.browser.newPage();
  await tab.goto(url);
  const popup = await ff.openExtensionPage(`/popup.html?tabId=${await firefoxTabId(home, url)}`);
  await popup.waitForFunction(
    () => /^(saved|existed)$/.test(document.querySelector('#status')?.getAttribute('data-state') ?? ''),
    { polling: 25, timeout: 20_000 },
  );
  return popup;
}
const listTitles = (page: Page) => page.$$eval('#list .item-title', (els) => els.map((e) => e.textContent));
// Async functions: Dexie's own promises do not cross BiDi's serialization; native ones do.
const idOf = (title: string): Promise<number> =>
  home.evaluate(
    async (t) =>
      (
        await (globalThis as any).__offprint
          .getDb()
          .articles.filter((a: any) => a.title === t)
          .first()
      )?.id,
    title,
  );

describe('Offprint in real Firefox ESR', () => {
  it('saves the open article from the popup, lists it, and says "already saved" the second time', async () => {
    const url = server.url(`/pages/${SEED}/`);
    const popup = await saveWithPopup(url);
    expect(await popup.$eval('#status', (e) => e.getAttribute('data-state'))).toBe('saved');
    await popup.waitForFunction(
      (t) => [...document.querySelectorAll('#list .item-title')].some((e) => e.textContent === t),
      { polling: 25 },
      TITLE,
    );
    await popup.close();
    const again = await ff.openExtensionPage(`/popup.html?tabId=${await firefoxTabId(home, url)}`);
    await again.waitForFunction(() => document.querySelector('#status')?.getAttribute('data-state') === 'existed', {
      polling: 25,
    });
    expect(await listTitles(again)).toEqual([TITLE]);
    await again.close();
  });

  it('with auto-save off, loads the extractor into the page when the popup opens; Save runs it', async () => {
    const setAutoSave = (on: boolean) =>
      home.evaluate(async (v) => (globalThis as any).browser.storage.local.set({ settings: { autoSave: v } }), on);
    await setAutoSave(false);
    try {
      const url = server.url(`/pages/${SEED}/?n=loaded`);
      const tab = await ff.browser.newPage();
      await tab.goto(url);
      const tabId = await firefoxTabId(home, url);
      const popup = await ff.openExtensionPage(`/popup.html?tabId=${tabId}`);
      await popup.waitForFunction(() => document.querySelector('#status')?.getAttribute('data-state') === 'idle', {
        polling: 25,
      });
      // The extractor is a global of the extension's content-script world in that page (not of the page's own).
      const kind = () =>
        home.evaluate(async (id) => {
          const [r] = await (globalThis as any).browser.scripting.executeScript({
            target: { tabId: id },
            func: () => typeof (globalThis as any).offprintPageExtractor,
          });
          return r.result;
        }, tabId);
      await expect.poll(kind, { timeout: 15_000 }).toBe('function');
      expect(await tab.evaluate(() => typeof (window as any).offprintPageExtractor)).toBe('undefined');
      expect(await idOf(TITLE)).toBeDefined(); // the first test's save; none of this page yet
      const before = await home.evaluate(async () => (globalThis as any).__offprint.getDb().articles.count());
      await popup.click('#save');
      await popup.waitForFunction(() => document.querySelector('#status')?.getAttribute('data-state') === 'saved', {
        polling: 25,
        timeout: 20_000,
      });
      const saved = await home.evaluate(
        async (u) => (await (globalThis as any).__offprint.getDb().articles.where('url').equals(u).first())?.title,
        url,
      );
      expect(saved).toBe(TITLE);
      expect(await home.evaluate(async () => (globalThis as any).__offprint.getDb().articles.count())).toBe(before + 1);
      await popup.close();
      await tab.close();
    } finally {
      await setAutoSave(true);
    }
  });

  it('refuses a save asked from a content-script world (issue 16, finding 5), answers its own pages', async () => {
    const victimUrl = server.url('/link/article');
    const victim = await ff.browser.newPage();
    await victim.goto(victimUrl);
    const attackerUrl = server.url('/xss/article');
    const attacker = await ff.browser.newPage();
    await attacker.goto(attackerUrl);
    const [victimId, attackerId] = [await firefoxTabId(home, victimUrl), await firefoxTabId(home, attackerUrl)];
    const result = await home.evaluate(
      async (target, tabId) => {
        const [injection] = await (globalThis as any).browser.scripting.executeScript({
          target: { tabId: target },
          func: async (id: number) => {
            try {
              return {
                reply: await (globalThis as any).browser.runtime.sendMessage({
                  type: 'tab:save',
                  data: { tabId: id, force: true },
                }),
              };
            } catch (e) {
              return { error: String(e) };
            }
          },
          args: [tabId],
        });
        return injection.result;
      },
      attackerId,
      victimId,
    );
    expect(result).toEqual({ reply: { ok: false, error: 'refused', message: 'Offprint answers its own pages only.' } });
    expect(await idOf('Linked story about glaciers')).toBeUndefined();
    // The same message from one of Offprint's pages is answered (the Firefox sender check lets them through).
    const own = await home.evaluate(
      async (id) => await (globalThis as any).browser.runtime.sendMessage({ type: 'tab:mark', data: { tabId: id } }),
      victimId,
    );
    expect(own).toEqual({ ok: true, saved: false });
    await attacker.close();
    await victim.close();
  });

  it('saves a link without opening it, parsed in the background page (Firefox has no offscreen document)', async () => {
    const url = server.url('/link/article');
    await home.evaluate((u) => (globalThis as any).__offprint.enqueueSaveUrls([{ url: u }], 'ff-link'), url);
    await home.waitForFunction(
      async () => {
        const t = await (globalThis as any).__offprint.getDb().queue.where('batch').equals('ff-link').first();
        return t?.state === 'done' || t?.state === 'failed';
      },
      { polling: 50, timeout: 30_000 },
    );
    const task = await home.evaluate(
      async () => await (globalThis as any).__offprint.getDb().queue.where('batch').equals('ff-link').first(),
    );
    expect(task.state, task.error).toBe('done');
    const text: string = await home.evaluate(
      async (id) => (await (globalThis as any).__offprint.getDb().contents.get(id)).text,
      task.articleId,
    );
    expect(text).toContain('Paragraph 8: the glaciers of the northern valley');
    expect(text).not.toMatch(/Menu|Footer/);
  });

  it('renders a saved article with script payloads inert in the reader', async () => {
    (await saveWithPopup(server.url('/xss/article'))).close();
    const id = await idOf('A story with payloads');
    expect(id).toBeGreaterThan(0);
    const reader = await ff.openExtensionPage(`/reader.html?id=${id}`);
    await reader.waitForFunction(
      () => (document.querySelector('#article-body')?.textContent ?? '').includes('Paragraph 8: the dunes'),
      { polling: 25 },
    );
    const found = await reader.evaluate(() => {
      const body = document.querySelector('#article-body')!;
      return {
        scripts: body.querySelectorAll('script, iframe').length,
        handlers: [...body.querySelectorAll('*')]
          .flatMap((e) => [...e.attributes].map((a) => a.name))
          .filter((n) => n.startsWith('on')),
        jsLinks: [...body.querySelectorAll('a')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? ''))
          .length,
      };
    });
    expect(found).toEqual({ scripts: 0, handlers: [], jsLinks: 0 });
    await reader.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('#article-body p')].find((p) => p.textContent === 'Click me')?.click(),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await reader.evaluate(() => (globalThis as any).__pwned ?? null)).toBeNull();
    await reader.close();
  });

  it('stores the images of an article from two origins (lazy and srcset ones too) in the background page', async () => {
    const popup = await saveWithPopup(server.url('/images/article'));
    await popup.waitForFunction(
      () => document.querySelector('#image-count')?.textContent === 'All 3 images saved for offline reading',
      { polling: 50, timeout: 30_000 },
    );
    await popup.close();
  });

  it('opens the list, the reading view and its images with the servers stopped', async () => {
    await server.close();
    await images.close();
    const pictures = await ff.openExtensionPage(`/reader.html?id=${await idOf(IMAGES_TITLE)}`);
    await pictures.waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLImageElement>('#article-body img')].filter(
          (i) => i.complete && i.naturalWidth > 2 && i.src.startsWith('blob:'),
        ).length === 3,
      { polling: 50, timeout: 15_000 },
    );
    expect(
      await pictures.$$eval('#article-body img', (imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth)),
    ).toEqual([480, 480, 960]);
    await pictures.close();
    const popup = await ff.openExtensionPage('/popup.html');
    // The live list (read from IndexedDB), not the kept opening screen the popup paints first.
    await popup.waitForFunction(
      (t) => [...document.querySelectorAll('.library[data-live] #list .item-title')].some((e) => e.textContent === t),
      { polling: 25 },
      TITLE,
    );
    const reader = await ff.openExtensionPage(`/reader.html?id=${await idOf(TITLE)}`);
    await reader.waitForFunction(() => document.querySelectorAll('#article-body p').length > 0, { polling: 25 });
    expect(await reader.$eval('#article-title', (e) => e.textContent)).toBe(TITLE);
    const body = await reader.$eval('#article-body', (e) => (e as HTMLElement).innerText);
    expect(await reader.$$eval('#article-body p', (ps) => ps.length)).toBe(8);
    expect(body).toMatch(/^A Kremlin envoy Kirill Dmitriev/);
    expect(body.trim()).toMatch(/economic incentives\.$/);
    for (const c of CLUTTER) expect(body).not.toContain(c);
    await reader.close();
    await popup.close();
  });

  it('highlights across two paragraphs, draws it again after a reload, lists it in the panel', async () => {
    const id = await idOf(TITLE);
    const reader = await ff.openExtensionPage(`/reader.html?id=${id}`);
    await reader.waitForFunction(() => document.querySelectorAll('#article-body p').length > 1, { polling: 25 });
    // Select from the middle of the first paragraph to the middle of the second, then press h.
    const selected = await reader.evaluate(() => {
      const [p1, p2] = [...document.querySelectorAll('#article-body p')].map((p) => p.firstChild as Text);
      const r = document.createRange();
      r.setStart(p1, Math.floor(p1.data.length / 2));
      r.setEnd(p2, Math.floor(p2.data.length / 2));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      return getSelection()!.toString();
    });
    await reader.waitForSelector('#selection-toolbar');
    await reader.keyboard.press('h');
    const stored = async () =>
      (await home.evaluate(
        async (i) => await (globalThis as any).__offprint.getDb().highlights.where('articleId').equals(i).toArray(),
        id,
      )) as any[];
    for (let i = 0; i < 100 && !(await stored()).length; i++) await new Promise((r) => setTimeout(r, 50));
    const [h] = await stored();
    expect(h.quote.replace(/\s+/g, ' ')).toBe(selected.replace(/\s+/g, ' ').trim());
    expect(h.gid).toMatch(/^[0-9a-f-]{36}$/);
    await reader.close();

    const again = await ff.openExtensionPage(`/reader.html?id=${id}`);
    const drawn = () =>
      again.evaluate(() =>
        ['yellow', 'green', 'blue', 'pink'].flatMap((c) =>
          [...((CSS as any).highlights?.get(`offprint-${c}`) ?? [])].map((r: Range) =>
            r.toString().replace(/\s+/g, ''),
          ),
        ),
      );
    await again.waitForFunction(
      () => ['yellow', 'green', 'blue', 'pink'].some((c) => (CSS as any).highlights?.get(`offprint-${c}`)?.size),
      { polling: 50, timeout: 15_000 },
    );
    expect(await drawn()).toEqual([h.quote.replace(/\s+/g, '')]); // a Range has no line break between blocks
    expect(await again.$$eval('#article-body mark', (m) => m.length)).toBe(0);
    await again.click('#highlights-toggle');
    await again.waitForSelector('section[aria-label="Highlights"] li.hl-item');
    const panel = await again.$eval('section[aria-label="Highlights"]', (e) => (e as HTMLElement).innerText);
    expect(panel).toMatch(/Highlights \(1\)/);
    expect(panel.replace(/\s+/g, ' ')).toContain(h.quote.replace(/\s+/g, ' ').slice(0, 40));
    await again.close();
  });
});
