import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Launched } from './launch';
import { servePages, type PageServer } from './serve-pages';
import { openPopup, tabIdOf } from './pages/popup';
import { readStore } from './pages/db';
import { articlePage, htmlRoute, imageRoute, routes } from './image-fixtures';

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
let browser: Launched;
let a: PageServer;
let b: PageServer;

/** The figures of the test article: every way pages ship images, from two origins. */
function figures(A: string, B: string): { html: string[]; stored: string[] } {
  return {
    html: [
      `<img src="${A}/img/a1.png" width="480" height="300" alt="plain">`,
      `<img src="${GIF}" data-src="${B}/img/b2.png" class="lazyload" alt="lazy data-src">`,
      `<img src="${A}/img/a3.png?w=240&amp;h=150" srcset="${A}/img/a3.png?w=240&amp;h=150 240w, ` +
        `${A}/img/a3.png?w=960&amp;h=600 960w" alt="srcset">`,
      `<picture><source srcset="${B}/img/b4.png?w=800&amp;h=500 800w" type="image/png"><img ` +
        `src="${B}/img/b4.png?w=200&amp;h=125" alt="picture"></picture>`,
      `<img class="lazy" src="${GIF}" alt="noscript"><noscript><img src="${A}/img/a5.png" alt="noscript"></noscript>`,
      `<img data-lazy-src="${B}/img/b6.png" alt="lazy-src">`,
      `<img src="${GIF}" data-srcset="${A}/img/a7.png?w=300 300w, ${A}/img/a7.png?w=600&amp;h=375 600w" ` +
        'alt="data-srcset">',
      `<img src="/img/a8.png" alt="relative">`,
      `<img src="${A}/img/px.png?w=1&amp;h=1" width="1" height="1" alt="">`,
      `<img src="${B}/img/spacer.png?w=2&amp;h=2" alt="">`,
    ],
    stored: [
      `${B}/img/lead.png?w=800&h=400`,
      `${A}/img/a1.png`,
      `${B}/img/b2.png`,
      `${A}/img/a3.png?w=960&h=600`,
      `${B}/img/b4.png?w=800&h=500`,
      `${A}/img/a5.png`,
      `${B}/img/b6.png`,
      `${A}/img/a7.png?w=600&h=375`,
      `${A}/img/a8.png`,
    ],
  };
}

beforeAll(async () => {
  b = await servePages(imageRoute);
  a = await servePages(
    routes(
      imageRoute,
      htmlRoute('/article', () =>
        articlePage(
          'Images from two origins',
          figures(a.origin, b.origin).html,
          `<meta property="og:image" content="${b.origin}/img/lead.png?w=800&amp;h=400">`,
        ),
      ),
      htmlRoute('/big', () =>
        articlePage('One image too big', [
          `<img src="${a.origin}/img/big.png" alt="big">`,
          `<img src="${a.origin}/img/small.png" alt="small">`,
        ]),
      ),
      // localhost is another host: the e2e build has no permission for it,
      // and without CORS neither may the page's context.
      htmlRoute('/blocked', () =>
        articlePage('Images from a site without permission', [
          `<img src="${b.origin.replace('127.0.0.1', 'localhost')}/img/c1.png" alt="blocked">`,
          `<img src="${b.origin.replace('127.0.0.1', 'localhost')}/img/c2.png?cors=1" alt="cors">`,
        ]),
      ),
      htmlRoute('/hotlink', () =>
        articlePage('Images only the site may load', [
          `<img src="${a.origin}/img/h1.png?site=1" alt="site only">`,
          `<img src="${b.origin}/img/h2.png?site=1" alt="other site, refused">`,
        ]),
      ),
      htmlRoute('/slow', () =>
        articlePage(
          'Slow images',
          Array.from(
            { length: 6 },
            (_, i) => `<img src="${a.origin}/img/s${i}.png?delay=${400 + i * 150}" alt="slow ${i}">`,
          ),
        ),
      ),
    ),
  );
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await a?.close();
  await b?.close();
});

async function save(path: string) {
  const page = await browser.context.newPage();
  const url = a.url(path);
  await page.goto(url);
  const popup = await openPopup(browser.context, browser.extensionId, await tabIdOf(browser.sw, url));
  await popup.waitForState(/^saved$/);
  return { page, popup, url };
}

describe('images stored with the article', () => {
  it('stores lazy, srcset, <picture>, noscript and relative images of two origins, skips tracking pixels', async () => {
    const { popup, page } = await save('/article');
    await expect
      .poll(() => popup.page.locator('#image-count').textContent(), { timeout: 20_000 })
      .toBe('All 9 images saved for offline reading');
    const rows = await readStore<{ url: string; bytes: number; width: number; type: string }>(popup.page, 'images');
    expect(rows.map((r) => r.url).sort()).toEqual(figures(a.origin, b.origin).stored.sort());
    expect(rows.every((r) => r.bytes > 1000 && r.type === 'image/png' && r.width > 2)).toBe(true);
    const srcset = rows.find((r) => r.url.includes('a3.png'))!;
    expect(srcset.width).toBe(960);
    await page.close();
    await popup.page.close();
  });

  it.each([['on'], ['off']])(
    'shows every stored image in the reader with the network %s, and nothing is requested',
    async (network) => {
      const popup = await openPopup(browser.context, browser.extensionId);
      await browser.context.setOffline(network === 'off');
      const outside: string[] = [];
      const listen = (r: { url(): string }) =>
        void (/^(chrome-extension|blob|data):/.test(r.url()) || outside.push(r.url()));
      browser.context.on('request', listen);
      const seen = a.requests.length + b.requests.length;
      try {
        const reader = await popup.openArticle('Images from two origins');
        await expect.poll(() => reader.locator('#article-body img').count()).toBe(8);
        await expect
          .poll(
            () =>
              reader.evaluate(
                () =>
                  [...document.images].filter((i) => i.complete && i.naturalWidth > 2 && i.src.startsWith('blob:'))
                    .length,
              ),
            { timeout: 10_000 },
          )
          .toBe(9);
        expect(await reader.locator('#lead-image img').getAttribute('src')).toMatch(/^blob:/);
        // Steady layout: every box has its ratio from width/height before the image decodes.
        const dims = await reader
          .locator('#article-body img')
          .evaluateAll((imgs) => imgs.map((i) => [i.getAttribute('width'), i.getAttribute('height')]));
        expect(dims.every(([w, h]) => Number(w) > 2 && Number(h) > 2)).toBe(true);
        expect(outside).toEqual([]);
        expect(a.requests.length + b.requests.length - seen).toBe(0);
        await reader.close();
      } finally {
        browser.context.off('request', listen);
        await browser.context.setOffline(false);
      }
    },
  );

  it('skips an image over 5 MB and says so, keeping the rest', async () => {
    const { popup, page } = await save('/big');
    await expect
      .poll(() => popup.page.locator('#image-progress').getAttribute('data-done'), { timeout: 20_000 })
      .toBe('yes');
    await expect(popup.page.locator('#image-count').textContent()).resolves.toBe('1 / 2 images saved');
    await expect(popup.page.locator('#image-skipped').textContent()).resolves.toBe('· Not saved: 1 over 5 MB each.');
    await page.close();
    await popup.page.close();
  });

  it('without access to a site, keeps CORS-allowed images, names what is left out, offers to allow it', async () => {
    const { popup, page } = await save('/blocked');
    await expect
      .poll(() => popup.page.locator('#image-progress').getAttribute('data-done'), { timeout: 20_000 })
      .toBe('yes');
    await expect(popup.page.locator('#image-count').textContent()).resolves.toBe('1 / 2 images saved');
    // The one question, asked once on the same line (Allow / Not now), instead of a separate notice.
    await expect(popup.page.locator('#image-ask').textContent()).resolves.toBe('· 1 from other sites need permission');
    expect(await popup.page.locator('#allow-images').textContent()).toBe('Allow');
    expect(await popup.page.locator('#images-not-now').textContent()).toBe('Not now');
    // One quiet line, not a notice of four lines and a button.
    expect((await popup.page.locator('#image-progress').boundingBox())!.height).toBeLessThanOrEqual(41);
    const reader = await (
      await openPopup(browser.context, browser.extensionId)
    ).openArticle('Images from a site without permission');
    await expect.poll(() => reader.locator('#article-body img.img-missing').count()).toBe(1);
    await expect(reader.locator('#article-body img.img-missing').getAttribute('src')).resolves.toMatch(
      /^data:image\/svg\+xml/,
    );
    // A small, quiet placeholder, not a grey box as large as the image would have been.
    const box = (await reader.locator('#article-body img.img-missing').boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(80);
    expect(box.height).toBeLessThanOrEqual(56);
    await reader.close();
    await page.close();
  });

  it('the options page counts stored images and offers access to other sites from a button', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html#images`);
    await expect
      .poll(() => page.locator('#image-stats').textContent())
      .toMatch(/^1[0-9] images stored \(\d+\.\d MB\)\. 1 article has images that need access/);
    expect(await page.locator('#allow-images').textContent()).toBe('Allow image downloads');
    await expect.poll(() => page.locator('#persisted').count()).toBe(1);
    await page.close();
  });

  it('fetches through the page an image its server refuses to all but the site, and says what stayed out', async () => {
    const { popup, page } = await save('/hotlink');
    await expect
      .poll(() => popup.page.locator('#image-progress').getAttribute('data-done'), { timeout: 20_000 })
      .toBe('yes');
    await expect(popup.page.locator('#image-count').textContent()).resolves.toBe('1 / 2 images saved');
    await expect(popup.page.locator('#image-skipped').textContent()).resolves.toBe(
      '· Not saved: 1 could not be downloaded.',
    );
    const rows = await readStore<{ url: string; bytes: number }>(popup.page, 'images');
    expect(rows.find((r) => r.url === `${a.origin}/img/h1.png?site=1`)?.bytes).toBeGreaterThan(1000);
    await page.close();
    await popup.page.close();
  });
});
