// A page that names another site's article as its canonical URL must not overwrite that article
// (issue 16, finding 3): saved through the real popup in real Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Launched } from './launch';
import { servePages, type PageServer } from './serve-pages';
import { openPopup, tabIdOf } from './pages/popup';
import { openOptions } from './pages/options';
import { makeArticle } from '../helpers/make-article';

const VICTIM = 'https://victim.example/story';
const para = (s: string) =>
  `<p>${s} ${'This paragraph carries enough words for the reader view to keep it. '.repeat(6)}</p>`;
const EVIL = `<!doctype html><html><head><title>Hijacked headline</title>
<link rel="canonical" href="${VICTIM}"></head><body><article><h1>Hijacked headline</h1>
${[1, 2, 3, 4, 5, 6].map((i) => para(`Attacker text ${i}.`)).join('')}</article></body></html>`;

let browser: Launched;
let server: PageServer;

beforeAll(async () => {
  server = await servePages((req, res) => {
    if (req.url !== '/evil') return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(EVIL);
    return true;
  });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('canonical link takeover', () => {
  it('saving a page whose canonical link names another site leaves that site’s article untouched', async () => {
    const options = await openOptions(browser.context, browser.extensionId);
    const victimPage = makeArticle(VICTIM, 'The real words.', {
      title: 'The real story',
      siteName: 'Victim',
      originalLength: 0,
    });
    const victimId = await options.evaluate(async (a) => {
      const { id } = await (globalThis as any).__offprintData.saveArticle(a);
      return id;
    }, victimPage);

    const evil = await browser.context.newPage();
    const url = server.url('/evil');
    await evil.goto(url);
    const popup = await openPopup(browser.context, browser.extensionId, await tabIdOf(browser.sw, url));
    await popup.waitForState(/^saved$/);
    await popup.page.close();

    const { articles, contents } = await options.evaluate(() => (globalThis as any).__offprintData.dump());
    const victim = articles.find((a: any) => a.id === victimId);
    expect(victim).toMatchObject({ url: VICTIM, title: 'The real story' });
    expect(contents.find((c: any) => c.id === victimId).text).toBe('The real words.');
    const saved = articles.find((a: any) => a.id !== victimId);
    expect(saved).toMatchObject({ title: 'Hijacked headline', canonicalUrl: null });
    expect(saved.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/evil$/);
  });
});
