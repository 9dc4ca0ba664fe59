import { describe, expect, it } from 'vitest';
import { launch } from './launch';
import { readerHtml } from './pages/reader';
import { makeArticle } from '../helpers/make-article';

// A save made in an extension page while that page's own start-up reads and live queries run (the options
// page counts images, tags and link-only articles and reads the backup reminder as it opens). Dexie carries
// a transaction across native awaits by echoing its zone; with those reads running alongside, the echo
// ended early and the save's last write (the original) went to a transaction of its own: the save failed
// with PrematureCommitError, half written (about one launch in ten alone, one run in two with three suites
// seeding at once). Each round is a fresh profile, as there: the page's first reads and the save wait for
// the database to open together. More reads of the same tables are started around the save.
const ROUNDS = 3;

describe('a save during an extension page’s start-up reads (real Chromium)', () => {
  it('stores the article whole, in one transaction, every time', async () => {
    const html = readerHtml();
    const results: string[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const browser = await launch();
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/options.html#data`);
      await page.waitForFunction(() => !!(globalThis as any).__offprintData);
      results.push(
        await page.evaluate(
          async ({ html, article }) => {
            const h = (globalThis as any).__offprintData;
            const db = h.getDb();
            const original = h.toBase64(await h.gzip(`<html><body>${html}</body></html>`));
            const reads = () =>
              Promise.all([db.images.toArray(), db.articles.count(), db.meta.toArray(), db.queue.toArray()]);
            const around = [reads(), reads()];
            try {
              const { id } = await h.saveArticle({ ...article, originalGzipBase64: original });
              await Promise.all(around);
              const [row, body, orig, terms] = await Promise.all([
                db.articles.get(id),
                db.contents.get(id),
                db.originals.get(id),
                db.searchTerms.get(id),
              ]);
              return row && body && orig && terms ? 'whole' : 'partial';
            } catch (e) {
              return `${(e as Error).name}: ${(e as Error).message}`;
            }
          },
          {
            html,
            article: makeArticle(`http://127.0.0.1/start-up-${i}`, html.replace(/<[^>]+>/g, ' '), {
              title: `Start-up ${i}`,
              contentHtml: html,
              originalLength: html.length,
            }),
          },
        ),
      );
      await browser.close();
    }
    expect(results).toEqual(Array(ROUNDS).fill('whole'));
  }, 180_000); // three fresh browsers: slow on a loaded machine
});
