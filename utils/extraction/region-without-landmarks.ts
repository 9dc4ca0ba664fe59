import { sizeOf } from './clutter-guard';
import { UNSEEN_TAG_NAMES } from './unseen-tags';

/**
 * Share of the page's own text (visible characters outside links) the box around the headline holds at least: the
 * page's content is a good part of what a reader reads (a manual's index page is mostly links of its own).
 */
const CONTENT_SHARE = 0.25;

/** Share of a text that is links at least for it to read as chrome (menus, breadcrumbs, a footer's columns). */
const CHROME_LINKS = 0.5;

/**
 * Share of the page's own text the box around the headline holds at least when it holds every paragraph of prose the
 * page has (see holdsAllProse): more than half, so that what it leaves out is the lesser part.
 */
const PROSE_SHARE = 0.5;

/**
 * True when `box` holds two paragraphs of prose or more (a `<p>` of 160 characters, mostly not links) and the page
 * has none outside it: what it leaves out is lines, not text (a municipal site's alert bar, its contact box and
 * address, a footer's address and rights line beside its menus), however few of those lines are links.
 */
function holdsAllProse(box: Element, body: Element): boolean {
  const prose = sizeOf(box).prose;
  return prose >= 2 && prose === sizeOf(body).prose;
}

/** Characters outside links of a block beside the box that make it text of the page (a disclosure, an introduction). */
const TEXT_BLOCK = 400;

/**
 * True when a block beside the box or beside one of its ancestors is text, not chrome: 400 characters outside links or
 * more, and under a fifth of it links (a calculator's disclosure below it, a page's introduction above its columns).
 * A menu, a footer's columns and breadcrumbs are mostly links.
 */
function textOutside(box: Element, body: Element, visible: (el: Element) => number): boolean {
  for (let el = box; el !== body && el.parentElement; el = el.parentElement) {
    for (let s = el.parentElement.firstElementChild; s; s = s.nextElementSibling) {
      if (s === el || UNSEEN_TAG_NAMES.has(s.tagName)) continue;
      const chars = visible(s);
      const links = sizeOf(s).linkChars;
      if (chars - links >= TEXT_BLOCK && links < chars * 0.2) return true;
    }
  }
  return false;
}

/**
 * The page's headline: its first `<h1>` that is not wholly a link (a theme's site name printed as an `<h1>` around the
 * link home: old Reddit's subreddit name in the side column, a blog theme's title in its header), else its first.
 */
function headline(body: Element): Element | undefined {
  const h1s = body.getElementsByTagName('h1');
  for (const h of h1s) {
    const s = sizeOf(h);
    if (s.chars > 0 && s.linkChars < s.chars) return h;
  }
  return h1s[0];
}

/**
 * The box that plays `<main>`'s part on a page that prints no `<main>` and no `role=main` (older CMSs, div-soup
 * themes, vBulletin-era forums, municipal sites): going up from the page's headline (see headline), the first box
 * that holds a good part of the page's own text (characters outside links) where the next box up adds only links
 * (a side menu, breadcrumbs, a footer's columns) and all it leaves out is mostly links (the site's header, menus and
 * footer), no block of text among it (see textOutside). A box whose parent adds text (the page's next sections, a
 * side column of text) is not yet the page's content: its parent is asked. The body when no box is one (no `<h1>`,
 * or chrome of text around the content: nothing is cut then).
 * `visible` measures a box's characters without its scripts' and styles' (see visibleChars).
 * `byProse`: also the box that holds all of the page's prose and most of its text when the lines around it are text,
 * not links (see holdsAllProse); off on a page that prints code (`<pre>`, `<code>`): a manual's columns of samples and
 * its menu of labels stand beside its prose (Redoc), and the body stays its region.
 */
export function regionWithoutLandmarks(body: Element, visible: (el: Element) => number, byProse = true): Element {
  const h1 = headline(body);
  if (!h1) return body;
  const all = visible(body);
  const allLinks = sizeOf(body).linkChars;
  const ownText = all - allLinks;
  if (ownText <= 0) return body;
  let chars = visible(h1);
  let links = sizeOf(h1).linkChars;
  for (let el: Element = h1; el !== body && el.parentElement; el = el.parentElement) {
    const parent = el.parentElement;
    const up = visible(parent);
    const upLinks = sizeOf(parent).linkChars;
    if (
      el !== h1 &&
      chars - links >= ownText * CONTENT_SHARE &&
      up > chars &&
      // What the parent adds is no larger than the box: a listing's cards (links all) under its title's box
      // are the page, not its chrome.
      up - chars <= chars &&
      upLinks - links >= (up - chars) * CHROME_LINKS &&
      allLinks - links >= (all - chars) * CHROME_LINKS &&
      !textOutside(el, body, visible)
    )
      return el;
    // Chrome of lines around the content (text, not links): the box that holds more than half of the page's own text
    // and all of its prose, where the next box up adds no more than the box holds.
    if (
      byProse &&
      el !== h1 &&
      chars - links > ownText * PROSE_SHARE &&
      up > chars &&
      up - chars <= chars &&
      holdsAllProse(el, body)
    )
      return el;
    chars = up;
    links = upLinks;
  }
  return body;
}
