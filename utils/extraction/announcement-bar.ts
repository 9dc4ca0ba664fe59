import { nodeToText } from './html-to-text';
import { closestMatch, queryAll, queryFirst } from './dom-query';
import { visibleChars } from './extract-region';
import { sizeOf } from './clutter-guard';
import type { Census } from './page-census';
import { UNSEEN_TAG_NAMES } from './unseen-tags';
import { childList } from './child-elements';

/**
 * class/id words of a shop's announcement bar: the strip above the site's header that rotates its notices
 * ("Free shipping on orders over $50", one per country or currency), as Shopify themes name it
 * (`announcement-bar`, `announcement-bar__message`, `promo-bar`, `promoBar`). Not `announcement` alone (a forum's
 * announcements are topics) nor a promo banner (a service page's call to action, which the truths keep).
 */
const BAR_CLASS = /(^|[-_ ])(announcement[-_]?bar|promo[-_]?bar)([-_ ]|$)/i;

/** Characters of the longest notice an announcement bar holds (a sentence or two; an article's paragraph is more). */
const MAX_NOTICE = 300;

/** True when every line of a block's text is a notice of a sentence or two (see MAX_NOTICE). */
function shortLines(el: Element): boolean {
  return nodeToText(el)
    .split('\n')
    .every((line) => line.trim().length <= MAX_NOTICE);
}

/**
 * True when a block reads as a strip of notices: lines of a sentence or two each, none of `headings` (headline, main
 * landmark, article) inside, and less than half of the page's visible text.
 */
function isNoticeStrip(el: Element, headings: string): boolean {
  return !queryFirst(el, headings) && readsAsNotices(el, visibleChars(el));
}

/** Visible characters of the page `el` stands in (no body: no limit). */
function pageChars(el: Element): number {
  const body = el.ownerDocument.body;
  return body ? visibleChars(body) : Infinity;
}

/**
 * True when a block of `chars` visible characters is under half of the page's and its lines are notices. `page`: the
 * page's visible characters, when the caller keeps them (each count is four tag walks of the whole page otherwise).
 */
function readsAsNotices(el: Element, chars: number, page = () => pageChars(el)): boolean {
  return chars * 2 <= page() && shortLines(el);
}

/**
 * True when a block is a shop's announcement bar (see BAR_CLASS): notices of a sentence or two each, no headline,
 * no main landmark or article inside, and less than half of the page's visible text. Its notices are the site's,
 * on every page: Readability took the rotating bar of a shop's category (fifteen countries' shipping offers, 2,900
 * characters of short paragraphs) over its four products, and the region kept it.
 */
export function isAnnouncementBar(el: Element, classWords: string): boolean {
  // The class words first: asking whether the block is still in the page is a walk to the root in jsdom.
  if (!BAR_CLASS.test(classWords) || !el.isConnected) return false;
  return isNoticeStrip(el, 'h1, main, article, [role="main"]');
}

/** Where a site's header cannot stand: inside the page's own text (an article's or a section's header). */
const INSIDE_TEXT = 'article, main, [role="main"], section';

/** Links a site's header holds at least (its logo and menu); an article's header holds a title and a byline. */
const HEADER_LINKS = 3;

/**
 * The site's header: the page's first `<header>` or `role=banner` outside any article, main landmark or section, with
 * a few links (logo, menu), and before the page's first `<h1>` (a header after the headline is the article's).
 */
function siteHeader(c: Census): Element | null {
  const h1 = c.short.find((el, i) => c.shortTags[i] === 'H1' && el.isConnected);
  let found: Element | null = null;
  // The candidates: the short blocks' `<header>`s and the landmarks (every `role=banner` is one: see the census). The
  // earliest that passes wins whatever the order they are read in; a tag read from the census's list, not the element.
  const headers = c.short.filter((_, i) => c.shortTags[i] === 'HEADER');
  for (const el of [...headers, ...c.landmarks]) {
    if (el.tagName !== 'HEADER' && el.getAttribute('role') !== 'banner') continue;
    // DOCUMENT_POSITION_FOLLOWING: this one stands after a header already found.
    if (found && found.compareDocumentPosition(el) & 4) continue;
    if (!el.isConnected || !el.parentElement || closestMatch(el.parentElement, INSIDE_TEXT)) continue;
    if (queryAll(el, 'a').length < HEADER_LINKS) continue;
    // DOCUMENT_POSITION_PRECEDING: the headline stands before this header.
    if (h1 && !el.contains(h1) && el.compareDocumentPosition(h1) & 2) continue;
    found = el;
  }
  return found;
}

/** What a strip before the site's header never holds: a heading, a main landmark, an article. */
const NOT_STRIP = 'h1, h2, h3, main, article, [role="main"]';

/** Code in a block: a notice prints none. */
const CODE = 'pre, code';

/** Blocks inside a strip that are searched for its notices at most (a carousel's wrappers, its slides). */
const MAX_DEPTH = 8;

/**
 * Drops a block before the site's header when it is a strip of notices; else, when it holds no heading, the strips
 * inside it: a carousel whose slides' notices the page prints on one line (the slides are strips, the carousel not),
 * a bar of many notices that outweighs a short page (each notice is under half of it).
 */
function dropStrips(el: Element, depth: number, page: PageChars): void {
  // A script's or a style's text is no notice (visibleChars counts the element's own: it leaves out those inside).
  if (UNSEEN_TAG_NAMES.has(el.tagName)) return;
  // Two paragraphs of prose are no notices (see holdsArticle; many short notices can add up to its 1,500 characters).
  // The measured sizes first: the visible count and the selector each walk the block.
  const size = sizeOf(el);
  if (!size.chars || size.prose >= 2) return;
  const chars = visibleChars(el);
  if (!chars || queryFirst(el, NOT_STRIP)) return;
  // Nor is a paragraph of prose beside code: a manual's opening (a generated module page's description above its
  // synopsis, which removeLeadMenus takes for the site's menu band on a page without landmarks).
  if (size.prose && queryFirst(el, CODE)) return;
  if (readsAsNotices(el, chars, page.count)) {
    el.remove();
    page.changed();
    return;
  }
  if (depth < MAX_DEPTH) for (const child of childList(el)) dropStrips(child, depth + 1, page);
}

/** The page's visible characters, counted once and again only after a removal (see dropStrips). */
interface PageChars {
  count: () => number;
  changed: () => void;
}

/**
 * Strips of notices standing before the site's header (an announcement bar, a sale's countdown, a shipping notice,
 * one per country): the blocks before the header and before each block around it, up to the body, that read as a
 * strip of notices (short lines, no heading, under half the page; or such strips inside them) and hold no article
 * prose. The place is the signal, not the class words (BAR_CLASS): a site with hashed class names still puts its bar
 * above its header (a shop's bar of fifteen shipping notices, `promo-bar` hashed: 0.987 → 0.481).
 */
export function removeBarsBeforeHeader(c: Census): void {
  const header = siteHeader(c);
  if (header) removeStripsBefore(header, c);
}

/**
 * Drops the strips of notices before `anchor` (the site's header, or on a page without landmarks its menu, see
 * removeLeadMenus): the blocks before it and before each block around it, up to the body (see dropStrips).
 */
export function removeStripsBefore(anchor: Element, c: Census): void {
  const body = anchor.ownerDocument.body;
  // The census's scripts and styles stand for the four tag walks of the page (see visibleChars).
  let chars = -1;
  const page: PageChars = {
    count: () => (chars < 0 ? (chars = body ? visibleChars(body, c.unseen) : Infinity) : chars),
    changed: () => (chars = -1),
  };
  for (let el: Element | null = anchor; el && el !== body; el = el.parentElement) {
    for (let s = el.previousElementSibling; s;) {
      const before = s.previousElementSibling;
      dropStrips(s, 0, page);
      s = before;
    }
  }
}
