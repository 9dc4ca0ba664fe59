import { byTag } from './tag-list';
import { closestMatch } from './dom-query';
import { anchorTargets } from './anchor-targets';

const HEADING = /^H[2-6]$/;

/**
 * The ids a page's own links point to (`href="#see-also"`): the targets of its table of contents and of its headings'
 * permalinks. Read from the page as it was (the article copy has lost the contents' sidebar).
 */
export function pageAnchors(doc: Document): Set<string> {
  return doc.body ? anchorTargets(byTag(doc.body, 'a')) : new Set();
}

/**
 * The id of an empty target right before a heading (`<span id="forms-api"></span><h2>`: the label Sphinx writes for a
 * `.. _forms-api:` line, which the heading's "¶" and the contents then link to), or null.
 */
export function labelBefore(h: Element): string | null {
  const prev = h.previousElementSibling;
  if (!prev || prev.childElementCount || (prev.textContent ?? '').trim()) return null;
  return prev.id || (prev.tagName === 'A' ? prev.getAttribute('name') : null) || null;
}

/**
 * The ids a heading carries: its own, those inside it, its label's (see labelBefore), and its wrapper's when it is all
 * the wrapper holds.
 */
function headingIds(h: Element): string[] {
  const ids: string[] = [];
  if (h.id) ids.push(h.id);
  const label = labelBefore(h);
  if (label) ids.push(label);
  for (const el of h.querySelectorAll('[id], a[name]')) ids.push(el.id || (el.getAttribute('name') ?? ''));
  const wrap = h.parentElement;
  if (wrap?.id && wrap.firstElementChild === h && (wrap.textContent ?? '').trim() === (h.textContent ?? '').trim())
    ids.push(wrap.id);
  return ids.filter(Boolean);
}

/**
 * True when a heading is a section of the document: the page's own links point to it (its table of contents, its
 * permalink: Sphinx's "¶", MDN's and Docusaurus's heading anchors, MediaWiki's contents) or, with an id, it stands
 * among three or more headings of its rank in `root` that all carry ids (a generated outline whose contents a script
 * draws: Microsoft Learn). A news page's "Related" box heading is neither.
 */
export function isDocumentHeading(h: Element, root: Element, anchors: Set<string>): boolean {
  if (!HEADING.test(h.tagName)) return false;
  const ids = headingIds(h);
  if (!ids.length) return false;
  if (ids.some((id) => anchors.has(id))) return true;
  const rank = byTag(root, h.localName);
  return rank.length >= 3 && rank.every((r) => headingIds(r).length > 0);
}

/**
 * The heading an element before a block stands for: a heading, or a wrapper that holds only one (MediaWiki since 1.43
 * prints every heading as `<div class="mw-heading mw-heading2"><h2 id=…>`: the Arch wiki's, Wikipedia's "See also").
 */
function headingOf(el: Element): Element | null {
  if (HEADING.test(el.tagName)) return el;
  const h = el.firstElementChild;
  return h && HEADING.test(h.tagName) && (el.textContent ?? '').trim() === (h.textContent ?? '').trim() ? h : null;
}

/** The outermost list of a line (a list inside a list's item is a part of that list: a "See also" list's sub-items). */
function outerList(el: Element, root: Element): Element | null {
  let list = closestMatch(el, 'ul, ol, dl');
  for (let up = list?.parentElement; up && up !== root && root.contains(up); up = up.parentElement)
    if (/^(UL|OL|DL)$/.test(up.tagName)) list = up;
  return list;
}

/**
 * The heading a block is the body of: the heading right before it, or right before the wrapper it opens (up to three
 * levels, inside `root`); a line of a list is read as its outermost list. Only the block that follows the heading is
 * its body: a page-to-page bar after a "See also" list is not.
 */
function titleOf(el: Element, root: Element): Element | null {
  let block: Element = outerList(el, root) ?? el;
  if (!root.contains(block) || block === root) block = el;
  for (let up = 0; up < 3 && block !== root; up++) {
    const prev = block.previousElementSibling;
    if (prev) return headingOf(prev);
    if (!block.parentElement) return null;
    block = block.parentElement;
  }
  return null;
}

/**
 * True when `el` is the body of a section of the document (see isDocumentHeading), a line of it, or the whole section
 * (a block opening with such a heading): a manual's "See
 * also" or "Next steps" list is its last section, not another page's teasers. `anchors` is read only when a heading
 * stands before the block.
 */
export function inDocumentSection(el: Element, root: Element, anchors: () => Set<string>): boolean {
  const h = titleOf(el, root) ?? openingHeading(el);
  return !!h && isDocumentHeading(h, root, anchors());
}

/** The heading a block opens with (its first element, or its first wrapper's, two levels down): a whole section. */
function openingHeading(el: Element): Element | null {
  let first = el.firstElementChild;
  for (let down = 0; first && down < 2; down++, first = first.firstElementChild)
    if (HEADING.test(first.tagName)) return first;
  return null;
}

/** A permalink's mark: no letter or digit, two characters at most ("¶", "#", "§", "🔗", or an icon's empty text). */
export const PERMALINK_MARK = /^[^\p{L}\p{N}]{0,2}$/u;

/**
 * True when the heading prints its own permalink: a link into the page whose text is a mark, not words (Sphinx's "¶"
 * after "GZip middleware", MkDocs' and Docusaurus's "#"). The generator's sign of an outline heading, whatever the
 * names of its classes and whether the label the link points to is still there (Readability drops Sphinx's empty
 * `<span id>` labels before the heading).
 */
export function holdsPermalink(h: Element): boolean {
  for (const a of byTag(h, 'a')) {
    const href = a.getAttribute('href') ?? '';
    if (href.length > 1 && href.startsWith('#') && PERMALINK_MARK.test((a.textContent ?? '').trim())) return true;
  }
  return false;
}

/**
 * True when `box` is an entry the page anchors by its own permalink: it has an id, and a link inside it whose text is
 * a mark ("#", "¶") points to that id. An API reference's member box so (Crystal's `div.entry-detail` with its
 * signature's `#`): a member of the reference, whatever its words.
 */
export function anchorsItself(box: Element): boolean {
  return !!box.id && permalinkTargets(box).has(box.id);
}

/**
 * True when a pattern of chrome words (`chrome`: share bars, search boxes, pagers) matches the element's id and not
 * its class, and the element prints its own permalink to that id (see anchorsItself): a manual's section named by the
 * slug of its title, not a box of the page's chrome. Sphinx, MkDocs, Docusaurus and Hugo print a section's id from its
 * heading's text: `<div class="section" id="sharing-tables">` under "Sharing tables¶", `<h2 id="pagination">Pagination
 * <a href="#pagination">¶</a></h2>`; "Sharing …", "Search", "Pagination", "Related projects", "Navigation" are sections
 * of manuals as often as boxes of a site, and a short one went with its heading. A box of chrome does not link to
 * itself by a mark ("¶", "#"). Asked only of elements whose id already holds such a word.
 */
export function namesOwnSection(el: Element, chrome: RegExp): boolean {
  const id = el.getAttribute('id');
  if (!id || !chrome.test(id) || chrome.test(el.getAttribute('class') ?? '')) return false;
  return anchorsItself(el);
}

/**
 * The ids the permalinks inside `el` point to: links whose text is a mark ("#", "¶") and whose target is `#id`, each
 * target as written and decoded (see anchorTargets).
 */
export function permalinkTargets(el: Element): Set<string> {
  const ids = new Set<string>();
  for (const a of byTag(el, 'a')) {
    const targets = anchorTargets([a]);
    if (targets.size && PERMALINK_MARK.test((a.textContent ?? '').trim())) for (const id of targets) ids.add(id);
  }
  return ids;
}

/**
 * True when `h` is a heading of the document's outline (see isDocumentHeading), opens a `<section>` the page's own
 * links point to (Sphinx and docutils put the id on the section: `<section id="running-pip"><h2>Running pip`), or
 * prints its own permalink (see holdsPermalink), as a reference's entry's term may. A `<div>` the page's links point
 * to is not enough: a landing page's scroll-spy names its sections so, and its first heading then stopped the region.
 */
export function isOutlineHeading(h: Element, root: Element, anchors: Set<string>): boolean {
  // A reference's entry prints its permalink in its term (Sphinx's `<dt>` "class GZipMiddleware[source]¶").
  if (h.tagName === 'DT') return holdsPermalink(h);
  if (!HEADING.test(h.tagName)) return false;
  const s = h.parentElement;
  if (s?.tagName === 'SECTION' && s.firstElementChild === h && s.id && anchors.has(s.id)) return true;
  return holdsPermalink(h) || isDocumentHeading(h, root, anchors);
}
