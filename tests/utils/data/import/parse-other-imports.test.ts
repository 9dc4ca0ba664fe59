import { describe, expect, it } from 'vitest';
import { parseInstapaperCsv } from '@/utils/data/import/parse-instapaper-csv';
import { parseBookmarksHtml } from '@/utils/data/import/parse-bookmarks-html';
import { parseUrlList } from '@/utils/data/import/parse-url-list';
import { markdownToPlain, parseHighlightsMd } from '@/utils/data/import/parse-omnivore';
import { parseImportFile } from '@/utils/data/import/parse-import-file';
import { FIXTURES, fixtureFile, fixtureZip } from '../../../helpers/import-fixtures';

describe('parseInstapaperCsv', () => {
  const { items, problems } = parseInstapaperCsv(FIXTURES['instapaper/instapaper-export.csv'], 'i.csv');
  it('maps folders: Archive → archived, Starred → favourite, a custom folder → tag', () => {
    expect(items.map((i) => [i.url.split('/').pop(), i.status, i.favorite, i.tags])).toEqual([
      ['on-attention', 'unread', false, []],
      ['on-boredom', 'archived', false, ['philosophy', 'essays']],
      ['favourite', 'unread', true, []],
      ['bread', 'unread', false, ['food', 'cooking']],
    ]);
  });
  it('keeps the Selection as a highlight dated by Timestamp', () => {
    expect(items[1].highlights).toEqual([
      { quote: 'Boredom is the gateway to curiosity.', note: null, createdAt: 1690000000000 },
    ]);
    expect(items[1].savedAt).toBe(1690000000000);
  });
  it('reports malformed rows by line', () => {
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [6, '"not-a-url" is not a web address'],
      [7, 'Timestamp "last week" is not a date in seconds'],
      [8, 'Tags [philosophy is not a JSON list'],
    ]);
  });
});

describe('Omnivore export', () => {
  it('reads metadata, labels, state, progress, content and highlights; reports items without URL', async () => {
    const parsed = await parseImportFile(fixtureZip('omnivore', 'omnivore-export.zip'));
    expect(parsed.source).toBe('omnivore');
    expect(parsed.items.map((i) => [i.title, i.status, i.tags, i.progress, i.savedAt, !!i.html])).toEqual([
      ['The slow web', 'archived', ['web', 'essays'], 1, Date.parse('2024-03-01T10:00:00.000Z'), true],
      ['Newsletter issue 42', 'unread', ['newsletters'], 0.355, Date.parse('2024-04-10T07:30:00.000Z'), true],
      ['A link without content', 'unread', [], 0, Date.parse('2024-05-01T12:00:00.000Z'), false],
    ]);
    expect(parsed.items[0]).toMatchObject({ byline: 'Ada Writer', excerpt: 'Why slower can be better.' });
    expect(parsed.items[0].highlights.map((h) => [h.quote, h.note])).toEqual([
      ['The slow web lets us think.', 'This is my note on it.'],
      ['The fast web wears us out.', null],
    ]);
    expect(parsed.problems).toEqual([
      { file: 'metadata_0_to_3.json', line: 4, message: 'item 4: "" is not a web address' },
    ]);
  });
  it('reads highlight blocks from markdown', () => {
    expect(parseHighlightsMd('> one\n> two\n\nnote', 5)).toEqual([{ quote: 'one\ntwo', note: 'note', createdAt: 5 }]);
  });

  it('keeps a quote as the article shows it (Markdown emphasis, links and escapes removed)', () => {
    expect(markdownToPlain('The **slow** web, _said_ [Ada](https://a.example) \\*twice\\* in `code`.')).toBe(
      'The slow web, said Ada *twice* in code.',
    );
    expect(markdownToPlain('snake_case_name and 2 * 3 * 4')).toBe('snake_case_name and 2 * 3 * 4');
  });
});

describe('parseBookmarksHtml', () => {
  it('turns Chrome folders into tags, skipping the browser’s own root folders and bookmarklets', () => {
    const { items, problems } = parseBookmarksHtml(FIXTURES['bookmarks/chrome.html']);
    expect(items.map((i) => [i.url, i.title, i.tags, i.savedAt])).toEqual([
      ['https://docs.example.com/guide', 'The guide', [], 1700000100000],
      ['https://essays.example.com/on-attention', 'On attention', ['reading'], 1700000250000],
      ['https://science.example.org/stars', 'Stars', ['reading', 'science'], 1700000280000],
      ['https://misc.example.net/', 'Misc', [], 1700000600000],
    ]);
    expect(problems).toEqual([
      {
        file: 'bookmarks.html',
        line: 4,
        message: 'bookmark 4: "javascript:void(document.title)" is not a web address',
      },
    ]);
  });
  it('reads Firefox’s TAGS attribute and skips place: queries', async () => {
    const parsed = await parseImportFile(fixtureFile('bookmarks/firefox.html'));
    expect(parsed.items.map((i) => [i.url, i.tags])).toEqual([
      ['https://recipes.example.com/bread', ['cooking', 'food', 'baking']],
      ['https://www.mozilla.org/en-US/firefox/central/', []],
    ]);
    expect(parsed.problems).toHaveLength(1);
  });
});

describe('parseUrlList', () => {
  it('keeps web addresses, ignores comments and blanks, reports the rest by line', () => {
    const { items, problems } = parseUrlList(FIXTURES['urls/urls.txt'], 'urls.txt');
    expect(items.map((i) => i.url)).toEqual([
      'https://one.example.com/article',
      'https://two.example.org/post?id=7&utm_medium=email',
      'https://one.example.com/article#section',
    ]);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [5, '"just some words" is not a web address'],
      [6, '"ftp://files.example.com/file.txt" is not a web address'],
    ]);
  });
  it('refuses a file with no addresses at all', async () => {
    await expect(parseImportFile(new File(['hello\nworld'], 'notes.txt'))).rejects.toThrow(/no web addresses/);
  });
});
