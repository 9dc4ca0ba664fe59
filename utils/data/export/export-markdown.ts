import TurndownService from 'turndown';
import type { Article, ArticleImage, Highlight } from '@/utils/article';
import { highlightsSection } from './export-highlights';
import { readExportArticle } from './read-export-article';
import { getDb, type OffprintDB } from '@/utils/storage/db';
import { imageExt } from '@/utils/data/backup/backup-format';
import { createZipWriter } from '@/utils/lib/zip-writer';
import { throwIfAborted, type Progress } from '@/utils/data/backup/export-backup';
import { sanitizeHtml } from '@/utils/extraction/sanitize-html';

/** A file-name-safe slug of a title (letters and digits of any script, dashes), at most 60 characters. */
export function slugify(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s.slice(0, 60).replace(/-+$/, '') || 'article';
}

const yaml = (v: string) => JSON.stringify(v); // JSON strings are valid YAML scalars

/** Links a Markdown file may keep: web, mail, in-page and relative (stored images alongside). */
const SAFE_HREF = /^(?:https?:|mailto:|#|[\w-]+\/[\w.-]+$)/i;

/** Turndown set up so text stays text: `<` and `>` are escaped (Turndown leaves them), unsafe links lose their URL. */
function converter(): TurndownService {
  const td = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });
  const escape = td.escape.bind(td);
  td.escape = (text: string) => escape(text).replace(/[<>]/g, (c) => `\\${c}`);
  td.addRule('unsafe-links', {
    filter: (node) => node.nodeName === 'A' && !SAFE_HREF.test((node.getAttribute('href') ?? '').trim()),
    replacement: (content) => content,
  });
  td.addRule('unsafe-images', {
    filter: (node) => node.nodeName === 'IMG' && !SAFE_HREF.test((node.getAttribute('src') ?? '').trim()),
    replacement: () => '',
  });
  return td;
}

/**
 * One article as Markdown with YAML front matter (title, url, site, byline, tags, dates), followed by a
 * "Highlights" section when it has any. Images whose source URL is in `imagePaths` point at those
 * relative paths; the rest keep their URL.
 */
export function articleToMarkdown(
  article: Article,
  html: string,
  imagePaths: Map<string, string> = new Map(),
  win: Window & typeof globalThis = window,
  highlights: Highlight[] = [],
): string {
  const tpl = win.document.createElement('template');
  // Stored HTML was sanitized when saved, but restored and imported copies are sanitized again here.
  tpl.innerHTML = sanitizeHtml(html, win);
  for (const img of tpl.content.querySelectorAll('img')) {
    const path = imagePaths.get(img.getAttribute('src') ?? '');
    if (path) img.setAttribute('src', path);
  }
  const td = converter();
  const front = [
    '---',
    `title: ${yaml(article.title)}`,
    `url: ${yaml(article.originalUrl || article.url)}`,
    `site: ${yaml(article.siteName || article.site)}`,
    ...(article.byline ? [`author: ${yaml(article.byline)}`] : []),
    `tags: [${article.tags.map(yaml).join(', ')}]`,
    `status: ${article.status}`,
    `saved: ${new Date(article.savedAt).toISOString()}`,
    '---',
    '',
  ];
  // One line, escaped: a title with line breaks cannot start front matter, a heading or raw HTML.
  const title = td.escape(article.title.replace(/\s+/g, ' ').trim());
  const section = highlightsSection(highlights);
  return `${front.join('\n')}# ${title}\n\n${td.turndown(tpl.innerHTML)}\n${section ? `\n${section}` : ''}`;
}

/** Markdown of articles in one zip: `<slug>.md` each, stored images alongside in `<slug>/`. */
export async function exportMarkdownZip(
  ids: number[],
  opts: { db?: OffprintDB; signal?: AbortSignal; onProgress?: Progress; win?: Window & typeof globalThis } = {},
): Promise<Blob> {
  const db = opts.db ?? getDb();
  const zip = createZipWriter();
  const used = new Set<string>();
  for (const [i, id] of ids.entries()) {
    throwIfAborted(opts.signal);
    const { article, content, images, highlights } = await readExportArticle(db, id);
    if (!article) continue;
    let slug = slugify(article.title);
    for (let n = 2; used.has(slug); n++) slug = `${slugify(article.title)}-${n}`;
    used.add(slug);
    const paths = await addImages(zip, images, slug);
    zip.addText(
      `${slug}.md`,
      articleToMarkdown(
        article,
        content?.html ?? `<p><a href="${article.originalUrl}">${article.originalUrl}</a></p>`,
        paths,
        opts.win,
        highlights,
      ),
    );
    opts.onProgress?.(i + 1, ids.length);
  }
  return zip.finish();
}

/**
 * One article as a file to download: `<slug>.md`, or `<slug>.zip` (the Markdown with its images
 * alongside, as exportMarkdownZip writes it) when the article has stored images.
 */
export async function articleMarkdownFile(
  article: Article,
  opts: { db?: OffprintDB; win?: Window & typeof globalThis } = {},
): Promise<[Blob, string]> {
  const db = opts.db ?? getDb();
  if (await db.images.where('articleId').equals(article.id).count())
    return [await exportMarkdownZip([article.id], opts), `${slugify(article.title)}.zip`];
  const [content, highlights] = await Promise.all([
    db.contents.get(article.id),
    db.highlights.where('[deleted+articleId]').equals([0, article.id]).toArray(),
  ]);
  const md = articleToMarkdown(article, content?.html ?? '', new Map(), opts.win, highlights);
  return [new Blob([md], { type: 'text/markdown' }), `${slugify(article.title)}.md`];
}

async function addImages(
  zip: ReturnType<typeof createZipWriter>,
  images: ArticleImage[],
  slug: string,
): Promise<Map<string, string>> {
  const paths = new Map<string, string>();
  for (const [n, im] of images.entries()) {
    const path = `${slug}/${n + 1}.${imageExt(im.blob.type || im.type)}`;
    zip.add(path, new Uint8Array(await im.blob.arrayBuffer()), { store: true });
    paths.set(im.url, path);
  }
  return paths;
}
