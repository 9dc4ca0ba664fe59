import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Launched } from './launch';
import { servePages, type PageServer } from './serve-pages';
import { openPopup, tabIdOf } from './pages/popup';
import { readStore } from './pages/db';
import { articlePage, htmlRoute, imageRoute, prose, routes } from './image-fixtures';

let browser: Launched;
let server: PageServer;
const PDF = fs.readFileSync('tests/fixtures/sites/sample.pdf');

/** A real article of about 10 MB of HTML. */
function hugePage(): string {
  const paras: string[] = [];
  for (let size = 0, i = 0; size < 10_000_000; i++) {
    const p = `<p>${prose(i, 120)} ${i}</p>`;
    paras.push(p);
    size += p.length;
  }
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long ` +
    `page</title></head><body><article><h1>A very long page</h1>${paras.join('\n')}</article></body></html>`
  );
}
const HUGE = hugePage();

beforeAll(async () => {
  server = await servePages(
    routes(
      imageRoute,
      (req, res) =>
        req.url === '/doc' ? (res.writeHead(200, { 'content-type': 'application/pdf' }).end(PDF), true) : false,
      htmlRoute('/huge', () => HUGE),
      htmlRoute(
        '/untitled',
        () =>
          '<!doctype html><html><head><meta charset="utf-8"></head><body><article>' +
          `${[1, 2, 3, 4, 5].map((i) => `<p>${prose(i)}</p>`).join('')}</article></body></html>`,
      ),
      htmlRoute('/story', () => articlePage('A story saved twice', [])),
      htmlRoute('/twice', () => articlePage('Two saves at once', [])),
      htmlRoute('/slow', () =>
        articlePage(
          'Slow images',
          Array.from(
            { length: 6 },
            (_, i) => `<img src="${server.origin}/img/s${i}.png?delay=${300 + i * 300}" alt="slow ${i}">`,
          ),
        ),
      ),
    ),
  );
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function popupOn(url: string) {
  const page = await browser.context.newPage();
  await page.goto(url).catch(() => undefined);
  return { page, popup: await openPopup(browser.context, browser.extensionId, await tabIdOf(browser.sw, url)) };
}

describe('bad input: a clear message, nothing lost, no crash', () => {
  it('refuses a browser page (chrome://) in words, with nothing stored', async () => {
    // Without the `tabs` permission the worker cannot see a chrome:// tab's URL, so it opens the tab itself.
    const tabId = await browser.sw.evaluate(
      async () => (await (globalThis as any).chrome.tabs.create({ url: 'chrome://version/' })).id as number,
    );
    const popup = await openPopup(browser.context, browser.extensionId, tabId);
    await popup.waitForState(/^restricted$/);
    await expect(popup.status.textContent()).resolves.toMatch(
      /^Browser pages \(settings, new tab, extensions\) cannot be saved/,
    );
    expect(await readStore(popup.page, 'articles')).toEqual([]);
    await popup.page.close();
  });

  it.each([['/sites/sample.pdf'], ['/doc']])('gives the PDF message for a PDF in the viewer (%s)', async (path) => {
    const { page, popup } = await popupOn(server.url(path));
    await popup.waitForState(/^restricted$/);
    await expect(popup.status.textContent()).resolves.toMatch(/^PDF files open in the browser’s own viewer/);
    await page.close();
    await popup.page.close();
  });

  it('saves a page without a title under a readable name', async () => {
    const { page, popup } = await popupOn(server.url('/untitled'));
    await popup.waitForState(/^(saved|not-article)$/);
    if ((await popup.state()) === 'not-article') await popup.clickSave();
    await popup.waitForState(/^saved$/);
    const row = (await readStore<{ title: string; url: string }>(popup.page, 'articles')).find((a) =>
      a.url.endsWith('/untitled'),
    )!;
    expect(row.title.trim().length).toBeGreaterThan(0);
    await expect(popup.status.textContent()).resolves.toContain(row.title);
    await page.close();
    await popup.page.close();
  });

  it('keeps one entry for the same URL saved twice and under ?utm_… variants', async () => {
    for (const q of ['', '', '?utm_source=newsletter&utm_medium=email', '?utm_campaign=x#comments']) {
      const { page, popup } = await popupOn(server.url(`/story${q}`));
      await popup.waitForState(/^(saved|existed)$/);
      await page.close();
      await popup.page.close();
    }
    const probe = await openPopup(browser.context, browser.extensionId);
    expect(
      (await readStore<{ title: string }>(probe.page, 'articles')).filter((a) => a.title === 'A story saved twice'),
    ).toHaveLength(1);
    await probe.page.close();
  });

  it('answers both of two saves at once, with one entry', async () => {
    const page = await browser.context.newPage();
    const url = server.url('/twice');
    await page.goto(url);
    const tabId = await tabIdOf(browser.sw, url);
    const probe = await browser.context.newPage();
    await probe.goto(`chrome-extension://${browser.extensionId}/reader.html?id=0`);
    const replies = await probe.evaluate((id) => {
      const send = () =>
        (globalThis as any).chrome.runtime.sendMessage({ type: 'tab:save', data: { tabId: id, force: true } });
      return Promise.all([send(), send()]);
    }, tabId);
    expect(replies.map((r: { ok: boolean }) => r.ok)).toEqual([true, true]);
    expect(replies[0].id).toBe(replies[1].id);
    expect(
      (await readStore<{ title: string }>(probe, 'articles')).filter((a) => a.title === 'Two saves at once'),
    ).toHaveLength(1);
    await page.close();
    await probe.close();
  });

  it('saves a 10 MB page: explains the wait after 2 s, keeps the article but not the over-size original', async () => {
    const page = await browser.context.newPage();
    const url = server.url('/huge');
    await page.goto(url);
    const started = Date.now();
    const popup = await openPopup(browser.context, browser.extensionId, await tabIdOf(browser.sw, url));
    await expect(popup.page.locator('#slow-save')).toBeTruthy();
    await expect.poll(() => popup.page.locator('#slow-save').count(), { timeout: 5_000 }).toBe(1);
    await expect(popup.page.locator('#slow-save').textContent()).resolves.toMatch(
      /^Still saving: this page is very long/,
    );
    await popup.waitForState(/^saved$/, 40_000);
    console.log(`10 MB page: saved ${Date.now() - started} ms after the popup opened`);
    const row = (await readStore<{ id: number; title: string; wordCount: number }>(popup.page, 'articles')).find(
      (a) => a.title === 'A very long page',
    )!;
    expect(row.wordCount).toBeGreaterThan(1_000_000);
    expect((await readStore<{ id: number }>(popup.page, 'originals')).some((o) => o.id === row.id)).toBe(false);
    expect((await readStore<{ id: number }>(popup.page, 'contents')).some((c) => c.id === row.id)).toBe(true);
    await page.close();
    await popup.page.close();
  });

  it('resumes the image queue after the service worker is stopped half-way, with the article intact', async () => {
    const { page, popup } = await popupOn(server.url('/slow'));
    await popup.waitForState(/^saved$/);
    await expect
      .poll(() => popup.page.locator('#image-count').textContent(), { timeout: 10_000 })
      .toMatch(/^[12] \/ 6 images$/);
    // Stop the extension's service worker as Chrome does when idle (CDP ServiceWorker.stopAllWorkers).
    const probe = await browser.context.newPage();
    await probe.goto(`chrome-extension://${browser.extensionId}/reader.html?id=0`);
    const cdp = await browser.context.newCDPSession(probe);
    const states: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e) =>
      states.push(...e.versions.filter((v) => v.scriptURL.endsWith('/background.js')).map((v) => v.runningStatus)),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // The worker may start again at once (the open popup's next message wakes it): seen stopped is what counts.
    await expect.poll(() => states.includes('stopped')).toBe(true);
    const storedAtStop = (await readStore<{ url: string }>(popup.page, 'images')).filter((i) =>
      i.url.includes('/img/s'),
    ).length;
    expect(storedAtStop).toBeLessThan(6);
    await popup.page.close();
    // Opening the popup wakes the worker (and asks it to resume): the queue picks up where it was.
    const again = await openPopup(browser.context, browser.extensionId);
    await expect.poll(() => states.slice(states.lastIndexOf('stopped')).includes('running')).toBe(true);
    await expect
      .poll(
        async () =>
          (await readStore<{ url: string }>(again.page, 'images')).filter((i) => i.url.includes('/img/s')).length,
        { timeout: 20_000 },
      )
      .toBe(6);
    const task = (await readStore<{ kind: string; state: string; data: { urls: string[] } }>(again.page, 'queue')).find(
      (t) => t.data.urls.some((u) => u.includes('/img/s0')),
    )!;
    expect(task.state).toBe('done');
    const article = (await readStore<{ id: number; title: string }>(again.page, 'articles')).find(
      (a) => a.title === 'Slow images',
    )!;
    expect((await readStore<{ id: number }>(again.page, 'contents')).some((c) => c.id === article.id)).toBe(true);
    await cdp.detach();
    await probe.close();
    await again.page.close();
    await page.close();
  });
});
