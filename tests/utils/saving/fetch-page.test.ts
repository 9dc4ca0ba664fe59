import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fetchPage, FETCH_CAP } from '@/utils/saving/fetch-page';
import { stubBrowserGaps } from '../../helpers/stub-browser';
import type { AddressPolicy } from '@/utils/saving/private-address';

const policy: AddressPolicy = { allowLoopback: false, allowPrivate: false, allowedOrigins: [] };
const html = (body: BodyInit, init: ResponseInit & { url?: string } = {}) => {
  const res = new Response(body, { headers: { 'content-type': 'text/html' }, ...init });
  if (init.url) Object.defineProperty(res, 'url', { value: init.url });
  return res;
};

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps({ granted: true });
});

describe('fetchPage on the user’s behalf', () => {
  it('refuses loopback and private addresses without sending anything', async () => {
    const fetcher = vi.fn();
    for (const url of ['http://127.0.0.1:631/', 'http://192.168.1.1/apply.cgi?reboot=1', 'http://printer.local/'])
      expect(await fetchPage(url, { fetcher, policy })).toMatchObject({
        ok: false,
        message: expect.stringMatching(/Offprint does not download/),
      });
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('refuses a page whose redirect landed on a private address (the final URL is checked)', async () => {
    const fetcher = vi.fn(async () => html('<p>router</p>', { url: 'http://192.168.1.1/' }));
    const r = await fetchPage('https://short.example/x', { fetcher, policy, followRedirects: true });
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/local network/) });
  });

  it('does not follow redirects when the browser-level guard does not cover every site', async () => {
    const fetcher = vi.fn(async (_u: RequestInfo | URL, init?: RequestInit) => {
      expect(init?.redirect).toBe('manual');
      return html('', { status: 302 });
    });
    const r = await fetchPage('https://short.example/x', { fetcher, policy, followRedirects: false });
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/leads on to another address/) });
  });

  it('sends cookies only when asked (imported lists go without them)', async () => {
    const seen: (RequestCredentials | undefined)[] = [];
    const fetcher = vi.fn(
      async (_u: RequestInfo | URL, init?: RequestInit) => (seen.push(init?.credentials), html('<p>x</p>')),
    );
    await fetchPage('https://news.example/a', { fetcher, policy, followRedirects: true });
    await fetchPage('https://news.example/a', { fetcher, policy, followRedirects: true, cookies: true });
    expect(seen).toEqual(['omit', 'include']);
  });

  it('gives up on a page that does not answer in time', async () => {
    const fetcher = vi.fn(
      (_u: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_, reject) =>
          init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)),
        ),
    );
    const r = await fetchPage('https://slow.example/', { fetcher, policy, followRedirects: true, timeoutMs: 50 });
    expect(r).toMatchObject({ ok: false, message: 'The site did not answer within 0.05 seconds.' });
  });

  it('streams the body and stops reading past the cap, without a Content-Length', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        if (pulled > 100) c.close();
        else c.enqueue(chunk);
      },
    });
    const r = await fetchPage('https://huge.example/', {
      fetcher: async () => html(body),
      policy,
      followRedirects: true,
    });
    expect(r).toMatchObject({ ok: false, message: 'The page is too large to save.' });
    expect(pulled).toBeLessThan(Math.ceil(FETCH_CAP / chunk.length) + 3);
  });

  it('reads an ordinary page', async () => {
    const r = await fetchPage('https://news.example/a', {
      fetcher: async () => html('<p>Grüße</p>', { url: 'https://news.example/a' }),
      policy,
      followRedirects: true,
    });
    expect(r).toEqual({ ok: true, html: '<p>Grüße</p>', url: 'https://news.example/a' });
  });
});
