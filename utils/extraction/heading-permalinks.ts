import type { Census } from './page-census';

/**
 * True when `a` (a link to `#id`) is the permalink of a heading beside it: its parent holds only that heading and
 * the link, and the heading or the parent has the id. Starlight wraps every section heading so (`div.sl-heading-wrapper`:
 * `<h2 id="asides">`, then `<a class="sl-anchor-link" href="#asides">` holding "Section titled “Asides”" for screen
 * readers).
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
 * the heading alone in their parent, are removed before Readability. Permalinks inside a heading stay: the heading's
 * own text keeps it.
 */
export function removeHeadingPermalinks(c: Census): void {
  for (const a of c.skipLinks) {
    const id = (a.getAttributeNS(null, 'href') ?? '').slice(1);
    if (id && a.isConnected && isHeadingPermalink(a, id)) a.remove();
  }
}
