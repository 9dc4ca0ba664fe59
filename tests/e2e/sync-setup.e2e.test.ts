// Options → Sync in real Chromium, one profile: the permission asked from the click, a certificate the browser
// refuses, a server that is not there, the keyboard, phone width and dark mode. Budget: about 30 s.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Launched } from './launch';
import { openSyncSection, type SyncPage } from './pages/sync';
import { poll } from './poll';
import { couchUrl, uniqueDbName } from '../helpers/couch/couch-url';
import { startTlsProxy, type TlsProxy } from '../helpers/couch/tls-proxy';

let app: Launched;
let tls: TlsProxy;
let s: SyncPage;

beforeAll(async () => {
  [app, tls] = await Promise.all([launch(), startTlsProxy(couchUrl())]);
  s = await openSyncSection(app.context, app.extensionId);
});
afterAll(async () => {
  await app?.close();
  await tls?.close();
});

/** A port of 127.0.0.1 nothing listens on. */
async function deadPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const { port } = srv.address() as net.AddressInfo;
  await new Promise((r) => srv.close(r));
  return port;
}

async function tryTurnOn(url: string) {
  await s.fill({ url, passphrase: 'orchard lantern quietly seventeen' });
  await s.clickTurnOn();
  return poll(() => s.error(), { timeout: 20_000, what: `an error for ${url}` });
}

describe('Options → Sync in Chromium', () => {
  it('says in words when the server does not answer', async () => {
    const err = await tryTurnOn(`http://127.0.0.1:${await deadPort()}/offprint-x`);
    expect(err).toMatch(/^The server did not answer: it may be down, or the address is wrong\./);
  });

  it('says the certificate may not be trusted when an https server fails (submitted with Enter)', async () => {
    await s.fill({ url: tls.url + uniqueDbName('tls'), passphrase: 'orchard lantern quietly seventeen' });
    await s.section.getByLabel('Sync passphrase').press('Enter');
    const err = await poll(() => s.error(), { timeout: 20_000, what: 'the TLS error' });
    expect(err).toMatch(/TLS certificate is not trusted/);
    expect((await s.status()).enabled).toBe(false);
  });

  it('fits a phone’s width and follows dark mode', async () => {
    await s.page.setViewportSize({ width: 360, height: 740 });
    await s.page.emulateMedia({ colorScheme: 'dark' });
    const look = await s.page.evaluate(() => {
      const input = document.querySelector('#sync-url')!;
      const on = document.querySelector('#sync-on')!.getBoundingClientRect();
      return {
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        inputWidth: input.getBoundingClientRect().width,
        buttonRight: on.right,
        bg: getComputedStyle(document.body).backgroundColor,
        fg: getComputedStyle(input).color,
      };
    });
    expect(look.overflow).toBeLessThanOrEqual(0);
    expect(look.inputWidth).toBeGreaterThan(250);
    expect(look.buttonRight).toBeLessThanOrEqual(360);
    expect(look.bg).toBe('rgb(20, 20, 22)');
    expect(look.fg).toBe('rgb(236, 236, 240)');
  });
  it('asks for the host permission of a server it may not reach yet, from the click', async () => {
    // The e2e build may reach 127.0.0.1 only: localhost is another host, so the click asks. Headless Chromium
    // shows the prompt to nobody, so the request stays open: the section says what it waits for.
    const origin = new URL(couchUrl()).origin.replace('127.0.0.1', 'localhost');
    const page = await app.context.newPage();
    const p = await openSyncSection(app.context, app.extensionId, page);
    const asked: unknown[] = [];
    await page.exposeFunction('__asked', (o: unknown) => void asked.push(o));
    await page.evaluate(() => {
      const perms = (globalThis as any).chrome.permissions;
      const request = perms.request.bind(perms);
      perms.request = (o: unknown) => ((globalThis as any).__asked(o), request(o));
    });
    await p.fill({ url: `${origin}/${uniqueDbName('perm')}`, passphrase: 'orchard lantern quietly seventeen' });
    await p.clickTurnOn();
    await poll(() => asked.length, { what: 'the permission request' });
    expect(asked).toEqual([{ origins: ['http://localhost/*'] }]);
    await expect
      .poll(() => page.locator('#sync-busy').textContent())
      .toBe(`Asking your browser for permission to reach ${new URL(origin).host}…`);
    expect(await page.locator('#sync-busy').locator('xpath=..').getAttribute('role')).toBe('status');
    expect((await p.status()).enabled).toBe(false);
    await page.close();
  });
});
