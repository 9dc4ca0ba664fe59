import { MARK_ATTR, wrapMarks, type Paintable } from '@/utils/highlights/paint-highlights';

/** Elements valid in EPUB 3 XHTML content that articles use; any other element is unwrapped (its text kept). */
const KEEP = new Set(
  (
    'p a em strong b i u s sub sup small mark code pre kbd samp var q cite abbr dfn time span br hr ' +
    'h1 h2 h3 h4 h5 h6 ' +
    'ul ol li dl dt dd blockquote figure figcaption img table thead tbody tfoot tr td th caption div section article ' +
    'aside header footer details summary del ins ruby rt rp bdi bdo wbr'
  ).split(' '),
);
/** Attributes kept (all valid in XHTML5); the rest (deprecated align, width=100%, …) are dropped. */
const ATTRS = new Set(['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'lang', 'start', 'datetime']);
/** Image types every EPUB reader must support (EPUB 3.2 core media types, no fallback needed). */
export const EPUB_IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif']);

function clean(el: Element, imagePaths: Map<string, string>, ids = new Set<string>()): void {
  for (const child of [...el.children]) clean(child, imagePaths, ids);
  const tag = el.tagName.toLowerCase();
  // A highlight's <mark> keeps an id (unique: article and highlight), so the list at the end can link to it.
  const hl = tag === 'mark' ? el.getAttribute(MARK_ATTR) : null;
  for (const a of [...el.attributes])
    if (!ATTRS.has(a.name) || (/^(colspan|rowspan|start)$/.test(a.name) && !/^\d+$/.test(a.value)))
      el.removeAttribute(a.name);
  // A highlight over several text runs has several marks: the first in the text gets the id.
  if (hl && !ids.has(hl)) {
    ids.add(hl);
    el.setAttribute('id', `hl-${hl}`);
  }
  if (tag === 'a' && !/^(https?:|mailto:)/i.test(el.getAttribute('href') ?? '')) el.removeAttribute('href');
  if (tag === 'img') {
    const path = imagePaths.get(el.getAttribute('src') ?? '');
    if (path) {
      el.setAttribute('src', path);
      el.setAttribute('alt', el.getAttribute('alt') ?? '');
    } else {
      // No stored copy: a remote image would make the book fetch from the network (and fail EPUBCheck).
      el.replaceWith(el.ownerDocument.createTextNode(el.getAttribute('alt') ? `[${el.getAttribute('alt')}]` : ''));
    }
    return;
  }
  if (!KEEP.has(tag)) el.replaceWith(...el.childNodes);
}

/**
 * Article HTML as well-formed EPUB XHTML body content: unknown elements unwrapped, images mapped or
 * dropped, and the given highlights (already anchored: key and text offsets) marked with <mark id="hl-key">.
 */
export function toEpubXhtml(
  html: string,
  imagePaths: Map<string, string>,
  win: Window & typeof globalThis = window,
  marks: Paintable[] = [],
): string {
  const doc = win.document.implementation.createHTMLDocument('');
  const root = doc.createElement('div');
  root.innerHTML = html;
  if (marks.length) wrapMarks(root, marks);
  const ids = new Set<string>();
  for (const child of [...root.children]) clean(child, imagePaths, ids);
  const ser = new win.XMLSerializer();
  return [...root.childNodes]
    .map((n) => ser.serializeToString(n))
    .join('')
    .replace(/ xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"/g, '');
}

/** Text escaped for XML. */
export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
