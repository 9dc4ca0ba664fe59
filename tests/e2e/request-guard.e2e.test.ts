// The browser-level block of Offprint's own requests to private addresses (issue 16, finding 4), in
// real Chromium: the e2e build grants the guard's permission at install and allows loopback (its test
// servers run there); switched to the production policy, the browser refuses the service worker's
// request before it leaves (the server sees nothing), and an exempt origin (the sync server) passes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Launched } from './launch';
import { servePages, type PageServer } from './serve-pages';

let browser: Launched;
let server: PageServer;

beforeAll(async () => {
  server = await servePages();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The service worker fetches `url`: 'ok <status>' or 'failed'. */
const swFetch = (url: string) =>
  browser.sw.evaluate(async (u) => {
    try {
      return `ok ${(await fetch(u, { signal: AbortSignal.timeout(5000) })).status}`;
    } catch {
      return 'failed';
    }
  }, url);
const guard = (call: string, arg?: unknown) =>
  browser.sw.evaluate(([c, a]) => (globalThis as any).__offprintGuard[c as string](a), [call, arg] as const);

describe('request guard (declarativeNetRequest session rules)', () => {
  it('is installed at start with the e2e policy: loopback allowed, private networks blocked', async () => {
    await expect
      .poll(() =>
        browser.sw.evaluate(
          async () => (await (globalThis as any).chrome.declarativeNetRequest.getSessionRules()).length,
        ),
      )
      .toBeGreaterThan(0);
    const { rules, id } = await browser.sw.evaluate(async () => ({
      rules: await (globalThis as any).chrome.declarativeNetRequest.getSessionRules(),
      id: (globalThis as any).chrome.runtime.id,
    }));
    // Only Offprint's own requests: the user's browsing is never touched.
    expect(rules.every((r: any) => r.condition.initiatorDomains?.[0] === id)).toBe(true);
    expect(rules.some((r: any) => r.action.type === 'block' && /192/.test(r.condition.regexFilter))).toBe(true);
    expect(await swFetch(server.url('/sites/search-results.html'))).toBe('ok 200');
  });

  it('with the production policy the browser blocks the request to loopback before it is sent', async () => {
    await guard('installRequestGuard', { allowLoopback: false });
    const before = server.requests.length;
    expect(await swFetch(server.url('/sites/search-results.html?blocked'))).toBe('failed');
    expect(server.requests.slice(before)).toEqual([]);
    const outcome = await browser.sw.evaluate(
      (u) =>
        (globalThis as any).chrome.declarativeNetRequest.testMatchOutcome({
          url: u,
          type: 'xmlhttprequest',
          initiator: `chrome-extension://${(globalThis as any).chrome.runtime.id}`,
        } as any),
      server.url('/x'),
    );
    expect(outcome.matchedRules.length).toBeGreaterThan(0);
  });

  it('an origin allowed for sync passes the block; forgetting it blocks it again', async () => {
    await guard('allowOrigin', server.origin);
    await guard('installRequestGuard', { allowLoopback: false });
    expect(await swFetch(server.url('/sites/search-results.html?sync'))).toBe('ok 200');
    await guard('forgetAllowedOrigin', server.origin);
    await guard('installRequestGuard', { allowLoopback: false });
    expect(await swFetch(server.url('/sites/search-results.html?again'))).toBe('failed');
    await guard('installRequestGuard', {}); // back to the e2e policy
    expect(await swFetch(server.url('/sites/search-results.html?e2e'))).toBe('ok 200');
  });
});
