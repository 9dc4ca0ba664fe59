import type { Census } from './page-census';
import { sizeOf } from './clutter-guard';
import { queryFirst } from './dom-query';

/**
 * True when `a` (a link to `#id`) is the permalink of a heading beside it: its parent holds only that heading and
 * the link, and the heading or the parent has the id. Starlight wraps every section heading so
 * (`div.sl-heading-wrapper`: `<h2 id="asides">`, then `<a class="sl-anchor-link" href="#asides">` holding "Section
 * titled “Asides”" for screen readers).
 */
function isHeadingPermalink(a: Element, id: string): boolean {
  const wrapper = a.parentElement;
  if (!wrapper || wrapper.childElementCount !== 2) return false;
  const h = a.previousElementSibling ?? a.nextElementSibling;
  if (!h || !/^H[1-6]$/.test(h.tagName)) return false;
  return h.id === id || wrapper.id === id;
}

/**
 * A heading's permalink printed beside it, in a wrapper of the two, is not text: its words ("Section titled …") made
 * most of the wrapper's text links, and Readability's conditional cleaning dropped the wrapper with the heading (three
 * of four section headings of a Starlight page went). Links whose address is `#` and the heading's id, standing with
 * the heading alone in their parent, are removed before Readability, and so are links without text beside a heading
 * (see isIconBesideHeading). Permalinks inside a heading stay: the heading's own text keeps it.
 */
export function removeHeadingPermalinks(c: Census): void {
  for (const a of c.skipLinks) {
    const id = (a.getAttributeNS(null, 'href') ?? '').slice(1);
    if (id && a.isConnected && isHeadingPermalink(a, id)) a.remove();
    else if (isIconBesideHeading(a)) removeIcon(a);
  }
  for (const list of [c.sourceLinks, c.editLinks]) for (const a of list) if (isIconBesideHeading(a)) removeIcon(a);
}

/**
 * Removes an icon link beside a heading, and the boxes it leaves empty (GitBook's `<div id="event-types">` around
 * it, whose id, the heading's anchor, goes to the heading when it has none). A `<div>` left holding the heading alone
 * is unwrapped: Readability's conditional cleaning removes a `<div>` whose text is all in headings ("no useful
 * content"), and every section heading of a GitBook page went.
 */
function removeIcon(a: Element): void {
  let el: Element = a;
  while (el.parentElement && el.parentElement.childElementCount === 1 && !sizeOf(el.parentElement).chars)
    el = el.parentElement;
  const box = el.parentElement;
  const h = box && queryFirst(box, 'h1, h2, h3, h4, h5, h6');
  const id = el.id || queryFirst(el, '[id]')?.id;
  if (id && h && !h.id) h.id = id;
  el.remove();
  if (box?.tagName === 'DIV' && h && box.childElementCount === 1 && box.firstElementChild === h) box.replaceWith(h);
}

/**
 * True when `a` is a link without text or picture (an icon) in a box whose text is all a heading's: ExDoc prints each
 * function as `<div class="heading-with-actions"><h1 class="signature">json(conn, data)</h1><a class="icon-action"
 * href="…/controller.ex#L349">` (the icon of its source). Readability wraps the empty link in a paragraph, finds no
 * text outside the heading and removes the box ("no useful content"): the signature went.
 */
function isIconBesideHeading(a: Element): boolean {
  if (sizeOf(a).chars || queryFirst(a, 'img, picture, video, iframe') || !a.isConnected) return false;
  let box = a.parentElement;
  // The link may stand in a box of its own, beside the heading: GitBook's `<div id="event-types"><a
  // href="#event-types">` next to the `<h2>`, both in the heading's box.
  for (
    let up = 0;
    up < 2 && box?.parentElement && !sizeOf(box).chars && !queryFirst(box, 'h1, h2, h3, h4, h5, h6');
    up++
  )
    box = box.parentElement;
  if (!box) return false;
  const h = queryFirst(box, 'h1, h2, h3, h4, h5, h6');
  return !!h && !h.contains(a) && sizeOf(h).chars > 0 && sizeOf(h).chars === sizeOf(box).chars;
}
