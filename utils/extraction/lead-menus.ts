import { holdsArticle, linkDensity, sizeOf } from './clutter-guard';
import { removeStripsBefore } from './announcement-bar';
import type { Census } from './page-census';

/** Links a menu band holds at least (a header's menu: products, pricing, sign-in…). */
const MENU_LINKS = 5;

/** Share of a band's text that is link text at least. */
const MENU_DENSITY = 0.7;

/**
 * Characters of link text per link at most: menu words and a mega menu's item with its one-line description
 * ("Mock Servers Validate API behavior"), not the titles of a grid of cards ("How we cut our heating bill by a third").
 */
const MENU_LINK_CHARS = 32;

/** True when the page prints a landmark of its chrome: a `<header>`, a `<nav>`, a navigation or banner role. */
export function hasChromeLandmarks(c: Census): boolean {
  return c.landmarks.length > 0 || c.shortTags.includes('HEADER');
}

/** The page's first `<h1>` still on the page with text (the census's short blocks, in page order). */
export function liveHeadline(c: Census): Element | undefined {
  return c.short.find((el, i) => c.shortTags[i] === 'H1' && el.isConnected && sizeOf(el).chars > 0);
}

/** True when a block reads as a site's menu: five links or more, nearly all its text, short each, no prose. */
function isMenuBand(el: Element): boolean {
  const s = sizeOf(el);
  if (!s.chars || s.prose > 0 || linkDensity(el) < MENU_DENSITY) return false;
  // The links as they stand now (an earlier rule may have taken a hidden copy of the menu): their sizes are cached.
  const links = el.getElementsByTagName('a');
  if (links.length < MENU_LINKS) return false;
  let chars = 0;
  for (const a of links) chars += sizeOf(a).chars;
  return chars / links.length <= MENU_LINK_CHARS;
}

/**
 * The site's header menu on a page that prints no landmark for it (a `<div>` soup: an unseen builder's hashed
 * classes, an older CMS's theme): the blocks before the page's `<h1>` — earlier siblings of the `<h1>` or of a block
 * around it, up to the body — that are menus (see isMenuBand): a header band of links, a mega menu of link lists.
 * A page with a `<header>` or a `<nav>` has its menus dropped by them (removeChrome), and keeps what it puts there.
 */
export function removeLeadMenus(c: Census): void {
  if (hasChromeLandmarks(c)) return;
  const h1 = liveHeadline(c);
  const body = h1?.ownerDocument.body;
  if (!h1 || !body) return;
  // Each band leaves an empty mark in its place, the last one the page's first band: its menu, above which a strip
  // of short notices (a shop's announcement bar, hashed) is the site's, as it is above a `<header>`.
  const marks: Element[] = [];
  for (let el: Element | null = h1; el && el !== body; el = el.parentElement) {
    for (let s = el.previousElementSibling; s;) {
      const before = s.previousElementSibling;
      if (isMenuBand(s) && !holdsArticle(s)) {
        const mark = s.ownerDocument.createElement('div');
        s.replaceWith(mark);
        marks.push(mark);
      }
      s = before;
    }
  }
  if (!marks.length) return;
  removeStripsBefore(marks[marks.length - 1], c);
  for (const mark of marks) mark.remove();
}
