import { beforeEach, describe, expect, it } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import { importItems } from '@/utils/data/import/import-items';
import { parseImportFile } from '@/utils/data/import/parse-import-file';
import { saveArticle, updateArticle } from '@/utils/storage/save-article';
import { makeItem } from '@/utils/data/import/import-item';
import { fixtureZip } from '../../../helpers/import-fixtures';
import { JSDOM } from 'jsdom';
import { sanitizeHtml } from '@/utils/extraction/sanitize-html';
import { htmlToText } from '@/utils/extraction/html-to-text';
import { indexText } from '@/utils/highlights/text-index';
import { searchArticles } from '@/utils/search/search-articles';
import { compactSearchIndex } from '@/utils/search/search-index';

// DOMPurify needs a complete DOM (happy-dom lets scripts through), as in the extraction tests.
const win = new JSDOM('').window as unknown as Window & typeof globalThis;
const prepareHtml = (html: string) => {
  const safe = sanitizeHtml(html, win);
  return { html: safe, text: htmlToText(safe, win.document) };
};

let db: OffprintDB;
beforeEach(() => {
  db = new OffprintDB(`import-${crypto.randomUUID()}`);
});
const pocket = () =>
  parseImportFile(fixtureZip('pocket', 'pocket.zip', (p) => p.endsWith('malformed.csv') || p.endsWith('.html')));

describe('importItems', { timeout: 60_000 }, () => {
  it('keeps title, tags, state, saved date and highlights; items without text are link-only', async () => {
    const r = await importItems((await pocket()).items, { db, now: 1_800_000_000_000 });
    expect(r).toMatchObject({ added: 4, merged: 0 });
    expect(r.linkOnlyIds).toHaveLength(4);
    const rivers = (await db.articles.where('url').equals('https://longform.example.net/rivers/').first())!;
    expect(rivers).toMatchObject({
      kind: 'link',
      title: 'A long read about rivers',
      status: 'archived',
      tags: ['nature', 'longreads'],
      savedAt: 1698796800000,
    });
    expect(rivers.importId).toBeUndefined();
    expect(
      (await db.highlights.where('articleId').equals(rivers.id).toArray()).map((h) => [h.quote, h.createdAt]),
    ).toEqual([['Rivers remember every flood.', 1698800000000]]);
  });

  it('merges a URL that appears twice in the export (and with tracking parameters) into one article', async () => {
    await importItems((await pocket()).items, { db });
    const rows = await db.articles.where('site').equals('example.com').toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0].tags).toEqual(['reading', 'tech', 'duplicates']);
    expect(await db.highlights.where('articleId').equals(rows[0].id).count()).toBe(2);
  });

  it('merges into an article already in the library without doubling it, keeping the user’s state, text', async () => {
    const { id } = await saveArticle(
      {
        url: 'https://www.example.com/pocket-shutdown',
        canonicalUrl: null,
        readerable: true,
        kind: 'article',
        title: 'Saved here',
        byline: null,
        siteName: null,
        lang: null,
        excerpt: null,
        publishedTime: null,
        leadImageUrl: null,
        contentHtml: '<p>My saved text</p>',
        textContent: 'My saved text',
        originalGzipBase64: null,
        originalLength: 0,
      },
      db,
    );
    await updateArticle(id, { status: 'archived', tags: ['mine'] }, db);
    const r = await importItems((await pocket()).items, { db });
    expect(r.merged).toBe(1);
    expect(await db.articles.count()).toBe(4);
    const a = (await db.articles.get(id))!;
    expect(a).toMatchObject({
      title: 'Saved here',
      status: 'archived',
      kind: 'article',
      tags: ['mine', 'reading', 'tech', 'duplicates'],
      savedAt: 1714558800000,
    });
    expect((await db.contents.get(id))!.text).toBe('My saved text');
  });

  it('importing the same export twice adds nothing and doubles no highlight', async () => {
    await importItems((await pocket()).items, { db });
    const r = await importItems((await pocket()).items, { db });
    expect(r).toMatchObject({ added: 0, merged: 4 });
    expect(await db.articles.count()).toBe(4);
    expect(await db.highlights.count()).toBe(3);
  });

  it('stores Omnivore content after sanitizing it, as a readable article with its progress', async () => {
    await importItems((await parseImportFile(fixtureZip('omnivore', 'o.zip'))).items, { db, prepareHtml });
    const slow = (await db.articles.where('url').equals('https://slow.example.com/the-slow-web').first())!;
    expect(slow).toMatchObject({ kind: 'article', status: 'archived', progress: 1, byline: 'Ada Writer' });
    const body = (await db.contents.get(slow.id))!;
    expect(body.html).toContain('<strong>The slow web</strong>');
    expect(body.html).not.toMatch(/onclick|<script|alert/);
    expect(body.text).toContain('Third paragraph.');
    expect(slow.wordCount).toBeGreaterThan(10);
    expect((await db.searchTerms.get(slow.id))!.terms).toContain('paragraph');
  });

  it('makes imported highlights real highlights, anchored in the imported text with their selectors', async () => {
    await importItems((await parseImportFile(fixtureZip('omnivore', 'o.zip'))).items, { db, prepareHtml, now: 1234 });
    const slow = (await db.articles.where('url').equals('https://slow.example.com/the-slow-web').first())!;
    const body = (await db.contents.get(slow.id))!;
    const text = indexText(new DOMParser().parseFromString(body.html, 'text/html').body).text;
    const hs = await db.highlights.where('articleId').equals(slow.id).toArray();
    expect(hs.map((h) => h.quote)).toEqual(['The slow web lets us think.', 'The fast web wears us out.']);
    for (const h of hs) {
      expect(h).toMatchObject({ deleted: 0, color: 'yellow', anchor: { contentAt: 1234, found: true } });
      expect(text.slice(h.position!.start, h.position!.end)).toBe(h.quote);
      expect(text.slice(0, h.position!.start).endsWith(h.prefix)).toBe(true);
      expect(text.slice(h.position!.end).startsWith(h.suffix)).toBe(true);
      expect(h.gid).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(hs[0].note).toBe('This is my note on it.');
    expect(body.updatedAt).toBe(1234);
  });

  it('a quote not in the imported text is kept, marked not found; link-only items are anchored later', async () => {
    const items = [
      makeItem({
        url: 'https://q.example.com/a',
        html: '<p>Only this text.</p>',
        highlights: [{ quote: 'Something else entirely', note: null, createdAt: 1 }],
      }),
      makeItem({ url: 'https://q.example.com/b', highlights: [{ quote: 'Later', note: 'n', createdAt: 2 }] }),
    ];
    await importItems(items, { db, prepareHtml, now: 99 });
    const [a, b] = await db.highlights.orderBy('id').toArray();
    expect(a).toMatchObject({
      quote: 'Something else entirely',
      position: null,
      anchor: { contentAt: 99, found: false },
    });
    expect(b).toMatchObject({ quote: 'Later', note: 'n', position: null, anchor: null });
  });

  it('finds a link-only article by its words once a later import brings its text, compacted or not', async () => {
    const url = 'https://later.example.org/glaciers';
    await importItems([makeItem({ url, title: 'Saved for later' })], { db });
    const [row] = await db.articles.toArray();
    expect(row.kind).toBe('link');
    expect((await searchArticles('moraine', 'all', 'newest', db)).ids).toEqual([]);
    const html = '<p>The moraine grew while the glacier retreated up the valley.</p>';
    const r = await importItems([makeItem({ url, title: 'Saved for later', html })], { db, prepareHtml });
    expect(r).toMatchObject({ added: 0, merged: 1 });
    expect((await db.articles.get(row.id))!.kind).toBe('article');
    expect((await searchArticles('moraine glacier', 'all', 'newest', db)).ids).toEqual([row.id]);
    await compactSearchIndex(db);
    expect((await searchArticles('moraine glacier', 'all', 'newest', db)).ids).toEqual([row.id]);
    expect((await searchArticles('saved later', 'all', 'newest', db)).ids).toEqual([row.id]);
  });

  it('a cancelled import removes its rows and restores the articles it had merged into', async () => {
    const { id } = await saveArticle(
      {
        url: 'https://site0.example.com/x',
        canonicalUrl: null,
        readerable: true,
        kind: 'article',
        title: 'Keep me',
        byline: null,
        siteName: null,
        lang: null,
        excerpt: null,
        publishedTime: null,
        leadImageUrl: null,
        contentHtml: '<p>x</p>',
        textContent: 'x',
        originalGzipBase64: null,
        originalLength: 0,
      },
      db,
    );
    const before = await db.articles.toArray();
    const items = Array.from({ length: 700 }, (_, i) =>
      makeItem({ url: `https://site${i % 50}.example.com/${i ? i : 'x'}`, title: `T${i}`, tags: ['imported'] }),
    );
    const ctl = new AbortController();
    const run = importItems(items, { db, signal: ctl.signal, onProgress: (done) => done >= 400 && ctl.abort() });
    await expect(run).rejects.toThrow();
    expect(await db.articles.toArray()).toEqual(before);
    expect(await db.importUndo.count()).toBe(0);
    expect((await db.articles.get(id))!.tags).toEqual([]);
  });
});

describe('interrupted imports', () => {
  it('rolls back an import whose page stopped mid-way once its heartbeat is stale; leaves running ones', async () => {
    const { beatImport, recoverInterruptedImports, IMPORT_STALE_MS } = await import('@/utils/data/import-batch');
    const { id } = await saveArticle(
      {
        url: 'https://keep.example.com/',
        canonicalUrl: null,
        readerable: true,
        kind: 'article',
        title: 'Mine',
        byline: null,
        siteName: null,
        lang: null,
        excerpt: null,
        publishedTime: null,
        leadImageUrl: null,
        contentHtml: '<p>x</p>',
        textContent: 'x',
        originalGzipBase64: null,
        originalLength: 0,
      },
      db,
    );
    const before = await db.articles.toArray();
    // A page died after writing one batch: tagged rows, an undo copy, a heartbeat that stops.
    const { stashForUndo } = await import('@/utils/data/import-batch');
    await db.transaction(
      'rw',
      [db.articles, db.contents, db.originals, db.searchTerms, db.images, db.highlights, db.importUndo],
      async () => {
        await stashForUndo(db, 'import-dead', id);
        await db.articles.put({ ...before[0], tags: ['imported'], importId: 'import-dead' });
        await db.articles.add({
          ...before[0],
          id: undefined as never,
          url: 'https://new.example.com/',
          importId: 'import-dead',
        });
      },
    );
    await beatImport(db, 'import-dead', 1000);
    await beatImport(db, 'import-live', 1000 + IMPORT_STALE_MS);
    expect(await recoverInterruptedImports(db, 1001 + IMPORT_STALE_MS)).toBe(1);
    expect(await db.articles.toArray()).toEqual(before);
    expect(await db.importUndo.count()).toBe(0);
    expect((await db.meta.where('key').startsWith('import:').toArray()).map((m) => m.key)).toEqual([
      'import:import-live',
    ]);
  });

  it('refuses to start while another import runs (nothing written); rolls back a stale one first', async () => {
    const { beatImport, IMPORT_STALE_MS } = await import('@/utils/data/import-batch');
    const items = [makeItem({ url: 'https://one.example.com/a', title: 'One' })];
    await beatImport(db, 'import-other');
    await expect(importItems(items, { db })).rejects.toThrow(
      /Another import or restore is still running.*Nothing was changed/,
    );
    expect(await db.articles.count()).toBe(0);
    await beatImport(db, 'import-other', Date.now() - IMPORT_STALE_MS - 1000); // its page stopped
    expect((await importItems(items, { db })).added).toBe(1);
    expect(await db.meta.where('key').startsWith('import:').count()).toBe(0);
  });
});
