import { isSignatureLink } from './entry-signature';
import { isCartForm } from './cart-form';
import { CODE_LANGUAGE_ATTR } from './code-language';
import { isFoldedPanel } from './folded-panel';
import { sizeOf } from './clutter-guard';
import { nodeToText } from './html-to-text';
import { isButtonLink, removeRegionLines } from './region-lines';
import { CONSENT_CLASS } from './clutter-text';
import { attributeNames, attributeOf } from './attribute-names';
import { byTag } from './tag-list';
import { closestMatch, queryFirst } from './dom-query';
import { isSequenceBar, removeListInfoLines } from './sequence-nav';
import { removeMailAdditions } from './mail-signature';
import { isGridCard } from './grid-card';
import type { Census } from './page-census';
import { inLetterIndex } from './letter-index';
import { inPageIndex } from './page-index';
import { regionWithoutLandmarks } from './region-without-landmarks';
import { namesOwnSection } from './document-sections';
import { UNSEEN_TAGS } from './unseen-tags';

/** Elements that are never page content, wherever they stand (see regionWordBound, which relies on it). */
export const DROP_TAGS = new Set(
  (
    'NAV ASIDE FORM BUTTON SELECT INPUT TEXTAREA LABEL DIALOG IFRAME SCRIPT STYLE NOSCRIPT TEMPLATE ' +
    'SVG CANVAS VIDEO AUDIO OBJECT EMBED MAP LINK META'
  ).split(' '),
);

/** Landmark roles of page chrome. */
export const DROP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
  'tooltip',
]);

/** Class and id words of page chrome (whole words of a class name: "site-breadcrumbs", "cookie_notice"). */
const CHROME_WORDS = new RegExp(
  '(^|[-_ ])(' +
    'breadcrumbs?|pagination|pager|cookies?|consent|gdpr|modal|popup|overlay|newsletter|subscribe|signup|' +
    'share|sharing|social|skip|sidebar|navbar|nav|navigation|menu|megamenu|masthead|site-header|site-footer|' +
    'footer|header-nav|login|search|searchbar|toolbar|sponsored|advert|advertisement|ads?|banner-ad|related|' +
    'recommended|offcanvas|drawer|toast|tooltip|visually-hidden|sr-only|screen-reader-text' +
    ')([-_ ]|$)',
  'i',
);

/**
 * Class and id words of the top bar above a site's header, which is not a landmark: Divi's `#top-header` with the
 * phone number and e-mail, a theme's `top-bar`, `topbar`, `header-top`, `utility-bar`. Chrome unless it holds prose
 * or the page's heading. ("preheader" is not one: a kicker above a section's heading.)
 */
const BAND_WORDS = /(^|[-_ ])(topbar|top[-_]bar|top[-_]header|header[-_]top|utility[-_]bar)([-_ ]|$)/i;

/** An inline style that hides the element. */
const STYLE_HIDDEN = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Class words of elements that hold the page's content whatever else their class says. */
const CONTENT_WORDS = /(^|[-_ ])(content|main|article|post|entry|body|product|description)([-_ ]|$)/i;

/**
 * A class word that ends in "sidebar" after other parts ("p-body-sidebar", "post_sidebar"): a side column of the
 * part of the page its first parts name (XenForo's page body), not content, whatever content word those parts hold.
 * A layout that holds one ("content-with-sidebar") is not one.
 */
const SIDEBAR_WORD = /(^|\s)(?!\S*[-_]with[-_])\S+[-_]sidebar(?=\s|$)/i;

/** Elements whose `<header>` and `<footer>` are their own (see isPageBand). */
const BAND_OWNERS = 'article, section, blockquote, figure, [role="article"]';

/**
 * True when a `<header>` or `<footer>` is the page's (site header, site footer), not a section's own. A quotation's
 * or a figure's footer (a testimonial's `<blockquote><p>…</p><footer>Dana, Austin</footer></blockquote>`) is
 * theirs: HTML makes them sectioning roots. So is a page's hero (see isLeadHeader).
 */
export function isPageBand(el: Element): boolean {
  if (!el.parentElement || closestMatch(el.parentElement, BAND_OWNERS)) return false;
  return !(el.tagName === 'HEADER' && isLeadHeader(el));
}

/** Characters of a hero's text besides its headings and links that make it the content's opening (isLeadHeader). */
const LEAD_CHARS = 80;

/**
 * A `<header>` inside `<main>` that holds a heading and a sentence besides it (outside links): the main content's
 * opening, the page's `<h1>` and the lines under it (a builder's hero section, Framer's and Webflow's among them;
 * HTML maps such a header to no banner). A header of a heading and links only (breadcrumbs over a title) stays the
 * page's, as before: the development truths leave those titles out.
 */
function isLeadHeader(el: Element): boolean {
  if (!closestMatch(el, 'main, [role="main"]') || !queryFirst(el, 'h1, h2, h3, h4, h5, h6')) return false;
  return textBeside(el).replace(/\s+/g, '').length >= LEAD_CHARS;
}

/** The text of an element outside its headings and links. */
function textBeside(el: Element): string {
  let out = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out += (c as Text).data;
    else if (c.nodeType === 1 && !/^(A|H[1-6])$/.test((c as Element).tagName)) out += textBeside(c as Element);
  }
  return out;
}

/** Top-level overlays that are not the page (consent managers, dialogs): their text does not count. */
const OVERLAY = new RegExp(`${CONSENT_CLASS.source}|onetrust|didomi|modal|popup|overlay`, 'i');

/**
 * Characters of text a reader can see in `el`: its text without that of scripts, styles and templates. `unseen`:
 * those elements as the census found them (Census.unseen), instead of four tag walks of `el` (each a walk of every
 * node under it in jsdom); only while the page has changed by removals alone (no such element added since).
 */
export function visibleChars(el: Element, unseen?: readonly Element[]): number {
  let n = sizeOf(el).chars;
  if (unseen) {
    for (const x of unseen) if (x !== el && el.contains(x)) n -= sizeOf(x).chars;
    return n;
  }
  for (const tag of UNSEEN_TAGS) for (const x of byTag(el, tag)) n -= sizeOf(x).chars;
  return n;
}

/** What the census found that stands for walks of the page (see mainRegion). */
export type PageLists = Pick<Census, 'mains' | 'unseen' | 'codeCount'>;

/**
 * The main region of the page: its largest `<main>` / `[role=main]` when that holds a good part of the
 * text (scripts' text not counted), else the body. `census`: those elements as the census found them
 * (Census.mains; those since removed are skipped), instead of a selector over the whole page (it costs
 * about as much as the rest of this function in jsdom), and its scripts, styles and templates (see
 * visibleChars); only while the page has changed by removals alone. `bare`: on a page without any `<main>` or
 * `role=main`, the box that plays its part (see regionWithoutLandmarks), with the census only.
 */
export function mainRegion(body: Element, census?: PageLists, bare = false): Element {
  let all = visibleChars(body, census?.unseen);
  for (let c = body.firstElementChild; c; c = c.nextElementSibling) {
    if (c.getAttribute('role') === 'dialog' || OVERLAY.test(`${c.getAttribute('class') ?? ''} ${c.id}`))
      all -= visibleChars(c, census?.unseen);
  }
  const mains = census
    ? census.mains.filter((el) => el !== body && el.isConnected && body.contains(el))
    : body.querySelectorAll('main, [role="main"]');
  let best: Element | null = null;
  for (const el of mains) {
    if (!best || sizeOf(el).chars > sizeOf(best).chars) best = el;
  }
  // A page without any landmark: the box that plays its part (see regionWithoutLandmarks).
  if (bare && census && !census.mains.length)
    return regionWithoutLandmarks(body, (el) => visibleChars(el, census.unseen), !census.codeCount);
  return best && sizeOf(best).chars >= all * 0.25 ? best : body;
}

/**
 * True when the element is page chrome: navigation, bands, dialogs, banners, link clouds. `total` is
 * the region's text size: a link cloud is a small part of it (a menu, a footer column), never the
 * bulk of the region (a listing's cards). `<main>` is never chrome.
 */
export function isChrome(el: Element, keepLinks: boolean, total = Infinity, inResults = false): boolean {
  const tag = el.tagName;
  if (tag === 'MAIN') return false;
  if (DROP_TAGS.has(tag)) return tag !== 'FORM' || sizeOf(el).prose < 2;
  // A group of form controls outside a <form> (a collection's "View ( … )" and "Sort ( … )" boxes, a filter's
  // checkboxes): the controls go (DROP_TAGS), and their legend and labels with them.
  if (tag === 'FIELDSET' && queryFirst(el, 'select, input, textarea')) return sizeOf(el).prose < 2;
  if ((tag === 'HEADER' || tag === 'FOOTER') && isPageBand(el)) return true;
  const names = attributeNames(el);
  if (names.includes('hidden') || attributeOf(el, names, 'aria-hidden') === 'true') return !isFoldedPanel(el);
  // A menu or a list of links an inline style hides (a dropdown, a skip list) is not shown; hidden text is
  // kept, as before: an accordion's answers may be hidden so without a class word that says so (hashed class
  // names), and a page's whole content may be hidden until its scripts run (half of the region or more).
  if (STYLE_HIDDEN.test(attributeOf(el, names, 'style') ?? '') && !isFoldedPanel(el) && isMostlyLinks(el))
    return total === Infinity || visibleChars(el) < total * 0.5;
  const role = attributeOf(el, names, 'role');
  if (role && DROP_ROLES.has(role)) return true;
  if ((tag === 'A' || role === 'button') && isButtonLink(el, sizeOf(el).chars)) return true;
  if (isSequenceBar(el)) return true;
  // State modifiers ("has-sidebar", "is-menu-open", "with-nav") describe the layout, not the element.
  const words = `${attributeOf(el, names, 'class') ?? ''} ${attributeOf(el, names, 'id') ?? ''}`.replace(
    /(^|\s)(has|is|with|no)-\S*/g,
    ' ',
  );
  if (CHROME_WORDS.test(words) && (!CONTENT_WORDS.test(words) || SIDEBAR_WORD.test(words)) && sizeOf(el).prose < 2) {
    if (isLayoutWrapper(el, words, total)) return false;
    // A manual's section whose id is its title's slug (see namesOwnSection) is the manual's text.
    if (namesOwnSection(el, CHROME_WORDS)) return false;
    // A search script's stand-in around the page's own text (see wrapsPageText) is the page.
    if (!inResults && onlyResultsWords(words) && wrapsPageText(el)) return false;
    // Inside a block of results its cards' own words ("search-item", "related-product__title") name nothing else.
    // A pager inside the results stays chrome.
    return !(onlyResultsWords(words) && (inResults ? !PAGER_WORDS.test(words) : isResultsBlock(el, total)));
  }
  if (BAND_WORDS.test(words) && !CONTENT_WORDS.test(words) && sizeOf(el).prose < 2 && !queryFirst(el, 'h1, h2'))
    return true;
  if (keepLinks) return false;
  // A cloud of links with no text of its own: a menu, a footer column, a tag list; not one card of the page's grid (a
  // shop's card with a row of colour swatch links, see isGridCard), nor one group of an A–Z index (see inLetterIndex).
  // Nor a reference's summary of members whose every link is an entry's signature (see namesEntries).
  // Nor a manual's index of its pages that the page's own text prints (see inPageIndex).
  return (
    isLinkCloud(el) &&
    sizeOf(el).chars < total * 0.3 &&
    !isGridCard(el, total) &&
    !inLetterIndex(el) &&
    !namesEntries(el) &&
    !inPageIndex(el)
  );
}

/**
 * True when every link of a block is a member's signature linking to its details on the page (YARD's "Instance Method
 * Summary": `#start_remote_session(script) ⇒ Object`, see isSignatureLink): the reference's summary, not a menu.
 */
function namesEntries(el: Element): boolean {
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) if (!isSignatureLink(links[i])) return false;
  return links.length > 0;
}

/**
 * Chrome class words that may name the box of a listing's results ("search-results", "pagination-container",
 * "related-products"); with any other chrome word (a search overlay's "search-modal") the box stays chrome.
 */
const RESULTS_WORDS = /(^|[-_ ])(search|pagination|pager|related)(?=[-_ ]|$)/gi;
const PAGER_WORDS = /(^|[-_ ])(pagination|pager)([-_ ]|$)/i;

/** Links a block of results holds at least (a grid of cards has one or two per card). */
const RESULTS_LINKS = 8;

/**
 * True when a block whose class words name a search box, a pager or related items is in fact the page's
 * results: it holds 40 % of the region's text and eight links or more (a shop's "search-outer-container"
 * around its grid, a collection's "filtering-and-pagination" container, a "related-product" section that is
 * the category's products). A search box, a pager and a related row are a small part of the page.
 */
function isResultsBlock(el: Element, total: number): boolean {
  if (total === Infinity) return false;
  return el.getElementsByTagName('a').length >= RESULTS_LINKS && visibleChars(el) >= total * 0.4;
}

/**
 * True when a block whose class words name chrome (a nav, a sticky bar) holds half of the region's text, most
 * of it not links: a layout wrapper around the page's sections ("secondary-sticky-nav" around every section of
 * a product page, for its scroll-spy), not a bar. A menu is links, and never half of a page's text; a consent
 * box or a dialog (OVERLAY words) stays chrome whatever it holds.
 */
function isLayoutWrapper(el: Element, words: string, total: number): boolean {
  if (total === Infinity || OVERLAY.test(words)) return false;
  const s = sizeOf(el);
  return s.linkChars < s.chars / 2 && visibleChars(el) >= total * 0.5;
}

/**
 * True when a block named for search results holds the page's title (an `<h1>` whose class words name no chrome:
 * its id is its title's slug) and text under it (a paragraph, a list item, code or a table): the box a site's search
 * script empties to print its results in, around the page's text while nobody searches. Legacy GitBook and HonKit
 * print every page so (`#book-search-results > .search-noresults > section.markdown-section`): the region dropped the
 * whole page as a search box, and then Readability's block as that box's text. A box of results prints its title
 * over results it has not got yet (an empty list), a search box a field.
 */
function wrapsPageText(el: Element): boolean {
  const h1 = queryFirst(el, 'h1');
  if (!h1 || !(h1.textContent ?? '').trim() || CHROME_WORDS.test(h1.getAttribute('class') ?? '')) return false;
  for (let n: Node | null = h1; n; n = next(n, el)) {
    if (n.nodeType !== 1) continue;
    const tag = (n as Element).tagName;
    if (/^(P|LI|PRE|TABLE|DD)$/.test(tag) && (n.textContent ?? '').trim()) return true;
  }
  return false;
}

/** The node after `n` in document order, inside `root`; null past its end. */
function next(n: Node, root: Node): Node | null {
  if (n.firstChild) return n.firstChild;
  for (let up: Node | null = n; up && up !== root; up = up.parentNode) if (up.nextSibling) return up.nextSibling;
  return null;
}

/** True when the only chrome words of these class words are results words (see RESULTS_WORDS). */
function onlyResultsWords(words: string): boolean {
  const rest = words.replace(RESULTS_WORDS, ' ');
  return rest !== words && !CHROME_WORDS.test(rest);
}

/** A block whose class words name search results, a pager or related items, with eight links or more. */
function mayHoldResults(el: Element): boolean {
  const words = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return onlyResultsWords(words) && el.getElementsByTagName('a').length >= RESULTS_LINKS;
}

/** Half of the element's text or more is link text (no text at all counts too). */
function isMostlyLinks(el: Element): boolean {
  const s = sizeOf(el);
  return s.linkChars >= s.chars / 2;
}

/** Links (five or more) and nearly no other text: a menu, a footer column, a tag list, or a grid of one-link cards. */
function isLinkCloud(el: Element): boolean {
  const s = sizeOf(el);
  return s.chars > 0 && s.linkChars / s.chars > 0.8 && s.prose === 0 && el.getElementsByTagName('a').length >= 5;
}

/** Characters of link text per link at which links read as titles (of a card, a story), not as menu words. */
const CARD_LINK_CHARS = 20;

/**
 * Link clouds that are cards: each link a title ("Google BigQuery previews cross-region SQL queries",
 * "Trek Solstice Mips Bike Helmet $95"), not a menu word. Together they are the page's body when they
 * hold half of the region's text (a news section's rows of stories, a shop's grid of products); a
 * service page's few link cards and a footer's columns are not. Null when they are not the body.
 */
function cardGrids(region: Element, total: number): Set<Element> | null {
  const grids = new Set<Element>();
  let chars = 0;
  const walk = (el: Element) => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (isChrome(c, true, total)) continue;
      if (!isLinkCloud(c)) {
        walk(c);
        continue;
      }
      const links = c.getElementsByTagName('a');
      if (sizeOf(c).linkChars / links.length < CARD_LINK_CHARS) continue;
      grids.add(c);
      chars += sizeOf(c).chars;
    }
  };
  walk(region);
  return chars >= total * 0.5 ? grids : null;
}

/** A new element of that name, or a `<div>` when the parser kept a name no DOM may create (`metaname="x"`). */
function element(doc: Document, name: string): Element {
  try {
    return doc.createElement(name);
  } catch {
    return doc.createElement('div');
  }
}

/**
 * The page around a main region that is a `<main>` landmark (see mainRegion): the siblings of the region
 * and of each of its ancestors up to the body (the site's header, footer, newsletter band), scripts left
 * out. Readability may take a block there (a footer's tagline) when the main region's own content is
 * cards or sections it scores low: that block is the page's chrome like what the region copy leaves out.
 */
export function outsideRegion(region: Element, body: Element): Element[] {
  const out: Element[] = [];
  for (let el = region; el !== body && el.parentElement; el = el.parentElement) {
    for (let s = el.parentElement.firstElementChild; s; s = s.nextElementSibling) {
      if (s !== el && !/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|LINK|META)$/.test(s.tagName)) out.push(s);
    }
  }
  return out;
}

/** What cleanRegion reports besides the copy. */
export interface RegionParts {
  /** The elements of the page left out as chrome (see chromeText). */
  chrome: Element[];
  /** The copies of grids of one-link cards kept as the page's body (see cardGrids). */
  cards: Element[];
}

/** The attributes a region copy keeps (links, images, dates, table spans, language, a code block's language). */
const COPIED_ATTRIBUTES = [
  'href',
  'src',
  'alt',
  'title',
  'datetime',
  'colspan',
  'rowspan',
  'lang',
  'dir',
  CODE_LANGUAGE_ATTR,
];

/**
 * A copy of the region without its chrome (see isChrome), built by copying what stays (no copy of the
 * whole page first). `keepLinks` keeps link-dense blocks (a listing's cards are links). `parts`, when
 * given, receives what was left out as chrome and the card grids kept.
 */
export function cleanRegion(region: Element, doc: Document, keepLinks = false, parts?: RegionParts): Element {
  const total = visibleChars(region);
  const grids = keepLinks ? null : cardGrids(region, total);
  const copy = (el: Element, keep = keepLinks, inResults = false): Element | null => {
    // Inside a grid of cards that is the page's body, link lists are the cards' own.
    const grid = !!grids?.has(el);
    keep ||= grid;
    if (el !== region && isChrome(el, keep, total, inResults)) {
      // A page-wide <form> (ASP.NET wraps whole pages in one) is not a box of chrome Readability could take;
      // a shop's cart form (a quick-order table of every variant, a cart drawer) is. Nor is a block of results
      // (see mayHoldResults) that the region leaves out for its class words: when Readability takes it, it took
      // the listing's cards.
      if ((el.tagName !== 'FORM' || isCartForm(el)) && !mayHoldResults(el)) parts?.chrome.push(el);
      return null;
    }
    const out = element(doc, el.tagName === 'BODY' || el.tagName === 'MAIN' ? 'div' : el.tagName.toLowerCase());
    const names = attributeNames(el);
    for (const name of COPIED_ATTRIBUTES) {
      const v = attributeOf(el, names, name);
      if (v !== null) out.setAttribute(name, v);
    }
    // The cards of a block of results are its own, whatever their class words say (see isChrome).
    const results = inResults || (el !== region && mayHoldResults(el));
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.append((c as Text).data);
      else if (c.nodeType === 1) {
        const k = copy(c as Element, keep, results);
        if (k) out.append(k);
      }
    }
    if (grid) parts?.cards.push(out);
    return out;
  };
  const out = copy(region) ?? doc.createElement('div');
  removeRegionLines(out);
  // A mail archive's message kept whole by the region: the list's footer line, the writer's signature and Mailman's
  // scrubbed HTML part go as they go from Readability's block (see removeSequenceBars).
  removeListInfoLines(out);
  removeMailAdditions(out);
  return out;
}

/** Characters of a sentence compared on its own with the chrome (see chromeShare). */
const MIN_SENTENCE = 20;

/** Characters of Readability's block above which it is not taken for a box of chrome. */
const MAX_CHROME_CHARS = 1500;

/**
 * The text of the elements the region copy left out as chrome (cleanRegion's `chrome`), read before
 * Readability moves or re-parses them, one line per element with its whitespace collapsed.
 */
export function chromeText(chrome: Element[]): string {
  return chrome.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ')).join('\n');
}

/**
 * Share of the text of `content` (Readability's block) whose lines stand in the page's chrome (see
 * chromeText): Readability may take a subscribe box, a modal or the site's footer on a page whose own
 * content is cards it scores low, or nothing it can read. A long block is content, whatever box holds it.
 */
export function chromeShare(content: Element, chrome: string): number {
  if (!chrome || sizeOf(content).chars > MAX_CHROME_CHARS) return 0;
  let total = 0;
  let inChrome = 0;
  for (const raw of nodeToText(content).split('\n')) {
    const line = raw.replace(/\s+/g, ' ').trim();
    total += line.length;
    if (!line) continue;
    if (chrome.includes(line)) inChrome += line.length;
    // A line Readability changed inside (it dropped an inline button: a consent box's vendor count) is
    // compared sentence by sentence.
    else
      for (const s of line.split(/(?<=[.!?])\s+/))
        if (s.length >= MIN_SENTENCE && chrome.includes(s)) inChrome += s.length;
  }
  return total ? inChrome / total : 0;
}
