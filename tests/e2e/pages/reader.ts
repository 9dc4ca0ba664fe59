import type { BrowserContext, Page } from 'playwright-core';

/** The article the reader tests use: paragraphs, emphasis, a list, a captioned figure and code. */
export const READER_ARTICLE = {
  title: 'The harbour at dawn',
  paragraphs: [
    'The harbour was quiet that morning. Fishing boats lay at anchor and the gulls were silent.',
    'Later, the harbour filled with noise as the <em>ferry</em> came in. Dr. Smith stepped off first.',
    'By noon the market had opened. Nobody remembered the quiet of the dawn.',
  ],
  caption: 'Photo: boats in the harbour, credited to someone.',
  code: 'const tide = high;',
};

/** The article's body HTML (also the page the original was saved from). */
export function readerHtml(paragraphs = READER_ARTICLE.paragraphs): string {
  const [p1, p2, p3] = paragraphs.map((p) => `<p>${p}</p>`);
  return (
    `${p1}${p2}<figure><figcaption>${READER_ARTICLE.caption}</figcaption></figure>` +
    `<ul><li>Nets were mended.</li><li>Ropes were coiled.</li></ul><pre><code>${READER_ARTICLE.code}</code></pre>${p3}`
  );
}

/** Saves the reader article through the app's store (from the options page's test hooks); returns its id. */
export async function seedReaderArticle(options: Page, url = 'http://127.0.0.1/harbour', lang = 'en'): Promise<number> {
  const html = readerHtml();
  return options.evaluate(
    async ({ html, title, url, lang }) => {
      const h = (globalThis as any).__offprintData;
      const page =
        `<html><head><title>${title}</title></head><body>` +
        `<article><h1>${title}</h1>${html}</article></body></html>`;
      const { id } = await h.saveArticle({
        url,
        canonicalUrl: null,
        readerable: true,
        kind: 'article',
        title,
        byline: null,
        siteName: 'Harbour News',
        lang,
        excerpt: null,
        publishedTime: null,
        leadImageUrl: null,
        contentHtml: html,
        textContent: html.replace(/<[^>]+>/g, ' '),
        originalGzipBase64: h.toBase64(await h.gzip(page)),
        originalLength: page.length,
      });
      return id;
    },
    { html, title: READER_ARTICLE.title, url, lang },
  );
}

/** Opens the reading view of an article and waits for its body. */
export async function openReader(context: BrowserContext, extensionId: string, id: number): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/reader.html?id=${id}`);
  await page.locator('#article-body p').first().waitFor();
  return page;
}

/** Selects the body text from the start of `from` to the end of `to` (both searched in the body's text). */
export function selectText(page: Page, from: string, to: string): Promise<string> {
  return page.evaluate(
    ({ from, to }) => {
      const body = document.getElementById('article-body')!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const text = nodes.map((n) => n.data).join('');
      const start = text.indexOf(from);
      const end = text.indexOf(to, start) + to.length;
      const point = (at: number, isEnd: boolean) => {
        let acc = 0;
        for (const n of nodes) {
          if (isEnd ? at <= acc + n.data.length : at < acc + n.data.length) return [n, at - acc] as const;
          acc += n.data.length;
        }
        throw new Error('offset outside the body');
      };
      const r = document.createRange();
      r.setStart(...point(start, false));
      r.setEnd(...point(end, true));
      const sel = getSelection()!;
      sel.removeAllRanges();
      sel.addRange(r);
      return sel.toString();
    },
    { from, to },
  );
}

/** The article's highlight rows as stored (real IndexedDB, through the reader page's origin). */
export function storedHighlights(page: Page): Promise<any[]> {
  return page.evaluate(
    () =>
      new Promise((res, rej) => {
        const r = indexedDB.open('offprint');
        r.onsuccess = () => {
          const q = r.result.transaction('highlights').objectStore('highlights').getAll();
          q.onsuccess = () => {
            r.result.close();
            res(q.result);
          };
          q.onerror = () => rej(q.error);
        };
        r.onerror = () => rej(r.error);
      }),
  );
}

/**
 * The text of each range of a CSS custom highlight registered on the page (name without prefix: 'yellow'),
 * without white space: a Range's text has no line break between two blocks where the anchoring text has
 * one, so ranges are compared with quotes by their characters (see `bare`).
 */
export function drawn(page: Page, name: string): Promise<string[]> {
  return page.evaluate(
    (n) =>
      [...((CSS as any).highlights.get(`offprint-${n}`) ?? [])].map((r: Range) => r.toString().replace(/\s+/g, '')),
    name,
  );
}

/** A text without white space, to compare with what `drawn` returns. */
/** Opens the reader's Aa panel (its settings) and waits until it is shown. */
export async function openAaPanel(page: Page): Promise<void> {
  await page.locator('#settings-toggle').click();
  await page.waitForSelector('#reader-settings');
}

export const bare = (s: string) => s.replace(/\s+/g, '');
