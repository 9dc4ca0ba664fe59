import { holdsArticle, sizeOf } from './clutter-guard';
import { closestMatch, queryFirst } from './dom-query';
import { visibleChars } from './extract-region';
import { hasChromeLandmarks, liveHeadline } from './lead-menus';
import type { Census } from './page-census';

/** Characters of a toggle's label at most ("Solutions ▾", "Members", "Open main menu"). */
const MAX_TOGGLE_CHARS = 40;

/** Links a menu's panel holds at least. */
const MIN_LINKS = 3;

/**
 * Characters of one run of a panel's text outside its links at most: a column's title, a link's one-line
 * description ("Develop, train, and deploy AI apps"), a panel's blurb of one sentence; not a paragraph.
 */
const MAX_RUN_CHARS = 120;

/** A link, a button or an element acting as one: what opens a panel. */
const isClickable = (el: Element) =>
  el.tagName === 'A' || el.tagName === 'BUTTON' || el.getAttribute('role') === 'button';

/** True when `a` stands before `b` in the page and does not hold it. */
const standsBefore = (a: Element, b: Element) =>
  !a.contains(b) && !!(a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */);

const hasText = (el: Element) => sizeOf(el).chars > 0;

/**
 * The panel a toggle opens: the element its `aria-controls` names, else the first sibling with text after it (or
 * after the wrapper the toggle is the whole text of: `<li><span><button>` … `</span><div>panel</div></li>`).
 */
function panelOf(toggle: Element): Element | null {
  const id = toggle.getAttribute('aria-controls')?.trim().split(/\s+/)[0];
  if (id) {
    const named = toggle.ownerDocument.getElementById(id);
    if (named) return named;
  }
  let from: Element = toggle;
  for (let up = 0; up < 3; up++) {
    for (let s = from.nextElementSibling; s; s = s.nextElementSibling) if (hasText(s)) return s;
    const parent = from.parentElement;
    if (!parent || sizeOf(parent).chars !== sizeOf(from).chars) return null;
    from = parent;
  }
  return null;
}

/**
 * True when a panel reads as a menu's: three links or more, no heading of the page's (`<h1>`–`<h3>`), no paragraph of
 * prose, and its text outside links in short runs (a column's title, one-line descriptions, a blurb), at most two per
 * link.
 */
function isMenuPanel(panel: Element): boolean {
  const s = sizeOf(panel);
  if (!s.chars || s.prose > 0 || holdsArticle(panel)) return false;
  const links = panel.getElementsByTagName('a').length;
  if (links < MIN_LINKS || queryFirst(panel, 'h1, h2, h3, main, article')) return false;
  let runs = 0;
  const walk = panel.ownerDocument.createTreeWalker(panel, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const chars = (n as Text).data.trim().length;
    if (!chars) continue;
    const parent = n.parentElement;
    if (!parent || closestMatch(parent, 'a, script, style, noscript, template')) continue;
    if (chars > MAX_RUN_CHARS || ++runs > links * 2) return false;
  }
  return true;
}

/**
 * A mega menu's panels on a page that prints no landmark for its chrome (a `<div>` soup: an unseen builder's hashed
 * classes, an older CMS's theme): the panels that the header's toggles open — a link or button with `aria-expanded`
 * and a short label, before the page's `<h1>` — that read as menus (see isMenuPanel) and stand before the `<h1>` too.
 * Style sheets show them on a click or a hover; Readability and the region copy kept them (a cloud host's solutions
 * with their one-line descriptions, an insurer's sections with a blurb each). The toggle goes with its panel: its
 * label ("Solutions") is the menu's. An FAQ's folds and a page's tabs stand after its headline, and are its text.
 */
export function removeMenuPanels(c: Census): void {
  if (!c.expanders.length || hasChromeLandmarks(c)) return;
  const h1 = liveHeadline(c);
  const body = h1?.ownerDocument.body;
  if (!h1 || !body) return;
  let page = -1;
  for (const toggle of c.expanders) {
    if (!isClickable(toggle) || !toggle.isConnected || !standsBefore(toggle, h1)) continue;
    if ((toggle.textContent ?? '').trim().length > MAX_TOGGLE_CHARS) continue;
    const panel = panelOf(toggle);
    if (!panel || !panel.isConnected || panel.contains(toggle) || toggle.contains(panel)) continue;
    if (!standsBefore(panel, h1) || !isMenuPanel(panel)) continue;
    if (page < 0) page = visibleChars(body, c.unseen);
    if (visibleChars(panel, c.unseen) * 2 >= page) continue;
    panel.remove();
    toggle.remove();
  }
}
