import Papa from 'papaparse';
import type { Article, Highlight } from '@/utils/article';
import { getDb, type OffprintDB } from '@/utils/storage/db';
import { createZipWriter } from '@/utils/lib/zip-writer';
import { throwIfAborted, type Progress } from '@/utils/data/backup/export-backup';
import { slugify } from './export-markdown';

const yaml = (v: string) => JSON.stringify(v); // JSON strings are valid YAML scalars

/** Highlights in reading order: anchored ones by position, then the rest by date. */
export function readingOrder(list: Highlight[]): Highlight[] {
  return [...list]
    .filter((h) => !h.deleted)
    .sort(
      (a, b) =>
        (a.anchor?.found !== false && a.position ? a.position.start : Infinity) -
          (b.anchor?.found !== false && b.position ? b.position.start : Infinity) || a.createdAt - b.createdAt,
    );
}

/** Text made safe inside Markdown: characters that would start formatting are escaped. */
export function mdEscape(s: string): string {
  return s.replace(/([\\`*_[\]<>])/g, '\\$1').replace(/^(\s*)([#+\-=|]|\d+\.)(?=\s)/gm, '$1\\$2');
}

/** A quote as a Markdown blockquote (one `>` line per line of text). */
const blockquote = (quote: string) =>
  quote
    .trim()
    .split(/\s*\n\s*/)
    .map((line) => `> ${mdEscape(line)}`)
    .join('\n>\n');

/** The "Highlights" section that follows an article in Markdown: each quote as a blockquote, then its note. */
export function highlightsSection(list: Highlight[], heading = '## Highlights'): string {
  const live = readingOrder(list);
  if (!live.length) return '';
  const items = live.map((h) => [blockquote(h.quote), ...(h.note ? ['', mdEscape(h.note)] : [])].join('\n'));
  return `${heading}\n\n${items.join('\n\n')}\n`;
}

/**
 * One article's highlights alone, as Obsidian and Logseq import them: YAML front matter (title, url,
 * site, saved, tags), the title, then each quote as a blockquote followed by its note.
 */
export function highlightsToMarkdown(article: Article, list: Highlight[]): string {
  const front = [
    '---',
    `title: ${yaml(article.title)}`,
    `url: ${yaml(article.originalUrl || article.url)}`,
    `site: ${yaml(article.siteName || article.site)}`,
    `saved: ${new Date(article.savedAt).toISOString()}`,
    `tags: [${article.tags.map(yaml).join(', ')}]`,
    '---',
    '',
  ];
  const section = highlightsSection(list, '## Highlights') || '_No highlights._\n';
  return `${front.join('\n')}\n# ${mdEscape(article.title)}\n\n${section}`;
}

/** The live highlights of some articles, by article id, read a page at a time. */
async function highlightsOf(db: OffprintDB, ids: number[]): Promise<Map<number, Highlight[]>> {
  const by = new Map<number, Highlight[]>();
  for (let i = 0; i < ids.length; i += 500)
    for (const h of await db.highlights
      .where('articleId')
      .anyOf(ids.slice(i, i + 500))
      .toArray())
      if (!h.deleted) by.set(h.articleId, [...(by.get(h.articleId) ?? []), h]);
  return by;
}

/** Highlights only, one Markdown file per article that has some (`<slug>.md`), in one zip. Null when none has any. */
export async function exportHighlightsMarkdownZip(
  ids: number[],
  opts: { db?: OffprintDB; signal?: AbortSignal; onProgress?: Progress } = {},
): Promise<{ blob: Blob; files: number } | null> {
  const db = opts.db ?? getDb();
  const by = await highlightsOf(db, ids);
  const zip = createZipWriter();
  const used = new Set<string>();
  let files = 0;
  for (const [i, id] of ids.entries()) {
    throwIfAborted(opts.signal);
    const list = by.get(id);
    const article = list?.length ? await db.articles.get(id) : undefined;
    if (article && list) {
      let slug = slugify(article.title);
      for (let n = 2; used.has(slug); n++) slug = `${slugify(article.title)}-${n}`;
      used.add(slug);
      zip.addText(`${slug}.md`, highlightsToMarkdown(article, list));
      files++;
    }
    opts.onProgress?.(i + 1, ids.length);
  }
  return files ? { blob: await zip.finish(), files } : null;
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab or CR first) with a leading quote, as OWASP
 * advises. (Papa's escapeFormulae misses cells with a line break: its pattern's `.` stops at one.)
 */
export const formulaSafe = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);

/**
 * Every highlight of some articles as CSV, one row each (article, quote, note, colour, dates). Cells that
 * a spreadsheet would run as a formula (=, +, -, @ first) are escaped with a leading quote.
 */
export async function exportHighlightsCsv(
  ids: number[],
  db: OffprintDB = getDb(),
): Promise<{ csv: string; rows: number }> {
  const by = await highlightsOf(db, ids);
  const articles = new Map((await db.articles.bulkGet([...by.keys()])).flatMap((a) => (a ? [[a.id, a] as const] : [])));
  const data: string[][] = [];
  for (const id of ids) {
    const a = articles.get(id);
    if (!a) continue;
    for (const h of readingOrder(by.get(id) ?? []))
      data.push([
        a.title,
        a.originalUrl || a.url,
        a.site,
        h.quote,
        h.note ?? '',
        h.color,
        new Date(h.createdAt).toISOString(),
        new Date(h.updatedAt).toISOString(),
        a.tags.join('|'),
        h.gid,
      ]);
  }
  const csv = Papa.unparse({
    fields: ['article_title', 'url', 'site', 'quote', 'note', 'color', 'created_at', 'updated_at', 'tags', 'id'],
    data: data.map((row) => row.map(formulaSafe)),
  });
  return { csv, rows: data.length };
}
