import type { Article, ArticleImage, Highlight } from '@/utils/article';
import { anchorHighlights } from '@/utils/highlights/anchor-highlights';
import { indexText } from '@/utils/highlights/text-index';
import { readingOrder } from './export-highlights';
import { readExportArticle } from './read-export-article';
import { getDb, type OffprintDB } from '@/utils/storage/db';
import { createZipWriter, type ZipWriter } from '@/utils/lib/zip-writer';
import { imageExt } from '@/utils/data/backup/backup-format';
import { EPUB_IMAGE_TYPES, toEpubXhtml, xmlEscape } from './epub-xhtml';
import { throwIfAborted, type Progress } from '@/utils/data/backup/export-backup';

const CSS =
  'body{font-family:serif;line-height:1.5}h1{font-size:1.5em}.meta{color:#555;font-size:.9em}img{max-width:100%}' +
  'mark{background:#ffe97a;color:inherit}.highlights blockquote{margin:.5em 0 .2em 1em}' +
  '.note{margin:.2em 0 0 1em;font-style:italic}';

/** The chapter's closing list of highlights: each quote (linked to its mark in the text) and its note. */
function highlightList(a: Article, list: { h: Highlight; found: boolean }[]): string {
  if (!list.length) return '';
  const items = list.map(({ h, found }) => {
    const quote = xmlEscape(h.quote.replace(/\s+/g, ' ').trim());
    const note = h.note ? `<p class="note">${h.note.split(/\n/).map(xmlEscape).join('<br/>')}</p>` : '';
    const link = found
      ? ` <a href="#hl-a${a.id}-h${h.id}">(in the text)</a>`
      : ' <span class="meta">(not found in the current text)</span>';
    return `<li><blockquote><p>${quote}</p></blockquote>${note}<p class="meta">${xmlEscape(h.color)}${link}</p></li>`;
  });
  return `<section class="highlights"><h2>Highlights</h2><ol>\n${items.join('\n')}\n</ol></section>`;
}

function chapter(a: Article, body: string, lang: string, highlights = ''): string {
  const meta = [a.siteName || a.site, a.byline]
    .filter(Boolean)
    .map((s) => xmlEscape(s!))
    .join(' · ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${lang}" lang="${lang}">
<head><meta charset="utf-8"/><title>${xmlEscape(a.title)}</title>\
<link rel="stylesheet" type="text/css" href="style.css"/></head>
<body><section epub:type="chapter"><h1>${xmlEscape(a.title)}</h1><p class="meta">${meta}</p>
${body}
${highlights}<p class="meta"><a href="${xmlEscape(a.originalUrl || a.url)}">\
${xmlEscape(a.originalUrl || a.url)}</a></p>\
</section></body></html>`;
}

function nav(title: string, items: { file: string; title: string }[], lang: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${lang}" lang="${lang}">
<head><meta charset="utf-8"/><title>${xmlEscape(title)}</title></head>
<body><nav epub:type="toc" id="toc"><h1>${xmlEscape(title)}</h1><ol>
${items.map((c) => `<li><a href="${c.file}">${xmlEscape(c.title)}</a></li>`).join('\n')}
</ol></nav></body></html>`;
}

function opf(o: {
  title: string;
  lang: string;
  creator: string | null;
  modified: string;
  items: string[];
  spine: string[];
}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${o.lang}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">urn:uuid:${crypto.randomUUID()}</dc:identifier>
<dc:title>${xmlEscape(o.title)}</dc:title>
<dc:language>${o.lang}</dc:language>
${o.creator ? `<dc:creator>${xmlEscape(o.creator)}</dc:creator>\n` : ''}\
<meta property="dcterms:modified">${o.modified}</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="css" href="style.css" media-type="text/css"/>
${o.items.join('\n')}
</manifest>
<spine>${o.spine.map((id) => `<itemref idref="${id}"/>`).join('')}</spine>
</package>`;
}

async function addImages(
  zip: ZipWriter,
  images: ArticleImage[],
  prefix: string,
  manifest: string[],
): Promise<Map<string, string>> {
  const paths = new Map<string, string>();
  for (const [n, im] of images.entries()) {
    const type = im.blob.type || im.type;
    if (!EPUB_IMAGE_TYPES.has(type)) continue;
    const href = `images/${prefix}-${n + 1}.${imageExt(type)}`;
    zip.add(`OEBPS/${href}`, new Uint8Array(await im.blob.arrayBuffer()), { store: true });
    manifest.push(`<item id="${prefix}-img${n + 1}" href="${href}" media-type="${type}"/>`);
    paths.set(im.url, href);
  }
  return paths;
}

/** Anchors an article's highlights in its body HTML (parsed as the reader renders it). */
function anchorIn(html: string, contentAt: number, list: Highlight[], win: Window & typeof globalThis = window) {
  if (!list.length) return [];
  const root = win.document.implementation.createHTMLDocument('').createElement('div');
  root.innerHTML = html;
  return anchorHighlights(indexText(root).text, list, contentAt);
}

/** Language tag safe for xml:lang, defaulting to English. */
const langOf = (a?: Article) => (a?.lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(a.lang) ? a.lang : 'en');

/**
 * An EPUB 3 book of one or more articles (one chapter each, stored images included), valid for
 * EPUBCheck: `mimetype` first and uncompressed, a nav document, XHTML chapters, no remote resources.
 */
export async function exportEpub(
  ids: number[],
  title: string,
  opts: {
    db?: OffprintDB;
    signal?: AbortSignal;
    onProgress?: Progress;
    win?: Window & typeof globalThis;
    now?: number;
  } = {},
): Promise<Blob> {
  const db = opts.db ?? getDb();
  const zip = createZipWriter();
  zip.add('mimetype', new TextEncoder().encode('application/epub+zip'), { store: true });
  zip.addText(
    'META-INF/container.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>' +
      '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>' +
      '</rootfiles></container>',
  );
  zip.addText('OEBPS/style.css', CSS);
  const items: string[] = [];
  const toc: { file: string; title: string }[] = [];
  let first: Article | undefined;
  for (const [i, id] of ids.entries()) {
    throwIfAborted(opts.signal);
    const { article: a, content, images, highlights } = await readExportArticle(db, id);
    if (!a) continue;
    first ??= a;
    const file = `a${a.id}.xhtml`;
    // Only images the text shows: an unreferenced file would just weigh the book down.
    const shown = images.filter((im) => content?.html.includes(im.url) || content?.html.includes(xmlEscape(im.url)));
    const paths = await addImages(zip, shown, `a${a.id}`, items);
    // Highlights are found in the text as the reader renders it, then marked and listed at the end.
    const anchored = content ? anchorIn(content.html, content.updatedAt, highlights, opts.win) : [];
    const marks = anchored.flatMap(({ highlight: h, position: p }) =>
      p ? [{ key: `a${a.id}-h${h.id}`, start: p.start, end: p.end, color: h.color }] : [],
    );
    const body = content
      ? toEpubXhtml(content.html, paths, opts.win, marks)
      : '<p>Only the link was saved for this article.</p>';
    const listed = readingOrder(highlights).map((h) => ({
      h,
      found: !!anchored.find((x) => x.highlight.id === h.id)?.position,
    }));
    zip.addText(`OEBPS/${file}`, chapter(a, body, langOf(a), highlightList(a, listed)));
    items.push(`<item id="a${a.id}" href="${file}" media-type="application/xhtml+xml"/>`);
    toc.push({ file, title: a.title });
    opts.onProgress?.(i + 1, ids.length);
  }
  const lang = langOf(first);
  zip.addText('OEBPS/nav.xhtml', nav(title, toc, lang));
  const modified = new Date(opts.now ?? Date.now()).toISOString().replace(/\.\d+Z$/, 'Z');
  const creator = ids.length === 1 ? (first?.byline ?? first?.siteName ?? null) : 'Offprint';
  zip.addText(
    'OEBPS/content.opf',
    opf({ title, lang, creator, modified, items, spine: toc.map((t) => t.file.replace('.xhtml', '')) }),
  );
  return zip.finish('application/epub+zip');
}
