import { sizeOf } from './clutter-guard';
import { queryFirst } from './dom-query';
import { visibleChars } from './extract-region';

/** A class or id word that names a header ("header-container-wrapper", "elementor-location-header", `id="header"`). */
const HEADER_WORD = /(^|[-_\s])header([-_\s]|$)/i;

/**
 * True when a box whose class or id words name a header holds the site's navigation (a `<nav>` or
 * `role=navigation`), no headline, main landmark, article or prose paragraph, and under a third of the page's visible
 * text: the page's header band printed as a `<div>` (HubSpot's `header-container-wrapper`, Elementor's
 * `elementor-location-header`, a theme's `<div id="header">`), with its top bar, phone number, opening hours and
 * buttons beside the menu. Readability drops it for its class; the region copy kept what the menu stood beside. A
 * section's or a card's header holds no site navigation; a page header holding the page's `<h1>` is its title. Asked
 * before the navigation landmarks go (then the band no longer shows what it is).
 */
export function isHeaderBand(el: Element, classAndId: string, page: () => number): boolean {
  if (!HEADER_WORD.test(classAndId) || !/^(DIV|SECTION)$/.test(el.tagName) || sizeOf(el).prose) return false;
  if (!queryFirst(el, 'nav, [role="navigation"]') || queryFirst(el, 'h1, main, article, [role="main"]')) return false;
  return visibleChars(el) * 3 < page();
}
