import { beforeEach, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { OffprintDB } from '@/utils/storage/db';
import { buildArticle, writeArticle } from '@/utils/storage/write-article';
import { saveArticle } from '@/utils/storage/save-article';
import { importItems } from '@/utils/data/import/import-items';
import { makeItem } from '@/utils/data/import/import-item';
import { toBulkArticle } from '@/utils/data/restore/restore-record';
import { bulkWriteArticles } from '@/utils/storage/bulk-write-articles';
import type { BackupRecord } from '@/utils/data/backup/backup-format';
import { reextractArticle } from '@/utils/storage/reextract-article';
import { gzip, toBase64 } from '@/utils/lib/gzip';
import { makeArticle, makeRow } from '../../helpers/make-article';

let db: OffprintDB;
beforeEach(() => {
  db = new OffprintDB(`write-${crypto.randomUUID()}`);
});

const TEXT = 'Ferries cross the fjord twice a day, weather permitting.';

describe('buildArticle', () => {
  it('derives the site from the URL, the counts from the text, and the terms from both', () => {
    const {
      id: _id,
      site: _s,
      wordCount: _w,
      readingMinutes: _r,
      ...input
    } = makeRow(1, {
      url: 'https://www.north.example/ferries',
      title: 'The ferry timetable',
      byline: 'Ola Nordmann',
      siteName: 'North Post',
    });
    const { row, terms } = buildArticle(input, { html: `<p>${TEXT}</p>`, text: TEXT, updatedAt: 1 });
    expect(row).toMatchObject({ site: 'north.example', wordCount: 9, readingMinutes: 1 });
    expect(terms).toEqual(
      expect.arrayContaining(['ferry', 'timetable', 'north', 'example', 'post', 'ola', 'nordmann', 'fjord', 'weather']),
    );
    expect(terms).not.toContain('the'); // stopword
  });

  it('gives a link without text no words but those of its title, site and byline', () => {
    const { id: _id, site: _s, wordCount: _w, readingMinutes: _r, ...input } = makeRow(1, { title: 'A saved link' });
    const { row, terms } = buildArticle({ ...input, kind: 'link' }, null);
    expect(row).toMatchObject({ wordCount: 0, readingMinutes: 1 });
    expect(terms.sort()).toEqual(['com', 'example', 'link', 'saved']);
  });
});

describe('writeArticle', () => {
  it('drops a stored body when the article is written without one', async () => {
    const { id: _id, ...input } = makeRow(1);
    const { id } = await writeArticle(db, input, { html: '<p>x y</p>', text: 'x y', updatedAt: 1 });
    expect(await db.contents.get(id)).toBeDefined();
    await writeArticle(db, { ...input, id, kind: 'link' }, null);
    expect(await db.contents.get(id)).toBeUndefined();
    expect((await db.articles.get(id))!.wordCount).toBe(0);
  });
});

describe('every write path builds the same row fields and terms for the same article', () => {
  const url = 'https://north.example/ferries';
  const title = 'The ferry timetable';
  const stored = async (db: OffprintDB, id: number) => {
    const row = (await db.articles.get(id))!;
    return {
      site: row.site,
      wordCount: row.wordCount,
      readingMinutes: row.readingMinutes,
      terms: (await db.searchTerms.get(id))!.terms.sort(),
    };
  };

  it('save, import, restore and re-extract agree', async () => {
    const html =
      `<html><head><title>${title}</title></head>` +
      `<body><article><h1>${title}</h1><p>${TEXT}</p></article></body></html>`;
    const saved = await saveArticle(
      makeArticle(url, TEXT, { title, originalGzipBase64: toBase64(await gzip(html)), originalLength: html.length }),
      db,
    );
    const expected = await stored(db, saved.id);
    expect(expected.terms).toEqual(expect.arrayContaining(['ferry', 'fjord']));

    const other = new OffprintDB(`write-${crypto.randomUUID()}`);
    const imported = await importItems([makeItem({ url, title, html: `<p>${TEXT}</p>` })], {
      db: other,
      prepareHtml: (h) => ({ html: h, text: TEXT }),
    });
    const importedId = (await other.articles.toArray())[0].id;
    expect(imported.added).toBe(1);
    expect(await stored(other, importedId)).toEqual(expected);

    const restored = new OffprintDB(`write-${crypto.randomUUID()}`);
    const row = (await db.articles.get(saved.id))!;
    const content = (await db.contents.get(saved.id))!;
    // A backup record whose counts were tampered with: the builder derives them again from the text.
    const record = {
      article: { ...row, wordCount: 99_999, site: 'evil.example' },
      content,
      original: null,
      images: [],
      highlights: [],
    } as unknown as BackupRecord;
    await bulkWriteArticles(restored, [toBulkArticle(record, { original: null, images: [] })], {
      importId: 'import-x',
    });
    expect(await stored(restored, saved.id)).toEqual(expected);

    const parse = (h: string) => new JSDOM(h).window.document;
    expect(await reextractArticle(saved.id, db, Date.now(), parse)).toMatchObject({ ok: true });
    expect(await stored(db, saved.id)).toEqual(expected);
  });
});
