import type { Census } from './page-census';
import { holdsArticle, sizeOf } from './clutter-guard';
import { queryFirst } from './dom-query';
import { childList } from './child-elements';

/** Boxes that may hold a page's title and opening right before its `<main>`. */
const TITLE_BOX = /^(DIV|SECTION|HEADER|HGROUP)$/;

/** Boxes between the title box and `<main>` that hold nothing a reader sees: a rule, an empty wrapper. */
export const SPACER = /^(HR|BR|SCRIPT|STYLE|NOSCRIPT|TEMPLATE|LINK|META)$/;

/** Characters of the opening at least (not in links): one sentence of introduction. */
const MIN_OPENING = 60;

/** Chrome among the opening that stays where it was: a chapters list, a search form, a toolbar. */
const STAYS = /^(NAV|FORM|ASIDE|BUTTON|SELECT|INPUT|MENU)$/;

/**
 * A manual's opening printed before its `<main>`: Rails Guides' layout writes `section#feature` (the guide's `<h1>`,
 * its introduction and "After reading this guide, you will know:" list, then the chapters `<nav>`) and only then
 * `<main id="container">` with the chapters' text. Readability and the region both take `<main>`'s block and the
 * introduction was lost. When the page has one `<main>` (or `role=main`), that holds article prose and no `<h1>`,
 * and the element right before it (rules and empty boxes aside) is a box holding the page's `<h1>`, what follows the
 * title in that box — its paragraphs and lists, not its `<nav>`s, forms or asides, and only when it is mostly not
 * links and one sentence long at least — moves to the start of `<main>`. The title stays where it was (as in
 * `unmarkTitleBoxes`). A site header moves nothing: its `<h1>` is the site's name linked to the home page (see
 * isSiteName), its menu a `<nav>` or links.
 */
export function joinTitleBeforeMain(c: Census): void {
  if (c.mains.length !== 1) return;
  const main = c.mains[0];
  if (!main.isConnected || queryFirst(main, 'h1')) return;
  let box = main.previousElementSibling;
  while (box && (SPACER.test(box.tagName) || sizeOf(box).chars === 0)) box = box.previousElementSibling;
  if (!box || !TITLE_BOX.test(box.tagName)) return;
  const h1 = queryFirst(box, 'h1');
  if (!h1 || isSiteName(h1) || !holdsArticle(main)) return;
  moveOpening(box, h1, main);
}

/**
 * Moves what follows `h1` in its title box `box` (its paragraphs and lists, not its `<nav>`s, forms or asides, and
 * only when it is mostly not links and one sentence long at least) to the start of `main`'s text: into its lone
 * wrappers down to the box that holds the text, where Readability's block is. The title stays where it was.
 */
export function moveOpening(box: Element, h1: Element, main: Element): void {
  let top: Element = h1;
  while (top.parentElement && top.parentElement !== box) top = top.parentElement;
  // A wrapper alone in the box (a `.wrapper` around everything): read inside it.
  while (top !== h1 && !top.previousElementSibling && !top.nextElementSibling) {
    let child: Element | null = top.firstElementChild;
    while (child && !child.contains(h1)) child = child.nextElementSibling;
    if (!child) return;
    top = child;
  }
  const opening: Element[] = [];
  let chars = 0;
  let linkChars = 0;
  for (let n = top.nextElementSibling; n; n = n.nextElementSibling) {
    if (STAYS.test(n.tagName) || n.getAttribute('role') === 'navigation') continue;
    const s = sizeOf(n);
    if (!s.chars) continue;
    chars += s.chars;
    linkChars += s.linkChars;
    opening.push(n);
  }
  if (!opening.length || chars - linkChars < MIN_OPENING || linkChars >= chars / 2) return;
  // Into the box that holds the text (main's lone wrappers down to the chapters' column), where Readability's block is.
  let target = main;
  for (;;) {
    const kids = childList(target).filter((k) => sizeOf(k).chars > 0);
    if (kids.length !== 1 || !WRAPPER.test(kids[0].tagName)) break;
    target = kids[0];
  }
  target.prepend(...opening);
}

/** Wrappers of `<main>`'s text that the opening goes into. */
const WRAPPER = /^(DIV|SECTION|ARTICLE)$/;

/** A site's name as its header's `<h1>`: in a link, or mostly a link to another page (the home page). */
export function isSiteName(h1: Element): boolean {
  if (h1.closest('a')) return true;
  const a = queryFirst(h1, 'a');
  if (!a || (a.getAttribute('href') ?? '').startsWith('#')) return false;
  const s = sizeOf(h1);
  return s.linkChars > s.chars / 2;
}
