import { MENU_CLASS, PANEL_CLASS } from './clutter-text';
import { closestMatch } from './dom-query';
import { inkChars } from './ink-chars';
import { linkDensity } from './clutter-guard';
import { byTag } from './tag-list';

/**
 * True when a hidden element is a folded panel of the page's content: a tab panel (`role=tabpanel`)
 * or a block whose class or id names an accordion body, a FAQ answer or a fold, and not a menu.
 * The reader sees it after one click; a saved page shows it open. A `<figure>` is never one: a hidden
 * figure is a drawing (a payment form drawn as an "AccordionGraphic"), not a fold of the text.
 */
export function isFoldedPanel(el: Element): boolean {
  if (el.tagName === 'FIGURE') return false;
  const words = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (el.getAttribute('role') === 'tabpanel') return !MENU_CLASS.test(words);
  return PANEL_CLASS.test(words) && !MENU_CLASS.test(words);
}

/** The ids toggles open (`aria-controls` may name several, space-separated). */
export function controlledIds(toggles: readonly Element[]): Set<string> {
  const ids = new Set<string>();
  for (const t of toggles) for (const id of (t.getAttribute('aria-controls') ?? '').split(/\s+/)) if (id) ids.add(id);
  return ids;
}

/**
 * True when a hidden element is the panel of a disclosure, after WAI-ARIA's pattern: a toggle with `aria-expanded`
 * names its id in `aria-controls` (an accordion's answers, a "Show more", a methodology note under its link), whatever
 * its class words (`acd-a-content`, hashed names). Not a menu: a panel whose words name one (see MENU_CLASS), that is
 * mostly links (a submenu) or stands in a nav, header or menu; a menu's toggles use the same pattern.
 */
export function isDisclosedPanel(el: Element, ids: ReadonlySet<string>): boolean {
  return !!el.id && ids.has(el.id) && isContentPanel(el);
}

/**
 * True when a panel a control names holds the page's content, not a menu's (see isDisclosedPanel): no figure or
 * template, no menu's words, mostly not links, outside a nav, header, dialog or menu.
 */
export function isContentPanel(el: Element): boolean {
  if (el.tagName === 'FIGURE' || el.tagName === 'TEMPLATE') return false;
  if (MENU_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.id}`) || linkDensity(el) >= 0.5) return false;
  return !closestMatch(el, 'nav, header, dialog, [role="navigation"], [role="menu"], [role="dialog"]');
}

/** The attributes by which a button names the panel it shows (ARIA's, Bootstrap's). */
const TARGET_ATTRIBUTES = ['aria-controls', 'data-bs-target', 'data-target'];

/** Hidden as a tab set hides its other panels: by the `hidden` attribute or `aria-hidden`. */
export const isHidden = (el: Element) => el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';

/** True when a block with an id has a sibling of its tag with an id that is not hidden (see tabSetPanels). */
function besideShownPeer(el: Element): boolean {
  if (!el.id || !el.parentElement) return false;
  for (let s = el.parentElement.firstElementChild; s; s = s.nextElementSibling) {
    if (s !== el && s.tagName === el.tagName && s.id && !isHidden(s)) return true;
  }
  return false;
}

/**
 * True when `el` is labelled (`aria-labelledby`) by a tab outside it: an element with `aria-selected` (which a tab
 * keeps when its role is gone) or `role=tab`. A carousel's slides labelled by the gallery's heading are not a tab set.
 */
function labelledFromOutside(el: Element, doc: Document): boolean {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return false;
  // An id list, or one id with spaces in it (a tab's label made its id: "tab-C# (.NET)"), as pages print them.
  for (const id of [ids, ...ids.split(/\s+/)]) {
    const label = id ? doc.getElementById(id) : null;
    if (label && !el.contains(label) && (label.hasAttribute('aria-selected') || label.getAttribute('role') === 'tab'))
      return true;
  }
  return false;
}

/**
 * The hidden panels of the page's tab sets, found by their shape rather than by `role=tabpanel` (which old
 * themes never wrote and hashed or stripped markup does not keep): blocks side by side, one parent, named by
 * controls of the page (a link to `#id`, a button's `aria-controls` or `data-target`) or labelled by an element
 * outside them (`aria-labelledby`: the tab that shows each, see labelledFromOutside), one of them shown and the
 * others hidden: the reader sees one panel and opens the others with one click (Starlight's and Microsoft Learn's
 * install steps per system, a product's tabs). Dialogs are never shown side by side with their siblings; a menu's
 * hidden lists stand in different items. `doc`: the page; `hidden`: its hidden elements (Census.hidden).
 */
export function tabSetPanels(doc: Document, hidden: readonly Element[]): Set<Element> {
  const out = new Set<Element>();
  // Only a hidden block with an id beside a shown one of its tag with an id can be such a panel: without one, the
  // page's links and buttons are not read (two walks of the whole page).
  if (!hidden.some(besideShownPeer) || !doc.body) return out;
  const named = new Set<Element>();
  const name = (value: string | null) => {
    const id = value?.startsWith('#') ? value.slice(1) : value;
    const el = id ? doc.getElementById(id) : null;
    if (el && el !== doc.body) named.add(el);
  };
  for (const a of byTag(doc.body, 'a')) {
    const href = a.getAttribute('href');
    if (href?.startsWith('#') && href.length > 1) name(href);
  }
  for (const b of byTag(doc.body, 'button')) for (const attr of TARGET_ATTRIBUTES) name(b.getAttribute(attr));
  // The other half of ARIA's tab pattern: a panel names its tab (`aria-labelledby`), whatever the tab is (a `<span>`
  // or an `<li>` with `aria-selected` and no `aria-controls`: a design system's tabs) and whatever roles the page kept.
  // Read on the candidates' siblings only (no walk): each labelled by an element outside itself.
  // Each parent's children are read once per tag (a carousel's many hidden slides share one parent).
  const read = new Map<Element, Set<string>>();
  for (const el of hidden) {
    const parent = el.parentElement;
    if (!parent || read.get(parent)?.has(el.tagName) || !besideShownPeer(el)) continue;
    read.set(parent, (read.get(parent) ?? new Set()).add(el.tagName));
    for (let s = parent.firstElementChild; s; s = s.nextElementSibling)
      if (s.tagName === el.tagName && s.id && labelledFromOutside(s, doc)) named.add(s);
  }
  const byParent = new Map<Element, Element[]>();
  for (const el of named) {
    if (!el.parentElement) continue;
    const group = byParent.get(el.parentElement);
    if (group) group.push(el);
    else byParent.set(el.parentElement, [el]);
  }
  for (const group of byParent.values()) {
    if (group.length < 2 || new Set(group.map((el) => el.tagName)).size > 1) continue;
    if (!group.some((el) => !isHidden(el))) continue;
    for (const el of group) if (isHidden(el)) out.add(el);
  }
  return out;
}

/** Characters of a panel's longest line for it to say whether the page shows that line already. */
const TELLING_LINE = 40;

/** True when `part` stands in `text` twice or more. */
function seenTwice(text: string, part: string): boolean {
  const first = text.indexOf(part);
  return first >= 0 && text.indexOf(part, first + 1) >= 0;
}

/**
 * True when the panel's longest line (40 characters or more) stands in the page a second time: a "Read more" that
 * unfolds the whole description whose opening the page already shows, a sticky bar's copy of the product's title.
 * Opened, the panel would say it twice. `pageText`: the body's text, read once by the caller. `peersText`: a tab
 * set's text (its panels' parent), for a panel of one: the lines its panels share (a note each language's steps
 * repeat) say nothing of the page, and its longest line of its own is read instead (none: no repeat).
 */
export function repeatsPage(el: Element, pageText: () => string, peersText?: string): boolean {
  const lines: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = (n.nodeValue ?? '').trim();
    if (t.length >= TELLING_LINE) lines.push(t);
  }
  lines.sort((a, b) => b.length - a.length);
  const longest = peersText === undefined ? lines[0] : lines.find((l) => !seenTwice(peersText, l));
  return !!longest && seenTwice(pageText(), longest);
}

/** Opens a folded panel: it shows (and Readability reads it) like the rest of the page. */
export function openPanel(el: Element): void {
  el.removeAttribute('hidden');
  if (el.getAttribute('aria-hidden') === 'true') el.removeAttribute('aria-hidden');
}

/** Characters of a row drawn as a button (see unwrapToggle): a status and its description, not a section. */
const BUTTON_ROW = 600;

/** A sentence of three words or more ("A page of shipments."), not a row's title or a figure ("4.4"). */
const isSentence = (p: Element) => /^\S+(\s+\S+){2,}[.!?]$/.test((p.textContent ?? '').replace(/\s+/g, ' ').trim());

/** An API response's status as a row's label: "200", "4XX", "default". */
const STATUS_LABEL = /^([1-5]\d\d|[1-5]xx|default)$/i;

/**
 * True when the button's label beside its paragraphs is an HTTP status (see STATUS_LABEL): an API reference's response
 * row, whose description is a phrase more often than a sentence ("Successful operation", "Pet not found": Redoc prints
 * an OpenAPI description as written). Read only on a button that holds a paragraph; a shop's row is labelled in words.
 */
function isStatusRow(button: Element, paras: Element[]): boolean {
  let label = '';
  for (const n of Array.from(button.childNodes))
    if (!paras.some((p) => n === p || n.contains(p))) label += n.textContent ?? '';
  return STATUS_LABEL.test(label.trim());
}

/**
 * True when a button holds a paragraph (a sentence, or a phrase beside a response's status) and a label of its own
 * beside it (Redoc's status "200" before the response's description): a row drawn as a button. A button whose
 * paragraph is its whole text is a control's label (a shop's model picker prints each model as
 * `<button><p>iPhone 16 Pro</p></button>`); a shop's rows title themselves without a full stop, and its rating prints
 * "4.4".
 */
function holdsParagraphBesideLabel(button: Element): boolean {
  const paras = Array.from(byTag(button, 'p'));
  if (!paras.length || !(paras.some(isSentence) || isStatusRow(button, paras))) return false;
  let inParas = 0;
  for (const p of paras) inParas += inkChars(p);
  return inkChars(button) > inParas;
}

/**
 * The title of a fold written as its toggle button ("<h3><button aria-expanded>What do I do
 * after an accident?</button></h3>"): buttons are dropped as controls, so the question would go with
 * them. A toggle in a heading, or one of three words or more, becomes its text; "Menu" stays a button.
 * So does a button that holds a paragraph beside its own label, a row a renderer made clickable as a whole: Redoc
 * draws each response of an API operation as `<button>` holding its status and its description's `<p>` ("200 A page
 * of shipments."), and the operation lost every description. A control's label is phrasing, never a paragraph.
 */
export function unwrapToggle(button: Element): void {
  if (button.tagName !== 'BUTTON' || !button.parentNode) return;
  const row = holdsParagraphBesideLabel(button);
  if (!row && !button.hasAttribute('aria-expanded')) return;
  const text = (button.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > (row ? BUTTON_ROW : 200)) return;
  if (!closestMatch(button, 'h1, h2, h3, h4, h5, h6, dt, summary') && text.split(' ').length < 3) return;
  if (closestMatch(button, 'nav, header, footer, [role="navigation"], [role="menu"]')) return;
  const box = button.ownerDocument.createElement(row ? 'div' : 'span');
  box.append(...Array.from(button.childNodes));
  button.replaceWith(box);
}
