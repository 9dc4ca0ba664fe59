// The browser-level block of Offprint's own requests to private addresses (issue 16, finding 4) in real
// Firefox ESR, where it is a blocking `webRequest` listener in the background page (Chrome's
// declarativeNetRequest half: tests/e2e/request-guard.e2e.test.ts). The e2e build grants its permission at
// install and allows loopback (the test servers run there); switched to the production policy, Firefox
// cancels the background's request before it leaves (the server sees nothing), an exempt origin (the sync
// server) passes, and a redirect from that origin to another loopback port is cancelled where it leads.
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type LaunchedFirefox } from './launch-firefox';
import { servePages, type PageServer } from '../e2e/serve-pages';

let ff: LaunchedFirefox;
let server: PageServer;
let other: PageServer; // another loopback origin, never exempt
let home: Page;

beforeAll(async () => {
  other = await servePages();
  server = await servePages((req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!req.url?.startsWith('/hop')) return false;
    res.writeHead(302, { location: other.url('/sites/search-results.html?hop') }).end();
    return true;
  });
  ff = await launchFirefox();
  home = await ff.openExtensionPage('/library.html');
  await home.waitForFunction(
    async () => !!(await (globalThis as any).browser.runtime.getBackgroundPage())?.__offprintGuard,
    { polling: 50 },
  );
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
  await other?.close();
});

/** The background page fetches `url`: 'ok <status>' or 'failed'. */
const bgFetch = (url: string) =>
  home.evaluate(async (u) => {
    const bg = await (globalThis as any).browser.runtime.getBackgroundPage();
    try {
      return `ok ${(await bg.fetch(u, { signal: bg.AbortSignal.timeout(5000) })).status}`;
    } catch {
      return 'failed';
    }
  }, url);

/** Calls one of the background's guard functions (e2e build: `__offprintGuard`). */
const guard = (call: string, arg?: unknown) =>
  home.evaluate(
    async (c, a) => {
      const bg = await (globalThis as any).browser.runtime.getBackgroundPage();
      return bg.__offprintGuard[c](a === null ? undefined : JSON.parse(a));
    },
    call,
    arg === undefined ? null : JSON.stringify(arg),
  );

describe('request guard in Firefox (blocking webRequest in the background page)', () => {
  it('is in force at start with the e2e policy: its permission is granted and loopback passes', async () => {
    const granted = await home.evaluate(() =>
      (globalThis as any).browser.permissions.contains({ permissions: ['webRequest', 'webRequestBlocking'] }),
    );
    expect(granted).toBe(true);
    expect(await guard('installRequestGuard', {})).toBe(true);
    expect(await bgFetch(server.url('/sites/search-results.html?e2e'))).toBe('ok 200');
  });

  it('with the production policy Firefox cancels the request to loopback before it is sent', async () => {
    await guard('installRequestGuard', { allowLoopback: false });
    const before = server.requests.length;
    expect(await bgFetch(server.url('/sites/search-results.html?blocked'))).toBe('failed');
    expect(server.requests.slice(before)).toEqual([]);
  });

  it('an origin allowed for sync passes; a redirect from it to another private address is cancelled', async () => {
    await guard('allowOrigin', server.origin);
    await guard('installRequestGuard', { allowLoopback: false });
    expect(await bgFetch(server.url('/sites/search-results.html?sync'))).toBe('ok 200');
    const before = other.requests.length;
    expect(await bgFetch(server.url('/hop'))).toBe('failed');
    expect(server.requests).toContain('/hop');
    expect(other.requests.slice(before)).toEqual([]); // the redirect's target never saw the request
    await guard('forgetAllowedOrigin', server.origin);
    await guard('installRequestGuard', { allowLoopback: false });
    expect(await bgFetch(server.url('/sites/search-results.html?again'))).toBe('failed');
    await guard('installRequestGuard', {}); // back to the e2e policy
    expect(await bgFetch(server.url('/hop'))).toBe('ok 200');
    expect(other.requests).toContain('/sites/search-results.html?hop');
  });
});
