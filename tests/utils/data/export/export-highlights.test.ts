// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import Papa from 'papaparse';
import { OffprintDB } from '@/utils/storage/db';
import { saveArticle, updateArticle } from '@/utils/storage/save-article';
import { completeHighlight } from '@/utils/highlights/complete-highlight';
import {
  exportHighlightsCsv,
  exportHighlightsMarkdownZip,
  highlightsToMarkdown,
  mdEscape,
} from '@/utils/data/export/export-highlights';
import { exportMarkdownZip } from '@/utils/data/export/export-markdown';
import { openZip } from '@/utils/lib/zip-reader';
import { extracted } from '../../../helpers/seed-library';

const win = new JSDOM('').window as unknown as Window & typeof globalThis;
let db: OffprintDB;

beforeAll(async () => {
  db = new OffprintDB(`hl-export-${crypto.randomUUID()}`);
  await saveArticle(await extracted(1, { title: 'With highlights' }), db, 1_780_000_000_000);
  await saveArticle(await extracted(2, { title: 'Without' }), db);
  await updateArticle(1, { tags: ['reading', 'a "quoted" tag'] }, db);
  const add = (quote: string, extra = {}) => db.highlights.add(completeHighlight({ articleId: 1, quote, ...extra }));
  await add('Second paragraph with a link.', {
    position: { start: 30, end: 59 },
    note: '=HYPERLINK("http://evil")\nsecond line',
    createdAt: 2,
    color: 'pink',
  });
  await add('Paragraph one of article 1.', { position: { start: 0, end: 27 }, note: null, createdAt: 3 });
  await add('Deleted one', { deleted: 1, createdAt: 4 });
  await add('*Never anchored* quote', { createdAt: 1 });
});

describe('Markdown with highlights', () => {
  it('adds a Highlights section after the article: quotes in reading order, each followed by its note', async () => {
    const md = await (await openZip(await exportMarkdownZip([1], { db, win }))).text('with-highlights.md');
    const [body, section] = md.split('\n## Highlights\n\n');
    expect(body).toContain('Second paragraph with [a link](https://example.org/1).');
    expect(section).toBe(
      [
        '> Paragraph one of article 1.',
        '',
        '> Second paragraph with a link.',
        '',
        '=HYPERLINK("http://evil")',
        'second line',
        '',
        '> \\*Never anchored\\* quote',
        '',
      ].join('\n'),
    );
    expect(md).not.toContain('Deleted one');
  });

  it('writes highlights alone, one file per article with some, with front matter Obsidian, Logseq read', async () => {
    const out = (await exportHighlightsMarkdownZip([1, 2], { db }))!;
    expect(out.files).toBe(1);
    const zip = await openZip(out.blob);
    expect([...zip.entries.keys()]).toEqual(['with-highlights.md']);
    const md = await zip.text('with-highlights.md');
    expect(md.split('\n').slice(0, 9)).toEqual([
      '---',
      'title: "With highlights"',
      'url: "https://news.example.org/story/1?utm_source=feed"',
      'site: "Example News"',
      'saved: 2026-05-28T20:26:40.000Z',
      'tags: ["reading", "a \\"quoted\\" tag"]',
      '---',
      '',
      '# With highlights',
    ]);
    expect(md).toContain('## Highlights\n\n> Paragraph one of article 1.\n\n> Second paragraph');
    expect(await exportHighlightsMarkdownZip([2], { db })).toBeNull();
  });

  it('quotes over several lines stay one blockquote, and Markdown characters are escaped', () => {
    const a = { title: 'T', originalUrl: 'u', url: 'u', site: 's', siteName: null, savedAt: 0, tags: [] } as never;
    const md = highlightsToMarkdown(a, [completeHighlight({ articleId: 1, quote: 'one\n\n  two # three' })]);
    expect(md).toContain('> one\n>\n> two # three');
    expect(mdEscape('# a _b_ [c](d) <e>\n- f\n1. g')).toBe('\\# a \\_b\\_ \\[c\\](d) \\<e\\>\n\\- f\n\\1. g');
  });
});

describe('CSV of highlights', () => {
  it('has one row per live highlight with its article, and escapes what a spreadsheet would run', async () => {
    const { csv, rows } = await exportHighlightsCsv([1, 2], db);
    expect(rows).toBe(3);
    const data = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(data.map((r) => r.quote)).toEqual([
      'Paragraph one of article 1.',
      'Second paragraph with a link.',
      '*Never anchored* quote',
    ]);
    expect(data[1]).toMatchObject({
      article_title: 'With highlights',
      url: 'https://news.example.org/story/1?utm_source=feed',
      note: '\'=HYPERLINK("http://evil")\nsecond line',
      color: 'pink',
      created_at: '1970-01-01T00:00:00.002Z',
      tags: 'reading|a "quoted" tag',
    });
    expect(data[1].id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
