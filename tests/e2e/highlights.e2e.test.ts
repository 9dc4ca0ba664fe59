import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { launch, type Launched } from './launch';
import { download, openOptions } from './pages/options';
import { epubcheck } from '../helpers/epubcheck';
import {
  bare,
  drawn,
  openReader,
  READER_ARTICLE,
  readerHtml,
  seedReaderArticle,
  selectText,
  storedHighlights,
} from './pages/reader';

let browser: Launched;
let options: Page;
let id: number;
let reader: Page;

beforeAll(async () => {
  browser = await launch();
  options = await openOptions(browser.context, browser.extensionId);
  id = await seedReaderArticle(options);
  reader = await openReader(browser.context, browser.extensionId, id);
});
afterAll(async () => {
  await browser?.close();
});

const live = async () => (await storedHighlights(reader)).filter((h) => !h.deleted);

describe('highlights in the reader (real Chromium)', () => {
  it('highlights a selection across two paragraphs from the toolbar, drawn as a CSS custom highlight', async () => {
    const selected = await selectText(reader, 'the gulls were silent', 'ferry came in');
    expect(selected).toMatch(/silent\.\s*Later/);
    const toolbar = reader.getByRole('toolbar', { name: 'Selection' });
    await toolbar.waitFor();
    await expect(toolbar.getByRole('radiogroup', { name: 'Colour' }).getByRole('radio').count()).resolves.toBe(4);
    await toolbar.getByRole('radio', { name: 'Green' }).check();
    await toolbar.getByRole('button', { name: 'Highlight', exact: true }).click();
    await expect.poll(async () => (await live()).length).toBe(1);
    const [h] = await live();
    expect(h).toMatchObject({ articleId: id, color: 'green', deleted: 0, note: null });
    expect(h.quote).toMatch(/^the gulls were silent\.\s*Later, the harbour filled with noise as the ferry came in$/);
    expect(h.gid).toMatch(/^[0-9a-f-]{36}$/);
    expect(h.prefix).toMatch(/Fishing boats lay at anchor and $/);
    expect(h.suffix).toMatch(/^\. Dr\. Smith/);
    await expect.poll(() => drawn(reader, 'green')).toEqual([bare(h.quote)]);
    // The stored article DOM is unchanged: no <mark> was written into it.
    expect(await reader.locator('#article-body mark').count()).toBe(0);
    expect(await reader.evaluate(() => getSelection()!.isCollapsed)).toBe(true);
  });

  it('n highlights the selection and opens its note; Enter is a new line, Ctrl+Enter saves', async () => {
    await selectText(reader, 'market had opened', 'opened');
    await reader.keyboard.press('n');
    const note = reader.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox', { name: 'Note' });
    await note.waitFor();
    await expect(note).toBeDefined();
    await note.type('First line');
    await reader.keyboard.press('Enter');
    await note.type('second line');
    await reader.keyboard.press('Control+Enter');
    await expect
      .poll(async () => (await live()).find((h) => h.quote === 'market had opened')?.note)
      .toBe('First line\nsecond line');
    // The last colour chosen (green) is used.
    expect((await live()).find((h) => h.quote === 'market had opened')?.color).toBe('green');
  });

  it('h highlights with the keyboard', async () => {
    await selectText(reader, 'Nets were mended', 'mended');
    await reader.keyboard.press('h');
    await expect.poll(async () => (await live()).map((h) => h.quote)).toContain('Nets were mended');
  });

  it('after a reload the highlights are drawn again and the panel lists them in reading order with notes', async () => {
    await reader.reload();
    await reader.locator('#article-body p').first().waitFor();
    await expect.poll(async () => (await drawn(reader, 'green')).length).toBe(3);
    await reader.getByRole('button', { name: /^Highlights/ }).click();
    const panel = reader.getByRole('region', { name: 'Highlights' });
    await panel.waitFor();
    const items = panel.locator('li.hl-item');
    await expect(items.count()).resolves.toBe(3);
    const texts = await items.allInnerTexts();
    expect(texts[0]).toMatch(/the gulls were silent/);
    expect(texts[1]).toMatch(/Nets were mended/);
    expect(texts[2]).toMatch(/market had opened[\s\S]*First line\nsecond line/);
  });

  it('clicking a highlight in the text opens it: recolour, add, edit, delete its note, remove with Undo', async () => {
    const box = await reader.evaluate(() => {
      const r = [...(CSS as any).highlights.get('offprint-green')].find(
        (r: Range) => r.toString() === 'Nets were mended',
      );
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await reader.mouse.click(box.x, box.y);
    const editor = reader.getByRole('dialog', { name: 'Highlight' });
    await editor.waitFor();
    await editor.getByRole('radio', { name: 'Pink' }).check();
    await expect.poll(() => drawn(reader, 'pink')).toEqual([bare('Nets were mended')]);
    // Its note: add one, edit it, delete it, from the same place.
    const noteOf = async () => (await storedHighlights(reader)).find((h) => h.quote === 'Nets were mended')?.note;
    await editor.getByRole('button', { name: 'Add note' }).click();
    await editor.getByRole('textbox', { name: 'Note' }).fill('first thought');
    await editor.getByRole('textbox', { name: 'Note' }).press('Control+Enter');
    await expect.poll(noteOf).toBe('first thought');
    await editor.getByRole('button', { name: 'Edit note' }).click();
    await editor.getByRole('textbox', { name: 'Note' }).fill('second thought');
    await editor.getByRole('textbox', { name: 'Note' }).press('Control+Enter');
    await expect.poll(noteOf).toBe('second thought');
    await editor.getByRole('button', { name: 'Delete note' }).click();
    await expect.poll(noteOf).toBeNull();
    await editor.getByRole('button', { name: 'Add note' }).waitFor();
    await editor.getByRole('button', { name: 'Remove highlight' }).click();
    await expect.poll(() => drawn(reader, 'pink')).toEqual([]);
    const row = (await storedHighlights(reader)).find((h) => h.quote === 'Nets were mended');
    expect(row).toMatchObject({ deleted: 1 });
    await reader.locator('#notice').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => drawn(reader, 'pink')).toEqual([bare('Nets were mended')]);
    const back = (await storedHighlights(reader)).find((h) => h.quote === 'Nets were mended');
    expect(back).toMatchObject({ deleted: 0, gid: row.gid });
    expect(back.updatedAt).toBeGreaterThan(row.updatedAt);
  });

  it('re-extracting slightly changed text re-anchors the highlights, keeps the lost one as not found', async () => {
    // The saved original page changes a little (as a new extractor would give slightly different text):
    // the first paragraph gains words before the highlight, the third loses the highlighted sentence.
    const paragraphs = [
      'Very early, the harbour was quiet that morning. Fishing boats lay at anchor and the gulls were silent.',
      READER_ARTICLE.paragraphs[1],
      'By midday the stalls were busy. Nobody remembered the quiet of the dawn.',
    ];
    await options.evaluate(
      async ({ id, html, title }) => {
        const h = (globalThis as any).__offprintData;
        const page =
          `<html><head><title>${title}</title></head><body>` +
          `<article><h1>${title}</h1>${html}</article></body></html>`;
        await h.getDb().originals.put({ id, gzip: await h.gzip(page), length: page.length, savedAt: Date.now() });
      },
      { id, html: readerHtml(paragraphs), title: READER_ARTICLE.title },
    );
    await reader.getByRole('button', { name: 'Re-extract' }).click();
    await expect.poll(() => reader.locator('#article-body').innerText()).toMatch(/Very early/);
    await expect
      .poll(() => drawn(reader, 'green'))
      .toEqual([bare((await live()).find((h) => /gulls/.test(h.quote)).quote)]);
    await expect.poll(() => drawn(reader, 'pink')).toEqual([bare('Nets were mended')]);
    const panel = reader.getByRole('region', { name: 'Highlights' });
    await expect
      .poll(() => panel.innerText())
      .toMatch(/Not found in the current text \(1\)[\s\S]*market had opened[\s\S]*First line/);
    // Kept, never dropped.
    expect((await live()).map((h) => h.quote).sort()).toEqual(
      expect.arrayContaining(['Nets were mended', 'market had opened']),
    );
    const lost = (await live()).find((h) => h.quote === 'market had opened');
    expect(lost.anchor.found).toBe(false);
  });

  it('clicking a highlight in the panel scrolls to it', async () => {
    await reader.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await reader.setViewportSize({ width: 900, height: 300 });
    const panel = reader.getByRole('region', { name: 'Highlights' });
    await panel.getByRole('button', { name: /^the gulls were silent/ }).click();
    await expect
      .poll(() =>
        reader.evaluate(() => {
          const r = [...(CSS as any).highlights.get('offprint-green')][0].getBoundingClientRect();
          return r.top >= 0 && r.top < innerHeight;
        }),
      )
      .toBe(true);
  });

  it('library: row count, has:highlights, a phrase in a note, the Highlights tab opening at one', async () => {
    const { context, extensionId } = browser;
    const lib = await context.newPage();
    await lib.setViewportSize({ width: 1000, height: 700 });
    await lib.goto(`chrome-extension://${extensionId}/library.html`);
    await lib.locator('[data-view="all"]').click();
    const row = lib.locator(`.item[data-id="${id}"]`);
    await expect.poll(() => row.locator('.item-highlights').textContent()).toBe('✎ 3 highlights');
    const search = lib.getByRole('searchbox');
    await search.fill('has:highlights');
    await expect.poll(() => lib.locator('#count').textContent()).toMatch(/^1 article/);
    await search.fill('"second line"'); // words of a note, as a phrase
    await expect.poll(() => lib.locator('.item-title').allTextContents()).toEqual([READER_ARTICLE.title]);

    await lib.getByRole('tab', { name: 'Highlights' }).click();
    const entries = lib.locator('.hl-entry');
    await expect.poll(() => entries.count()).toBe(1); // the query stays: the highlight whose note has it
    await expect(entries.first().locator('.hl-entry-quote').textContent()).resolves.toBe('market had opened');
    await search.fill('');
    await expect.poll(() => entries.count()).toBe(3);
    await expect(lib.locator('.hl-entry-title').first().textContent()).resolves.toBe(READER_ARTICLE.title);
    // A short window, and a saved reading position at the end: the reader lands on the highlight all the same.
    await lib.setViewportSize({ width: 900, height: 220 });
    await lib.getByRole('button', { name: /^Nets were mended\. Open in/ }).click();
    await lib.waitForURL(/reader\.html\?id=\d+&highlight=[0-9a-f-]{36}/);
    await lib.locator('#article-body p').first().waitFor();
    await expect
      .poll(
        () =>
          lib.evaluate(() => {
            const r = [...((CSS as any).highlights.get('offprint-pink') ?? [])][0]?.getBoundingClientRect();
            return !!r && r.top >= 0 && r.bottom <= innerHeight && scrollY > 0;
          }),
        { timeout: 10_000 },
      )
      .toBe(true);
    await lib.close();
  });

  it('the reader exports Markdown and EPUB files that carry the highlights and notes (downloads)', async () => {
    await reader.bringToFront();
    await reader.locator('#reader-export summary').click();
    const md = await download(reader, '#export-article-markdown');
    expect(md.name).toBe('the-harbour-at-dawn.md');
    const text = fs.readFileSync(md.path, 'utf8');
    expect(text).toMatch(/^---\ntitle: "The harbour at dawn"\n/);
    const section = text.slice(text.indexOf('\n## Highlights\n'));
    // Reading order (anchored ones first), each quote a blockquote followed by its note; the one not found
    // in the current text is exported all the same.
    expect(section).toMatch(
      new RegExp(
        /^\n## Highlights\n\n> the gulls were silent\.\n(>\n)?> Later, the harbour filled with noise as the ferry /
          .source + /came in\n\n> Nets were mended\n\n> market had opened\n\nFirst line\nsecond line\n$/.source,
      ),
    );

    const epub = await download(reader, '#export-article-epub');
    expect(epub.name).toBe('the-harbour-at-dawn.epub');
    const files = unzipSync(new Uint8Array(fs.readFileSync(epub.path)));
    const chapter = strFromU8(files[Object.keys(files).find((f) => /^OEBPS\/a\d+\.xhtml$/.test(f))!]);
    const byQuote = (q: string) => live().then((l) => l.find((h) => h.quote === q)!);
    const nets = await byQuote('Nets were mended');
    // Marked in the text where they are found, linked from the list at the end, with the note.
    expect(chapter).toContain(`<li><mark id="hl-a${id}-h${nets.id}">Nets were mended</mark>.</li>`);
    expect(chapter).toMatch(/<mark id="hl-a\d+-h\d+">the gulls were silent\.<\/mark>/);
    const list = chapter.slice(chapter.indexOf('<section class="highlights">'));
    expect(list).toMatch(/<h2>Highlights<\/h2>/);
    expect(list).toMatch(/market had opened<\/p><\/blockquote><p class="note">First line<br\/>second line<\/p>/);
    expect(list).toMatch(/\(not found in the current text\)/);
    // EPUBCheck goes by the file's extension: check a copy under the downloaded name.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offprint-hl-epub-'));
    const file = path.join(dir, epub.name);
    fs.copyFileSync(epub.path, file);
    const check = epubcheck(file);
    fs.rmSync(dir, { recursive: true, force: true });
    expect(check.report).toMatch(/No errors or warnings detected/);
    expect(check.status).toBe(0);
  }, 120_000);
});
