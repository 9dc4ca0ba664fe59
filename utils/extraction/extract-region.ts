import { CODE_LANGUAGE_ATTR } from './code-language';
import { isFoldedPanel } from './folded-panel';
import { sizeOf } from './clutter-guard';
import { isButtonLink, removeRegionLines } from './region-lines';

/** Elements that are never page content, wherever they stand. */
const DROP_TAGS = new Set(
  (
    'NAV ASIDE FORM BUTTON SELECT INPUT TEXTAREA LABEL DIALOG IFRAME SCRIPT STYLE NOSCRIPT TEMPLATE ' +
    'SVG CANVAS VIDEO AUDIO OBJECT EMBED MAP LINK META'
  ).split(' '),
);

/** Landmark roles of page chrome. */
const DROP_ROLES = new Set([
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

/** Class words of elements that hold the page's content whatever else their class says. */
const CONTENT_WORDS = /(^|[-_ ])(content|main|article|post|entry|body|product|description)([-_ ]|$)/i;

/** True when a `<header>` or `<footer>` is the page's (site header, site footer), not a section's own. */
function isPageBand(el: Element): boolean {
  return !el.parentElement?.closest('article, section, [role="article"]');
}

/** Top-level overlays that are not the page (consent managers, dialogs): their text does not count. */
const OVERLAY = /(cookie|consent|gdpr|cmp-|onetrust|didomi|modal|popup|overlay)/i;

/** Characters of text a reader can see in `el`: its text without that of scripts, styles and templates. */
export function visibleChars(el: Element): number {
  let n = sizeOf(el).chars;
  for (const tag of ['script', 'style', 'noscript', 'template'])
    for (const x of el.getElementsByTagName(tag)) n -= sizeOf(x).chars;
  return n;
}

/**
 * The main region of the page: its largest `<main>` / `[role=main]` when that holds a good part of the
 * text (scripts' text not counted), else the body.
 */

export function mainRegion(body: Element): Element {
  let all = visibleChars(body);
  for (const c of body.children) {
    if (c.getAttribute('role') === 'dialog' || OVERLAY.test(`${c.getAttribute('class') ?? ''} ${c.id}`))
      all -= visibleChars(c);
  }
  let best: Element | null = null;
  for (const el of body.querySelectorAll('main, [role="main"]')) {
    if (!best || sizeOf(el).chars > sizeOf(best).chars) best = el;
  }
  return best && sizeOf(best).chars >= all * 0.25 ? best : body;
}

/**
 * True when the element is page chrome: navigation, bands, dialogs, banners, link clouds. `total` is
 * the region's text size: a link cloud is a small part of it (a menu, a footer column), never the
 * bulk of the region (a listing's cards). `<main>` is never chrome.
 */
export function isChrome(el: Element, keepLinks: boolean, total = Infinity): boolean {
  const tag = el.tagName;
  if (tag === 'MAIN') return false;
  if (DROP_TAGS.has(tag)) return tag !== 'FORM' || sizeOf(el).prose < 2;
  if ((tag === 'HEADER' || tag === 'FOOTER') && isPageBand(el)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return !isFoldedPanel(el);
  const role = el.getAttribute('role');
  if (role && DROP_ROLES.has(role)) return true;
  if ((tag === 'A' || role === 'button') && isButtonLink(el, sizeOf(el).chars)) return true;
  // State modifiers ("has-sidebar", "is-menu-open", "with-nav") describe the layout, not the element.
  const words = `${el.getAttribute('class') ?? ''} ${el.id}`.replace(/(^|\s)(has|is|with|no)-\S*/g, ' ');
  if (CHROME_WORDS.test(words) && !CONTENT_WORDS.test(words) && sizeOf(el).prose < 2) return true;
  if (keepLinks) return false;
  // A cloud of links with no text of its own: a menu, a footer column, a tag list.
  const s = sizeOf(el);
  return (
    s.chars > 0 &&
    s.chars < total * 0.3 &&
    s.linkChars / s.chars > 0.8 &&
    el.getElementsByTagName('a').length >= 5 &&
    s.prose === 0
  );
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
 * A copy of the region without its chrome (see isChrome), built by copying what stays (no copy of the
 * whole page first). `keepLinks` keeps link-dense blocks (a listing's cards are links).
 */
export function cleanRegion(region: Element, doc: Document, keepLinks = false): Element {
  const total = visibleChars(region);
  const copy = (el: Element): Element | null => {
    if (el !== region && isChrome(el, keepLinks, total)) return null;
    const out = element(doc, el.tagName === 'BODY' || el.tagName === 'MAIN' ? 'div' : el.tagName.toLowerCase());
    for (const name of [
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
    ]) {
      const v = el.getAttribute(name);
      if (v !== null) out.setAttribute(name, v);
    }
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out.append((c as Text).data);
      else if (c.nodeType === 1) {
        const k = copy(c as Element);
        if (k) out.append(k);
      }
    }
    return out;
  };
  const out = copy(region) ?? doc.createElement('div');
  removeRegionLines(out);
  return out;
}
