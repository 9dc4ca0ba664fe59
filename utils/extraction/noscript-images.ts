import { byTag } from './tag-list';

/** A file name of a picture in an attribute's value (Readability 0.6.0's test, kept as it wrote it). */
const PICTURE_FILE = /\.(jpg|jpeg|png|webp)/i;

/** Attributes that give an image its picture (Readability 0.6.0's list). */
const SOURCE_NAMES: ReadonlySet<string> = new Set(['src', 'srcset', 'data-src', 'data-srcset']);

/** Readability 0.6.0's `_isSingleImage`: an image, or a box whose only child (no text beside it) is one, down. */
function isSingleImage(node: Element | null): boolean {
  while (node) {
    if (node.tagName === 'IMG') return true;
    if (node.children.length !== 1 || (node.textContent ?? '').trim() !== '') return false;
    node = node.children[0];
  }
  return false;
}

/** True when an image has no attribute that could give its picture (Readability removes it as a placeholder). */
function isPlaceholder(img: Element): boolean {
  for (const name of img.getAttributeNames()) {
    if (SOURCE_NAMES.has(name) || PICTURE_FILE.test(img.getAttribute(name) ?? '')) return false;
  }
  return true;
}

/** Readability's copy of the previous image's picture attributes onto the image from the `<noscript>`. */
function keepOldSources(prevImg: Element, newImg: Element): void {
  for (const name of prevImg.getAttributeNames()) {
    const value = prevImg.getAttribute(name) ?? '';
    if (value === '') continue;
    if (name !== 'src' && name !== 'srcset' && !PICTURE_FILE.test(value)) continue;
    if (newImg.getAttribute(name) === value) continue;
    newImg.setAttribute(newImg.hasAttribute(name) ? `data-old-${name}` : name, value);
  }
}

/**
 * Readability 0.6.0's first step on its document (`_unwrapNoscriptImages`), done before it on a page parsed without
 * scripts (jsdom, DOMParser), where a `<noscript>` holds elements: placeholder images go, and a `<noscript>` holding
 * a single image replaces the single image just before it (a lazy-loading site's real picture). Readability reads
 * each such `<noscript>`'s content by writing its HTML into a new box, a serialisation and a parse per image (a
 * news page's lazy pictures: a millisecond or more in jsdom); its elements are copied here instead. Every
 * `<noscript>` then goes, as Readability's next step removes them (its own pass finds none to read again), but one
 * holding a script: Readability reads JSON-LD before it removes them. A `<noscript>` holding text (a live tab's,
 * whose content is not parsed) is no single image for Readability either: it only goes. Returns how many
 * `<noscript>`s are left (those holding a script).
 */
export function swapNoscriptImages(doc: Document): number {
  const noscripts = byTag(doc, 'noscript');
  if (!noscripts.length) return 0;
  removePlaceholderImages(doc);
  for (const noscript of noscripts) {
    if (!isSingleImage(noscript)) continue;
    const prev = noscript.previousElementSibling;
    if (!prev || !isSingleImage(prev)) continue;
    const fresh = noscript.firstElementChild!.cloneNode(true) as Element;
    const prevImg = prev.tagName === 'IMG' ? prev : byTag(prev, 'img')[0];
    const newImg = fresh.tagName === 'IMG' ? fresh : byTag(fresh, 'img')[0];
    keepOldSources(prevImg, newImg);
    prev.replaceWith(fresh);
  }
  let left = 0;
  for (const noscript of noscripts)
    if (!byTag(noscript, 'script').length) noscript.remove();
    else left++;
  return left;
}

/** Readability's first move in `_unwrapNoscriptImages`: the images that have no picture (see isPlaceholder) go. */
function removePlaceholderImages(doc: Document): void {
  for (const img of byTag(doc, 'img')) if (isPlaceholder(img)) img.remove();
}

/** A Readability 0.6.0 instance's step before its article (a private method, overridden by placeholdersByTag). */
interface NoscriptReader {
  _unwrapNoscriptImages: (doc: Document) => void;
}

/**
 * Has `reader` (a Readability 0.6.0 instance, before `parse`, on a document swapNoscriptImages has done) do its
 * `_unwrapNoscriptImages` with its images read as a tag list: Readability reads them with `Array.from` of a live
 * list, which in jsdom reads the list's length through its proxy once per image (a scan of the list each: the
 * square of a page's images). Its placeholder images go as they would; its `<noscript>` step runs, as it is, only
 * when some are left (`noscripts`: swapNoscriptImages's count, or true when not known): after swapNoscriptImages
 * only those holding a script are, and Readability's step leaves those alone.
 */
export function placeholdersByTag(reader: object, noscripts: boolean): void {
  const own = reader as NoscriptReader;
  const step = own._unwrapNoscriptImages;
  own._unwrapNoscriptImages = function (this: NoscriptReader, doc: Document) {
    removePlaceholderImages(doc);
    if (noscripts) step.call(this, doc);
  };
}
