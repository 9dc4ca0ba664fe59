import { Readability } from '@mozilla/readability';
import { byTag } from './tag-list';
import { trimmedLength } from './trimmed-length';

/**
 * Seven of Readability 0.6.0's private methods, overridden on our one instance with the same answers at jsdom's lower
 * cost (as readability-lists.ts's `_getAllNodesWithTag`). A Readability upgrade must compare them with its own
 * methods again (tests/utils/extraction/readability-checks.test.ts does, on pages and on Readability's article).
 */
interface CheckingReader {
  REGEXPS: { hashUrl: RegExp; byline: RegExp; hasContent: RegExp; b64DataUrl: RegExp };
  _doc: Document;
  _getAllNodesWithTag: (node: Element, tags: string[]) => ArrayLike<Element>;
  _hasSingleTagInsideElement: (element: Element, tag: string) => boolean;
  _fixLazyImages: (root: Element) => void;
  PRESENTATIONAL_ATTRIBUTES: string[];
  DEPRECATED_SIZE_ATTRIBUTE_ELEMS: string[];
  _cleanStyles: (e: Element | null) => void;
  _isProbablyVisible: (node: Element) => boolean;
  _getInnerText: (e: Element, normalizeSpaces?: boolean) => string;
  _getLinkDensity: (element: Element) => number;
  _isElementWithoutContent: (node: Node) => boolean;
  _isValidByline: (node: Element, matchString: string) => boolean;
}

/**
 * Readability's `_getLinkDensity`: the length of the text in links (a link to `#…` counted at 0.3) over the length of
 * the element's text, both as Readability measures them (`_getInnerText`), summed in the same order. Its own reads the
 * links through `Array.prototype.forEach` over a live list: in jsdom a `length` read that scans the list for the name
 * "length", then a `has` and a `get` proxy trap per link. Here one tag list (byTag).
 */
export function linkDensity(this: CheckingReader, element: Element): number {
  return linkDensityOf(this, element);
}

/** The parts of a Readability 0.6.0 instance its link density reads. */
export type LinkReader = Pick<CheckingReader, 'REGEXPS' | '_getInnerText'>;

/** linkDensity's measure, leaving out the links `skip` names (see code-links.ts). */
export function linkDensityOf(reader: LinkReader, element: Element, skip?: (a: Element) => boolean): number {
  const textLength = reader._getInnerText(element).length;
  if (textLength === 0) return 0;
  let linkLength = 0;
  const links = byTag(element, 'a');
  for (let i = 0; i < links.length; i++) {
    if (skip?.(links[i])) continue;
    const href = links[i].getAttribute('href');
    const coefficient = href && reader.REGEXPS.hashUrl.test(href) ? 0.3 : 1;
    linkLength += reader._getInnerText(links[i]).length * coefficient;
  }
  return linkLength / textLength;
}

/**
 * True when a text node under `root` holds more than `trim`'s whitespace: `root.textContent.trim().length > 0`
 * without building the text (Text and CDATA nodes are what `textContent` joins), stopping at the first one. Readability
 * asks it of every `<div>`, `<section>`, `<header>` and heading its walk meets, the page's outermost wrappers first:
 * each `textContent` copied the whole text under it.
 */
function hasInk(root: Node): boolean {
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if ((type === 3 || type === 4) && trimmedLength((node as CharacterData).data) > 0) return true;
    let next = node.firstChild;
    if (!next)
      while (!(next = node.nextSibling)) {
        node = node.parentNode;
        if (!node || node === root) return false;
      }
    node = next;
  }
  return false;
}

/**
 * Readability's `_isElementWithoutContent`: an element with no text but whitespace whose children are none or all
 * matched by as many `<br>`s and `<hr>`s under it. The text is read by hasInk; the rest as Readability reads it (only
 * on the few elements without text).
 */
export function withoutContent(node: Node): boolean {
  if (node.nodeType !== 1 || hasInk(node)) return false;
  const el = node as Element;
  const children = el.childElementCount;
  return !children || children == el.getElementsByTagName('br').length + el.getElementsByTagName('hr').length;
}

/**
 * Readability's `_isValidByline`: an element marked as the author's (`rel="author"`, an `itemprop` naming the author,
 * or a class or id that says byline, author, dateline) with 1 to 99 characters of text. Its own measures the text
 * first, of every element its walk meets until it has a byline (`<html>`'s and `<body>`'s whole text among them);
 * here only of the marked ones, as `trimmedLength` (the same length, no trimmed copy).
 */
export function validByline(this: CheckingReader, node: Element, matchString: string): boolean {
  const rel = node.getAttribute('rel');
  const itemprop = node.getAttribute('itemprop');
  if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || this.REGEXPS.byline.test(matchString)))
    return false;
  const length = trimmedLength(node.textContent ?? '');
  return !!length && length < 100;
}

/**
 * Readability's `_isProbablyVisible`: not hidden by its inline style (`display: none`, `visibility: hidden`), a
 * `hidden` attribute or `aria-hidden="true"` (but a Wikimedia formula's fallback image). Its own reads `node.style`
 * four times of every element its walk meets (in jsdom a wrapper and a property lookup in the declaration each time);
 * here only of elements with a `style` attribute: jsdom keeps the declaration and the attribute in step (a script's
 * `el.style.x = …` writes the attribute), so without one the declaration is empty.
 */
export function probablyVisible(node: Element): boolean {
  if (node.hasAttribute('style')) {
    const style = (node as HTMLElement).style;
    if (style && (style.display == 'none' || style.visibility == 'hidden')) return false;
  }
  return (
    !node.hasAttribute('hidden') &&
    (!node.hasAttribute('aria-hidden') ||
      node.getAttribute('aria-hidden') != 'true' ||
      !!(node.className && node.className.includes && node.className.includes('fallback-image')))
  );
}

const { PRESENTATIONAL_ATTRIBUTES, DEPRECATED_SIZE_ATTRIBUTE_ELEMS } =
  Readability.prototype as unknown as CheckingReader;
const PRESENTATIONAL = new Set(PRESENTATIONAL_ATTRIBUTES);

/**
 * Readability's `_cleanStyles`: the presentational attributes (`style`, `align`, `bgcolor`, … and `width`/`height` of
 * tables, cells, rules and `<pre>`) removed from `e` and every element under it but inside an `<svg>`. Its own calls
 * `removeAttribute` twelve times per element (in jsdom each lower-cases its name and scans the attributes); here the
 * element's attribute names are read once and only those present are removed.
 */
export function cleanStyles(this: CheckingReader, e: Element | null): void {
  if (!e || e.tagName.toLowerCase() === 'svg') return;
  if (e.hasAttributes()) {
    for (const name of e.getAttributeNames()) if (PRESENTATIONAL.has(name)) e.removeAttribute(name);
    if (DEPRECATED_SIZE_ATTRIBUTE_ELEMS.includes(e.tagName)) {
      e.removeAttribute('width');
      e.removeAttribute('height');
    }
  }
  let cur = e.firstElementChild;
  while (cur !== null) {
    this._cleanStyles(cur);
    cur = cur.nextElementSibling;
  }
}

/**
 * Readability's `_hasSingleTagInsideElement`: one element child, of `tag`, and no text node but whitespace beside it.
 * Its own reads `children` twice (in jsdom a proxy's scan of the children for the name "length") and the child nodes
 * through `Array.prototype.some` (two proxy traps each); here a sibling walk.
 */
export function singleTagInside(this: CheckingReader, element: Element, tag: string): boolean {
  const only = element.firstElementChild;
  if (!only || only.nextElementSibling || only.tagName !== tag) return false;
  for (let node = element.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 3 && this.REGEXPS.hasContent.test(node.textContent!)) return false;
  return true;
}

type LazyImage = HTMLImageElement & { srcset?: string };

/**
 * Readability's `_fixLazyImages`, step for step, but an image's `src` read once (and again after it is removed): in
 * jsdom each read of an `<img>`'s `src` parses its URL, and Readability's own reads it up to four times per image.
 */
export function fixLazyImages(this: CheckingReader, root: Element): void {
  const elems = this._getAllNodesWithTag(root, ['img', 'picture', 'figure']);
  for (let k = 0; k < elems.length; k++) {
    const elem = elems[k] as LazyImage;
    let src = elem.src;
    if (src && this.REGEXPS.b64DataUrl.test(src)) {
      const parts = this.REGEXPS.b64DataUrl.exec(src)!;
      if (parts[1] === 'image/svg+xml') continue;
      let srcCouldBeRemoved = false;
      for (let i = 0; i < elem.attributes.length; i++) {
        const attr = elem.attributes[i];
        if (attr.name === 'src') continue;
        if (/\.(jpg|jpeg|png|webp)/i.test(attr.value)) {
          srcCouldBeRemoved = true;
          break;
        }
      }
      if (srcCouldBeRemoved && src.length - parts[0].length < 133) {
        elem.removeAttribute('src');
        src = elem.src;
      }
    }
    if ((src || (elem.srcset && elem.srcset != 'null')) && !elem.className.toLowerCase().includes('lazy')) continue;
    for (let j = 0; j < elem.attributes.length; j++) {
      const attr = elem.attributes[j];
      if (attr.name === 'src' || attr.name === 'srcset' || attr.name === 'alt') continue;
      let copyTo = null;
      if (/\.(jpg|jpeg|png|webp)\s+\d/.test(attr.value)) copyTo = 'srcset';
      else if (/^\s*\S+\.(jpg|jpeg|png|webp)\S*\s*$/.test(attr.value)) copyTo = 'src';
      if (!copyTo) continue;
      if (elem.tagName === 'IMG' || elem.tagName === 'PICTURE') elem.setAttribute(copyTo, attr.value);
      else if (elem.tagName === 'FIGURE' && !this._getAllNodesWithTag(elem, ['img', 'picture']).length) {
        const img = this._doc.createElement('img');
        img.setAttribute(copyTo, attr.value);
        elem.appendChild(img);
      }
    }
  }
}

/**
 * Has `reader` (a Readability 0.6.0 instance, before `parse`) use this file's methods for its own (linkDensity,
 * withoutContent, validByline, probablyVisible, cleanStyles, singleTagInside, fixLazyImages).
 */
export function checkCheaply(reader: object): void {
  const r = reader as CheckingReader;
  r._getLinkDensity = linkDensity;
  r._isElementWithoutContent = withoutContent;
  r._isValidByline = validByline;
  r._isProbablyVisible = probablyVisible;
  r._cleanStyles = cleanStyles;
  r._hasSingleTagInsideElement = singleTagInside;
  r._fixLazyImages = fixLazyImages;
}
