// Two Chromium profiles with the built extension sync through the tier's CouchDB-protocol server (tests/helpers/couch),
// each through its own fault proxy so one can go offline while the other stays on. Everything is done from the
// Sync section and the app's own pages; edits go through the app's store functions (test-hooks/sync-hooks.ts).
// Budget: about 2 minutes on an idle 2-core machine (docs/sync-testing.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Launched } from './launch';
import { servePages, type PageServer } from './serve-pages';
import { openPopup, tabIdOf } from './pages/popup';
import { openSyncSection, type SyncPage } from './pages/sync';
import { articlePage, htmlRoute, imageRoute, prose, routes } from './image-fixtures';
import { poll } from './poll';
import { couchUrl, uniqueDbName } from '../helpers/couch/couch-url';
import { startFaultProxy, type FaultProxy } from '../helpers/couch/fault-proxy';
import { assertNoPlaintext, scanServer } from '../helpers/couch/scan-server';
import { makeArticle } from '../helpers/make-article';

const PASSPHRASE = 'orchard lantern quietly seventeen';
const TITLES = ['Harbour dredging finishes under budget', 'Council widens the river path', 'A third quiet story'];
const TAGS = ['waterfront', 'councilwork', 'alphaside', 'betaside', 'gammaside'];
const QUOTE = 'the council voted late on tuesday';
const NOTE = 'remember this for the neighbourhood meeting';

let A: Launched;
let B: Launched;
let site: PageServer;
let proxyA: FaultProxy;
let proxyB: FaultProxy;
let sA: SyncPage;
let sB: SyncPage;
const db = uniqueDbName('sync2');
const url = (i: number) => site.url(`/story-${i}`);

beforeAll(async () => {
  site = await servePages(
    routes(
      imageRoute,
      ...TITLES.map((t, i) =>
        htmlRoute(`/story-${i}`, () =>
          articlePage(
            t,
            i === 0
              ? [
                  `<img src="${site.origin}/img/s1.png?w=480&amp;h=300" width="480" height="300" alt="one">`,
                  `<img src="${site.origin}/img/s2.png?w=400&amp;h=260" width="400" height="260" alt="two">`,
                ]
              : [],
          ),
        ),
      ),
    ),
  );
  [A, B, proxyA, proxyB] = await Promise.all([
    launch(),
    launch(),
    startFaultProxy(couchUrl()),
    startFaultProxy(couchUrl()),
  ]);
  [sA, sB] = await Promise.all([openSyncSection(A.context, A.extensionId), openSyncSection(B.context, B.extensionId)]);
});
afterAll(async () => {
  await Promise.all([A?.close(), B?.close()]);
  await Promise.all([site?.close(), proxyA?.close(), proxyB?.close()]);
});

/** Saves story i in browser A from its popup, as a person does, and waits for its images. */
async function saveInA(i: number) {
  const page = await A.context.newPage();
  await page.goto(url(i));
  const popup = await openPopup(A.context, A.extensionId, await tabIdOf(A.sw, url(i)));
  await popup.waitForState(/^saved$/);
  if (i === 0)
    await expect
      .poll(() => popup.page.locator('#image-count').textContent(), { timeout: 20_000 })
      .toBe('All 2 images saved for offline reading');
  await popup.page.close();
  await page.close();
}

const view = (s: SyncPage, i: number) => s.hook<any>('view', url(i));
/** The server's update sequence (anything written moves it). */
const serverSeq = async () => (await (await fetch(couchUrl() + db)).json()).update_seq;

describe('sync between two Chromium profiles', () => {
  it(
    'turns on in A (creating the database and a new library), and B gets the library with text and images, offline',
    {
      timeout: 120_000,
    },
    async () => {
      const t0 = Date.now();
      const lap = (what: string) => console.log(`${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      await saveInA(0);
      await saveInA(1);
      lap('saved 2 articles in A');
      await sA.turnOn({ url: proxyA.url + db, passphrase: PASSPHRASE });
      lap('sync on in A');
      expect(await sA.section.locator('#sync-target').textContent()).toContain(proxyA.url + db);
      await poll(async () => (await sA.status()).firstSyncDone && (await sA.status()).pending === 0, {
        timeout: 30_000,
        what: 'A to send its library',
      });
      lap('A sent its library');
      await poll(async () => /^Last synced/.test((await sA.lastSynced()) ?? ''), {
        what: 'the Sync section to say when',
      });

      // B: an existing library, so no "Repeat passphrase"; a wrong passphrase is refused and writes nothing.
      const seq = await serverSeq();
      await sB.fill({ url: proxyB.url + db, passphrase: 'not the right passphrase' });
      await sB.clickTurnOn();
      await poll(() => sB.error(), { timeout: 20_000, what: 'the wrong passphrase to be refused' });
      expect(await sB.error()).toMatch(/passphrase does not open the library/);
      expect(await sB.section.locator('#sync-repeat').count()).toBe(0);
      expect(await sB.section.locator('[role=alert] #sync-setup-error').count()).toBe(1);
      expect((await sB.status()).enabled).toBe(false);
      expect(await serverSeq()).toEqual(seq);
      expect(await sB.hook('count')).toBe(0);

      lap('wrong passphrase refused in B');
      await sB.turnOn({ url: proxyB.url + db, passphrase: PASSPHRASE });
      lap('sync on in B');
      const got = await poll(async () => ((await view(sB, 0))?.images.length === 2 ? view(sB, 0) : null), {
        timeout: 40_000,
        what: 'B to receive story 0 with its images',
      });
      lap('B has story 0 with images');
      const inA = await view(sA, 0);
      expect(got).toMatchObject({ title: TITLES[0], gid: inA.gid, text: inA.text, images: inA.images, original: true });
      expect(got.text).toContain(prose(101).slice(0, 80));
      await poll(() => view(sB, 1), { what: 'B to receive story 1' });
      expect(await sB.hook('search', 'dredging')).toEqual([TITLES[0]]);

      // Listed in B's popup, and readable with its images with the site gone and the sync server unreachable.
      await site.close();
      proxyB.fail('reset');
      const popup = await openPopup(B.context, B.extensionId);
      await expect.poll(() => popup.listTitles()).toEqual(expect.arrayContaining(TITLES.slice(0, 2)));
      const reader = await popup.openArticle(TITLES[0]);
      await expect.poll(() => reader.locator('#article-body').textContent()).toContain(prose(101).slice(0, 80));
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
        .toBe(2);
      await reader.close();
      await popup.page.close();
      proxyB.heal();
    },
  );

  it('lists a save made in A on B’s open library page within seconds (not at the 30-second alarm)', async () => {
    // A writes from one of its pages that does not keep sync live (the page wakes the background itself);
    // B's library page is open, so B's background long-polls the server and the page's list follows.
    const pa = await A.context.newPage();
    await pa.goto(`chrome-extension://${A.extensionId}/library.html?bench`);
    await pa.waitForFunction(() => !!(globalThis as any).__offprint);
    const pb = await B.context.newPage();
    await pb.goto(`chrome-extension://${B.extensionId}/library.html`);
    await pb.waitForFunction((t) => document.body.innerText.includes(t), TITLES[1], { timeout: 20_000 });
    const times: string[] = [];
    for (let k = 0; k < 3; k++) {
      const title = `Prompt sync check ${k} ${Math.random().toString(36).slice(2, 8)}`;
      const seq = await serverSeq();
      const t0 = Date.now();
      let sent = 0;
      const watchServer = poll(async () => (await serverSeq()) !== seq && (sent = Date.now() - t0), {
        timeout: 40_000,
        interval: 100,
        what: 'A to send the save',
      }).catch(() => {});
      const text = 'The ferry timetable changes in spring, and the harbour office says why.';
      const article = makeArticle(`https://news.example.org/prompt-${k}`, text, { title, originalLength: 80 });
      await pa.evaluate((a) => (globalThis as any).__offprint.saveArticle(a), article);
      // Well under the alarm's 30 s; a few seconds on an idle machine (this one is shared and loaded).
      const listed = await pb
        .waitForFunction((t) => document.body.innerText.includes(t), title, { timeout: 12_000, polling: 50 })
        .then(() => Date.now() - t0)
        .catch(() => null);
      await watchServer;
      times.push(`sent by A after ${sent} ms, listed on B after ${listed ?? 'over 12,000'} ms`);
      expect(listed, times.join('; ')).not.toBeNull();
    }
    console.log(`saves in A: ${times.join('; ')}`);
    for (let k = 0; k < 3; k++) await sA.hook('remove', `https://news.example.org/prompt-${k}`);
    await poll(async () => (await sB.hook<number>('count')) === 2, { timeout: 30_000, what: 'B to drop them again' });
    await Promise.all([pa.close(), pb.close()]);
  });

  it('carries archive, tags, progress, a highlight and a delete made in B to A', async () => {
    await sB.hook('setStatus', url(0), 'archived');
    await sB.hook('addTag', url(0), TAGS[0]);
    await sB.hook('setProgress', url(0), 0.6);
    await sB.hook('highlight', url(0), QUOTE, NOTE);
    // The options pages are open in both browsers: changes arrive within seconds, with no click.
    const t0 = Date.now();
    await poll(async () => (await view(sA, 0))?.highlights.length === 1, {
      timeout: 30_000,
      what: 'A to get B’s edits',
    });
    console.log(`B's edits were in A after ${Date.now() - t0} ms (live sync, both options pages open)`);
    expect(await view(sA, 0)).toMatchObject({
      status: 'archived',
      tags: [TAGS[0]],
      progress: 0.6,
      highlights: [{ quote: QUOTE, note: NOTE }],
    });

    await sB.hook('remove', url(1));
    await poll(async () => (await view(sA, 1)) === null, { timeout: 30_000, what: 'the delete to reach A' });
  });

  it('merges different offline edits of the same article into the same result in both', async () => {
    proxyA.fail('reset');
    proxyB.fail('reset');
    await sA.hook('addTag', url(0), TAGS[2]);
    await sA.hook('setStatus', url(0), 'unread');
    await sB.hook('addTag', url(0), TAGS[3]);
    await sB.hook('removeTag', url(0), TAGS[0]);
    await sB.hook('setProgress', url(0), 0.9);
    await sB.hook('setFavorite', url(0), 1);
    // Offline: the Sync section says so in words, and the popup shows its mark.
    await sA.syncNow();
    await poll(() => sA.error(), { timeout: 20_000, what: 'A to report the server down' });
    expect(await sA.error()).toMatch(/did not answer/);
    expect(await sA.pending()).toMatch(/changes? waiting/);
    const popup = await openPopup(A.context, A.extensionId);
    const mark = popup.page.locator('#sync-mark');
    await mark.waitFor({ timeout: 15_000 });
    expect(await mark.getAttribute('aria-label')).toMatch(
      /^Sync is failing: .*did not answer.*Open the sync settings\.$/,
    );
    expect(await mark.getAttribute('href')).toBe('/options.html#sync');
    await popup.page.close();

    proxyA.heal();
    proxyB.heal();
    const want = { status: 'unread', favorite: 1, progress: 0.9, tags: [TAGS[2], TAGS[3]].sort() };
    const merged = await poll(
      async () => {
        const [a, b] = await Promise.all([view(sA, 0), view(sB, 0)]);
        return JSON.stringify(a) === JSON.stringify({ ...b, id: a.id }) && a.tags.length === 2 ? [a, b] : null;
      },
      { timeout: 45_000, what: 'both browsers to show the same merged article' },
    );
    expect(merged[0]).toMatchObject(want);
    expect(merged[1]).toMatchObject(want);
    await poll(async () => !(await sA.error()), { timeout: 20_000, what: 'A’s error to clear' });
  });

  it('lets a delete in A beat an offline edit in B', async () => {
    await poll(async () => (await sA.status()).pending === 0 && (await sB.status()).pending === 0, {
      timeout: 30_000,
      what: 'both to be in step',
    });
    proxyB.fail('reset');
    await sB.hook('addTag', url(0), TAGS[4]);
    await sB.hook('setProgress', url(0), 0.95);
    await sA.hook('remove', url(0));
    await poll(async () => (await sA.status()).pending === 0, { timeout: 30_000, what: 'A to send the delete' });
    proxyB.heal();
    await poll(async () => (await view(sB, 0)) === null, { timeout: 45_000, what: 'the delete to win in B' });
    await sA.syncNow();
    await sB.syncNow();
    expect(await view(sA, 0)).toBeNull();
    expect(await view(sB, 0)).toBeNull();
  });

  it.each([
    [401, /refused the user name or password \(401\)/],
    [403, /may not use that database \(403\)/],
    ['not-couch', /not a CouchDB database/],
    [507, /out of disk space \(507\)/],
    [413, /too large \(413\)/],
  ] as const)('shows a %s from the server in words in the Sync section, and recovers', async (fault, words) => {
    proxyA.fail(fault);
    await sA.syncNow();
    await poll(() => sA.error(), { timeout: 20_000, what: `A to report ${fault}` });
    expect(await sA.error()).toMatch(words);
    proxyA.heal();
    await sA.syncNow();
    await poll(async () => !(await sA.error()), { timeout: 20_000, what: 'the error to clear' });
  });

  it('leaves no title, URL, tag, note or sentence on the server (docs, revisions, attachments, _local)', async () => {
    const scan = await scanServer(couchUrl() + db);
    expect(scan.ids.length).toBeGreaterThanOrEqual(3); // the library document, articles, images
    expect(scan.attachments.length).toBeGreaterThan(2);
    expect(scan.revisions.length).toBeGreaterThan(scan.ids.length); // edited documents: more than one revision
    expect(scan.localIds.length).toBeGreaterThan(0);
    assertNoPlaintext(scan, [
      ...TITLES.slice(0, 2),
      ...[0, 1].map(url),
      site.origin + '/img/s1.png',
      ...TAGS,
      QUOTE,
      NOTE,
      prose(100).slice(0, 60),
      prose(101).slice(20, 90),
      prose(0).slice(10, 70),
    ]);
  });

  it('turns off in A from the Sync section: keeps the library, forgets the server, account and key', async () => {
    const before = await sA.hook<string[]>('titles');
    await sA.section.getByRole('button', { name: 'Turn off sync' }).click();
    await sA.page.locator('#sync-off-confirm').waitFor();
    await sA.page.locator('#sync-off-yes').click();
    await sA.page.locator('#sync-on').waitFor();
    expect(await sA.section.getByLabel('Database URL').inputValue()).toBe('');
    expect(await sA.status()).toMatchObject({ enabled: false, url: null, username: null, state: 'off' });
    expect(await sA.hook('titles')).toEqual(before);
    // No mirror database left, and sync's own store holds no server, account or key.
    const left = await sA.page.evaluate(async () => {
      const mirrors = (await indexedDB.databases()).map((d) => d.name).filter((n) => n?.includes('offprint-mirror'));
      const db: IDBDatabase = await new Promise((res, rej) => {
        const r = indexedDB.open('offprint-sync');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const keys: IDBValidKey[] = await new Promise((res, rej) => {
        const r = db.transaction('kv').objectStore('kv').getAllKeys();
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      db.close();
      return { mirrors, keys: keys.filter((k) => k === 'config' || k === 'keys') };
    });
    expect(left).toEqual({ mirrors: [], keys: [] });
  });
});
