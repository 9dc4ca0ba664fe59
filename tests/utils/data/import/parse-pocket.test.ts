import { describe, expect, it } from 'vitest';
import { parsePocketCsv } from '@/utils/data/import/parse-pocket-csv';
import { parsePocketHtml } from '@/utils/data/import/parse-pocket-html';
import { parsePocketAnnotations } from '@/utils/data/import/parse-pocket-annotations';
import { parseImportFile } from '@/utils/data/import/parse-import-file';
import { FIXTURES, fixtureFile, fixtureZip } from '../../../helpers/import-fixtures';

describe('parsePocketCsv', () => {
  it('reads title, url, saved date (epoch seconds), |-separated tags and status by header name', () => {
    const { items, problems } = parsePocketCsv(FIXTURES['pocket/part_000000.csv']);
    expect(problems).toEqual([]);
    expect(items.map((i) => [i.title, i.url, i.savedAt, i.tags, i.status])).toEqual([
      [
        'How the Pocket shutdown changed reading',
        'https://www.example.com/pocket-shutdown?utm_source=pocket_saves',
        1714558800000,
        ['reading', 'tech'],
        'unread',
      ],
      [
        'Quotes, commas and "escapes" in titles',
        'https://blog.example.org/posts/escapes',
        1704067200000,
        [],
        'archived',
      ],
      [
        'A long read about rivers',
        'https://longform.example.net/rivers/',
        1698796800000,
        ['nature', 'longreads'],
        'archived',
      ],
    ]);
  });

  it('reads a part without the cursor column, with columns in another order', () => {
    const { items } = parsePocketCsv(FIXTURES['pocket/part_000001.csv']);
    expect(items[0]).toMatchObject({
      url: 'https://news.example.com/2024/city-budget',
      title: 'City budget passes after long night',
      status: 'unread',
      savedAt: 1717200000000,
      tags: ['politics'],
    });
  });

  it('reports malformed rows by line and keeps the good ones', () => {
    const { items, problems } = parsePocketCsv(FIXTURES['pocket/malformed.csv'], 'malformed.csv');
    expect(items.map((i) => i.url)).toEqual(['https://ok.example.com/a', 'https://ok.example.com/e']);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [3, '"" is not a web address'],
      [4, '"javascript:alert(1)" is not a web address'],
      [5, 'time_added "yesterday" is not a date in seconds'],
      [6, 'unknown status "deleted"'],
      [7, expect.stringMatching(/Too few fields/)],
    ]);
  });

  it('says when a CSV has no url column', () => {
    expect(parsePocketCsv('a,b\n1,2').problems[0].message).toMatch(/not a Pocket CSV/);
  });
});

describe('parsePocketHtml (ril_export.html)', () => {
  it('reads unread and archived sections with dates and comma tags, reporting non-web links', () => {
    const { items, problems } = parsePocketHtml(FIXTURES['pocket/ril_export.html']);
    expect(items.map((i) => [i.url, i.title, i.status, i.savedAt, i.tags])).toEqual([
      ['https://www.example.com/old-unread', 'An old unread article', 'unread', 1420070400000, ['misc', 'later']],
      ['http://example.org/no-tags', 'No tags here', 'unread', 1420156800000, []],
      ['https://www.example.com/finished', 'Finished long ago', 'archived', 1388534400000, ['done']],
    ]);
    expect(problems).toEqual([
      { file: 'ril_export.html', line: 3, message: 'link 3: "mailto:someone@example.com" is not a web address' },
    ]);
  });
});

describe('parsePocketAnnotations', () => {
  it('maps highlights (quote + date) to normalized URLs', () => {
    const { byUrl } = parsePocketAnnotations(FIXTURES['pocket/annotations/part_000000.json']);
    expect(byUrl.get('https://www.example.com/pocket-shutdown')).toEqual([
      { quote: "Nothing you save should be hostage to a company's roadmap.", note: null, createdAt: 1714560000000 },
      { quote: 'Export early, export often.', note: null, createdAt: 1714560600000 },
    ]);
  });
  it('reports a file that is not JSON', () => {
    expect(parsePocketAnnotations('{', 'a.json').problems).toEqual([
      { file: 'a.json', line: 0, message: 'not valid JSON; its highlights were skipped' },
    ]);
  });
});

describe('Pocket export zip', () => {
  it('reads every part_*.csv and attaches annotations by URL (tracking parameters ignored)', async () => {
    const parsed = await parseImportFile(
      fixtureZip('pocket', 'pocket.zip', (p) => p.endsWith('malformed.csv') || p.endsWith('.html')),
    );
    expect(parsed.source).toBe('pocket');
    expect(parsed.items).toHaveLength(5);
    const shutdown = parsed.items.filter((i) => i.url.includes('pocket-shutdown'));
    expect(shutdown[0].highlights.map((h) => h.quote)).toEqual([
      "Nothing you save should be hostage to a company's roadmap.",
      'Export early, export often.',
    ]);
    expect(parsed.items.find((i) => i.url.includes('rivers'))!.highlights).toHaveLength(1);
  });

  it('detects a lone part CSV and ril_export.html by content', async () => {
    expect((await parseImportFile(fixtureFile('pocket/part_000000.csv'))).source).toBe('pocket');
    expect((await parseImportFile(fixtureFile('pocket/ril_export.html'))).items).toHaveLength(3);
  });

  it('rejects a zip that is no known export, naming the accepted formats', async () => {
    await expect(parseImportFile(fixtureZip('urls', 'other.zip'))).rejects.toThrow(
      /neither a Pocket nor an Omnivore export.*Offprint imports Pocket/,
    );
  });
});
