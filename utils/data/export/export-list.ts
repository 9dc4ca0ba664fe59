import Papa from 'papaparse';
import type { Article } from '@/utils/article';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The list as a Netscape bookmarks file (importable by every browser); tags in TAGS, archived ones in a folder. */
export function articlesToBookmarksHtml(articles: Article[]): string {
  const link = (a: Article) =>
    `    <DT><A HREF="${esc(a.originalUrl || a.url)}" ADD_DATE="${Math.floor(a.savedAt / 1000)}" ` +
    `LAST_MODIFIED="${Math.floor(a.updatedAt / 1000)}"${a.tags.length ? ` TAGS="${esc(a.tags.join(','))}"` : ''}>` +
    `${esc(a.title)}</A>`;
  const group = (title: string, list: Article[]) =>
    list.length
      ? [`    <DT><H3>${esc(title)}</H3>`, '    <DL><p>', ...list.map((a) => `    ${link(a)}`), '    </DL><p>']
      : [];
  return [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- This is an automatically generated file. -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Offprint</TITLE>',
    '<H1>Offprint</H1>',
    '<DL><p>',
    ...group(
      'Offprint: unread',
      articles.filter((a) => a.status !== 'archived'),
    ),
    ...group(
      'Offprint: archive',
      articles.filter((a) => a.status === 'archived'),
    ),
    '</DL><p>',
    '',
  ].join('\n');
}

/**
 * The list as CSV (papaparse): one row per article with its state, tags, progress and dates in ISO form.
 * Titles, bylines and tags come from saved pages: a cell starting with = + - @ or a tab is prefixed with
 * a quote mark (escapeFormulae) so a spreadsheet shows it as text instead of running it.
 */
export function articlesToCsv(articles: Article[]): string {
  return Papa.unparse(
    {
      fields: [
        'title',
        'url',
        'site',
        'byline',
        'status',
        'favorite',
        'tags',
        'progress',
        'words',
        'saved_at',
        'updated_at',
        'kind',
        'page_kind',
      ],
      data: articles.map((a) => [
        a.title,
        a.originalUrl || a.url,
        a.site,
        a.byline ?? '',
        a.status,
        a.favorite ? 'yes' : 'no',
        a.tags.join('|'),
        Math.round(a.progress * 100) / 100,
        a.wordCount,
        new Date(a.savedAt).toISOString(),
        new Date(a.updatedAt).toISOString(),
        a.kind,
        a.pageKind ?? (a.kind === 'link' ? '' : 'article'),
      ]),
    },
    { escapeFormulae: true },
  );
}
