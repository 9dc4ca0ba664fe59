// The tier's CouchDB-protocol test server (couchUrl, from global-setup.ts) as PouchDB 9 meets it in real Chromium:
// from an extension page, an article library with its bodies and images goes up and comes down whole.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baselineBundle } from '../../scripts/lib/sync/pouchdb-baseline';
import { couchUrl, uniqueDbName } from '../helpers/couch/couch-url';
import { launch, type Launched } from './launch';

let app: Launched;
let page: Page;
beforeAll(async () => {
  const bundle = await baselineBundle();
  app = await launch();
  page = await app.context.newPage();
  await page.goto(`chrome-extension://${app.extensionId}/icon.svg`);
  await page.evaluate(bundle);
  const gt = JSON.parse(fs.readFileSync('bench/data/scrapinghub/ground-truth.json', 'utf8'));
  const corpus = Object.values(gt)
    .slice(0, 20)
    .map((d: any) => ({ host: 'example.org', paras: d.articleBody.split(/\n+/).filter(Boolean) }));
  await page.evaluate((c) => ((globalThis as any).__corpus = c), corpus);
});
afterAll(() => app?.close());

describe('the test server with PouchDB 9 in Chromium', () => {
  it('takes 12 articles with bodies and images from one local database and gives them whole to another', async () => {
    const db = couchUrl() + uniqueDbName('e2e');
    expect((await fetch(db, { method: 'PUT' })).status).toBe(201);
    const seeded = await page.evaluate(() =>
      (globalThis as any).__baseline.seed((globalThis as any).__corpus, 0, 12, 'up'),
    );
    // 12 article documents and the images documents of articles 0 and 10.
    expect(seeded.count).toBe(14);
    expect(seeded.images).toBeGreaterThan(16_000);
    const push = await page.evaluate((u) => (globalThis as any).__baseline.push(u, 'up'), db);
    expect(push).toMatchObject({ ok: true, docs: 14 });
    const pull = await page.evaluate((u) => (globalThis as any).__baseline.pull(u, 'down'), db);
    expect(pull).toMatchObject({ ok: true, docs: 14 });
    for (const i of [0, 5, 10, 11]) {
      const [up, down] = await page.evaluate(
        (i) => Promise.all(['up', 'down'].map((n) => (globalThis as any).__baseline.check(i, n))),
        i,
      );
      expect(down).toEqual(up);
      expect(down.attachments).toBe(i % 10 === 0 ? up.attachments : 1);
      if (i % 10 === 0) expect(down.attachments).toBeGreaterThan(1);
    }
  });
});
