import type { Census } from './page-census';
import { HEADING_TAGS } from './heading-boxes';

/**
 * Headings wrapped in a link with no address: Wix Bookings prints each service of a salon's or a studio's list as
 * `<a role="link" tabindex="-1" aria-label="Gel Manicure"><h2>Gel Manicure</h2></a>` (its script opens the service's
 * page on a click), over the service's duration and price. Readability counts every `<a>` as a link: the name's box
 * is all link text and its conditional cleaning dropped it, so the list kept its durations and prices under no name.
 * A link with no `href` leads nowhere a reader can follow: where it holds one heading and nothing else, it becomes
 * the heading alone (its children take its place). A link with an address, a named anchor (`name`, `id`), or a link
 * that holds more than the heading (a card's picture, its teaser) stays. Reads only the census's short headings and
 * their parents: no walk.
 */
export function unwrapUnlinkedHeadings(c: Census): void {
  for (let i = 0; i < c.short.length; i++) {
    if (!HEADING_TAGS.has(c.shortTags[i])) continue;
    const h = c.short[i];
    const a = h.parentElement;
    if (!a || a.tagName !== 'A' || a.hasAttribute('href') || a.hasAttribute('name') || a.id) continue;
    if (a.firstElementChild !== h || a.lastElementChild !== h) continue;
    if ((a.textContent ?? '').trim() !== (h.textContent ?? '').trim()) continue;
    a.replaceWith(...a.childNodes);
  }
}
