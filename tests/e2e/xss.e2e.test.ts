import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launch, type Launched } from './launch';
import { servePages, type PageServer } from './serve-pages';
import { openPopup, tabIdOf } from './pages/popup';
import { putRow, readStore } from './pages/db';
import { prose, routes } from './image-fixtures';
import { payloads, type Payload } from '../fixtures/xss/payloads';

const BATCH = 14;
let browser: Launched;
let server: PageServer;
let corpus: Payload[];
let blank: Page;

/** An article page holding a batch of payloads, each between paragraphs of prose so extraction keeps it. */
function xssPage(batch: Payload[], n: number): string {
  const body = batch
    .map((p) => `<p>${prose(p.id)}</p>\n<div>${p.html}</div>\n<p>${prose(p.id + 1)} (payload ${p.id})</p>`)
    .join('\n');
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>XSS batch ${n}</title></head>` +
    `<body><article><h1>XSS batch ${n}</h1>${body}</article></body></html>`
  );
}

function batches(list: Payload[]): Payload[][] {
  const out: Payload[][] = [];
  for (let i = 0; i < list.length; i += BATCH) out.push(list.slice(i, i + BATCH));
  return out;
}

/** What a payload that ran, navigated or fetched would have left behind in one reader page. */
interface Verdict {
  dialogs: string[];
  requests: string[];
  marker: unknown;
  title: string;
  url: string;
  unsafe: string[];
}

/** Opens reader.html?id=N, lets every handler, autofocus, animation and image error fire, then inspects. */
async function readAndInspect(id: number, title: string): Promise<Verdict> {
  const page = await browser.context.newPage();
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // Every request of the whole browser context (network on), not only the reader's.
  const listen = (r: { url(): string }) =>
    void (/^(chrome-extension|blob|data):/.test(r.url()) || requests.push(r.url()));
  browser.context.on('request', listen);
  const before = server.requests.length;
  const url = `chrome-extension://${browser.extensionId}/reader.html?id=${id}`;
  await page.goto(url);
  await page.locator('#article-body').waitFor();
  await expect.poll(() => page.title()).toBe(title);
  // Give events a chance: focus, pointer and scroll handlers, animations, image errors.
  await page.mouse.move(200, 300);
  await page.mouse.wheel(0, 400);
  await page.keyboard.press('Tab');
  await page.waitForTimeout(250);
  const seen = await page.evaluate(() => {
    const unsafe: string[] = [];
    const body = document.getElementById('article-body')!;
    for (const el of [body, ...body.querySelectorAll('*')]) {
      const tag = el.tagName.toLowerCase();
      if (
        new RegExp(
          '^(' +
            /script|iframe|frame|object|embed|form|base|meta|link|style|svg|math|template|input|button/.source +
            '|' +
            /textarea|select|video|audio|source|portal/.source +
            ')$',
        ).test(tag)
      )
        unsafe.push(`<${tag}>`);
      for (const a of el.getAttributeNames()) {
        const v = el.getAttribute(a) ?? '';
        if (
          /^on/i.test(a) ||
          a === 'style' ||
          a === 'srcset' ||
          a === 'srcdoc' ||
          a === 'formaction' ||
          a === 'ping' ||
          a === 'background' ||
          a === 'poster'
        )
          unsafe.push(`${tag}[${a}]`);
        if (/^\s*(javascript|vbscript|data:text)/i.test(v.replace(/[\p{Cc} ]/gu, '')))
          unsafe.push(`${tag}[${a}=${v.slice(0, 30)}]`);
      }
      if (tag === 'img' && !/^(blob:|data:image\/)/.test(el.getAttribute('src') ?? 'data:image/'))
        unsafe.push(`img[src=${el.getAttribute('src')}]`);
      if (
        tag === 'a' &&
        el.hasAttribute('href') &&
        !(el.getAttribute('href') ?? '').startsWith('#') &&
        (el.getAttribute('rel') !== 'noopener noreferrer' || el.getAttribute('target') !== '_blank')
      )
        unsafe.push('a without rel/target');
    }
    return {
      marker: (window as unknown as { __xss?: unknown }).__xss,
      title: document.title,
      url: location.href,
      unsafe,
    };
  });
  await page.close();
  browser.context.off('request', listen);
  const leaked = server.requests.slice(before).filter((r) => r.startsWith('/x/'));
  return { dialogs, requests: [...requests, ...leaked], ...seen, url: seen.url === url ? 'same' : seen.url };
}

const CLEAN = { dialogs: [], requests: [], marker: undefined, url: 'same', unsafe: [] };

beforeAll(async () => {
  server = await servePages(
    routes((req, res) => {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      const m = u.pathname.match(/^\/xss\/(\d+)$/);
      if (m) {
        // The source page must not run its payloads itself (the extension's content script is not bound by this).
        res
          .writeHead(200, {
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': "script-src 'none'",
          })
          .end(xssPage(batches(corpus.filter((p) => !p.rawOnly))[Number(m[1])], Number(m[1])));
        return true;
      }
      if (u.pathname.startsWith('/x/')) {
        res.writeHead(404).end();
        return true;
      }
      return false;
    }),
  );
  corpus = payloads(server.origin);
  browser = await launch();
  blank = await browser.context.newPage();
  await blank.goto(`chrome-extension://${browser.extensionId}/reader.html?id=0`);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the reader runs no page code and calls nothing outside', () => {
  it('has a corpus of at least 100 payloads of every kind', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    for (const kind of [
      /<script/i,
      /\bon\w+=/i,
      /javascript:/i,
      /<svg/,
      /<math/,
      /srcdoc/,
      /http-equiv="refresh"/,
      /style=|<style/,
      /&#/,
    ])
      expect(corpus.some((p) => kind.test(p.html))).toBe(true);
  });

  it('ships a Content Security Policy with no remote source for scripts, images, styles, fonts or frames', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    const csp: string = manifest.content_security_policy.extension_pages;
    const d = Object.fromEntries(
      csp
        .split(';')
        .map((s) => s.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['img-src']).toEqual(["'self'", 'blob:', 'data:']);
    expect(d['style-src']).toEqual(["'self'"]);
    expect(d['font-src']).toEqual(["'self'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['frame-src']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'none'"]);
    expect(d['form-action']).toEqual(["'none'"]);
  });

  /** Puts `html(url)` into a reader page; the CSP directive it violated, and the requests the test server saw. */
  async function cspProbe(html: (url: string) => string, path: string) {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/reader.html?id=0`);
    const before = server.requests.length;
    const violated = await page.evaluate(
      async (markup) => {
        const hit = new Promise<string>((r) =>
          document.addEventListener('securitypolicyviolation', (e) => r(e.effectiveDirective), { once: true }),
        );
        document.body.insertAdjacentHTML('beforeend', markup);
        return hit;
      },
      html(server.url(path)),
    );
    await page.close();
    return { violated, requests: server.requests.slice(before) };
  }

  it('the CSP itself blocks a remote image put into the reader page (second line of defence)', async () => {
    const { violated, requests } = await cspProbe((u) => `<img src="${u}">`, '/x/csp-probe');
    expect(violated).toBe('img-src');
    expect(requests).toEqual([]);
  });

  it("the CSP blocks a web page's frame in the reader (own pages it cannot: their scheme bypasses CSP)", async () => {
    const { violated, requests } = await cspProbe((u) => `<iframe src="${u}"></iframe>`, '/x/frame-probe');
    expect(violated).toBe('frame-src');
    expect(requests).toEqual([]);
    // The extension's own pages are not stopped by frame-src in Chromium: in the reader, DOMPurify removes every
    // iframe (payloads "Frames of the extension's own pages", path B).
  });

  it('path A: every payload saved through the extension from a real page stays inert in the reader', async () => {
    const list = batches(corpus.filter((p) => !p.rawOnly));
    for (let n = 0; n < list.length; n++) {
      const url = server.url(`/xss/${n}`);
      const tab = await browser.context.newPage();
      tab.on('dialog', (d) => void d.dismiss());
      await tab.goto(url);
      const popup = await openPopup(browser.context, browser.extensionId, await tabIdOf(browser.sw, url));
      await popup.waitForState(/^(saved|not-article)$/);
      if ((await popup.state()) === 'not-article') {
        await popup.clickSave();
        await popup.waitForState(/^saved$/);
      }
      const article = (await readStore<{ id: number; title: string }>(popup.page, 'articles')).find(
        (a) => a.title === `XSS batch ${n}`,
      )!;
      // Let the image queue finish first, so its fetches are not mistaken for the reader's.
      await expect
        .poll(
          async () =>
            (await readStore<{ articleId: number; state: string }>(popup.page, 'queue')).find(
              (t) => t.articleId === article.id,
            )?.state,
          { timeout: 15_000 },
        )
        .toMatch(/done|failed/);
      await popup.page.close();
      await tab.close();
      const verdict = await readAndInspect(article.id, `XSS batch ${n}`);
      expect({ batch: list[n].map((p) => p.id).join(','), ...verdict }).toEqual({
        batch: list[n].map((p) => p.id).join(','),
        ...CLEAN,
        title: `XSS batch ${n}`,
      });
    }
  });

  it('path B: each payload written raw into stored content (no extraction, no first sanitizing) is inert', async () => {
    const list = batches(corpus);
    for (let n = 0; n < list.length; n++) {
      const id = 900_000 + n;
      const title = `Raw XSS batch ${n}`;
      const now = Date.now();
      await putRow(blank, 'articles', {
        id,
        url: `http://127.0.0.1/raw/${n}`,
        originalUrl: `http://127.0.0.1/raw/${n}`,
        canonicalUrl: null,
        kind: 'article',
        title,
        byline: null,
        siteName: null,
        site: '127.0.0.1',
        lang: 'en',
        excerpt: null,
        publishedTime: null,
        leadImageUrl: null,
        wordCount: 10,
        readingMinutes: 1,
        status: 'unread',
        favorite: 0,
        tags: [],
        progress: 0,
        savedAt: now,
        updatedAt: now,
      });
      const html = list[n].map((p) => `<p>payload ${p.id}</p>${p.html}`).join('\n');
      await putRow(blank, 'contents', { id, html, text: 'raw', updatedAt: now });
      const verdict = await readAndInspect(id, title);
      expect({ batch: list[n].map((p) => p.id).join(','), ...verdict }).toEqual({
        batch: list[n].map((p) => p.id).join(','),
        ...CLEAN,
        title,
      });
    }
  });
});
