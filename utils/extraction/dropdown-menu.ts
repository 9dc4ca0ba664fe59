import type { Census } from './page-census';
import { attributeNames, classWordList } from './attribute-names';
import { linkDensity, sizeOf } from './clutter-guard';
import { queryFirst } from './dom-query';
import { visibleChars } from './extract-region';

/** Attributes a trigger names the panel it opens with (an id, or `#id`). */
const TRIGGER_ATTRS = ['aria-controls', 'data-panel-id', 'data-target', 'data-bs-target', 'data-dropdown'];

/** Characters of a trigger's label ("English ▾", "Topics ▾", "Latest version ▾"). */
const MAX_TRIGGER_CHARS = 40;

const DROPDOWN = /dropdown/i;
const NO_DROPDOWN = { dropdown: false, menu: false };

/** What a block's class or id words say of it: a panel that drops down (`dropdown-panel`), a menu that does. */
function dropdownWords(el: Element, cls: string, id: string): { dropdown: boolean; menu: boolean } {
  // Most classed blocks name no dropdown: one test of the raw strings before the split (no string built per block).
  if (!DROPDOWN.test(cls) && !DROPDOWN.test(id)) return NO_DROPDOWN;
  const words = classWordList(el);
  return { dropdown: words.includes('dropdown'), menu: words.includes('menu') };
}

/** Class words of an accordion's panel (`accordion-item__dropdown`): a fold of the page's text, not a menu. */
const FOLD_WORDS = new Set(['accordion', 'faq', 'faqs']);

/** Class words of a site's menu, whatever its role says (a shop's `nav_dropdown` mega-menu is a `region`). */
const NAV_WORDS = new Set(['nav', 'navbar', 'navigation', 'menu', 'megamenu']);

/**
 * True when a box that drops down is a fold of an accordion, after WAI-ARIA's accordion pattern: the panel is a
 * `region` labelled by its button, or its class words name an accordion or an FAQ. Squarespace's accordion block
 * prints each answer in `<div class="accordion-item__dropdown" role="region">` opened by the question's button
 * (`aria-controls`). A box whose words name a nav or a menu stays a menu, whatever its role.
 */
function isAccordionFold(el: Element): boolean {
  const words = classWordList(el);
  if (words.some((w) => NAV_WORDS.has(w))) return false;
  return el.getAttribute('role') === 'region' || words.some((w) => FOLD_WORDS.has(w));
}

/** A link, a button or an element acting as one: what opens a menu. */
const isClickable = (el: Element) =>
  el.tagName === 'A' || el.tagName === 'BUTTON' || el.getAttribute('role') === 'button';

/** The links and buttons with a short label that name a panel they open, by the panel's id. */
function triggersById(c: Census): Map<string, Element[]> {
  const out = new Map<string, Element[]>();
  for (const el of c.classed) {
    // The attributes first: few links name a panel, and each one's text is a walk of it.
    const names = attributeNames(el);
    if (!TRIGGER_ATTRS.some((name) => names.includes(name)) || !isClickable(el)) continue;
    if ((el.textContent ?? '').trim().length > MAX_TRIGGER_CHARS) continue;
    for (const name of TRIGGER_ATTRS) {
      const id = el.getAttribute(name)?.replace(/^#/, '');
      if (id) out.set(id, [...(out.get(id) ?? []), el]);
    }
  }
  return out;
}

/** A button or link right before a menu that opens it (`data-bs-toggle="dropdown"`, `aria-expanded`), with a label. */
function isToggle(el: Element): boolean {
  if (!isClickable(el)) return false;
  const opens =
    el.hasAttribute('aria-expanded') ||
    /dropdown/i.test(el.getAttribute('data-bs-toggle') ?? el.getAttribute('data-toggle') ?? '');
  return opens && (el.textContent ?? '').trim().length <= MAX_TRIGGER_CHARS;
}

/**
 * Menus that drop down: a box whose class or id words name a dropdown, with no paragraph of prose, no headline or
 * main landmark and under half of the page's visible text, that a link or button opens by its id (`data-panel-id`,
 * `aria-controls`, `data-target`) or that is a menu of links (Bootstrap's `dropdown-menu`: half links or more), is
 * shown on a click: a manual's other languages and versions (git-scm's "English ▾" and "Latest version ▾" panels:
 * its versions with their dates), its topics, a site's releases. Style sheets hide them, so Readability and the
 * region copy kept them in the manual's text. The triggers of a panel that goes go with it (those naming its id, and
 * a toggle right before it): their label alone ("English ▾") is not the manual's. A side column's folding lists
 * (`dropdownContent` under each heading) are neither: without them their headings stood alone, and the page's topic
 * list was kept as its text. An accordion's folds (see isAccordionFold) are the page's text: an FAQ's answers.
 */
export function removeDropdownMenus(c: Census): void {
  let page = -1;
  let triggers: Map<string, Element[]> | null = null;
  removeCaretPanels(c);
  for (let i = 0; i < c.classed.length; i++) {
    const el = c.classed[i];
    const words = dropdownWords(el, c.classNames[i], c.ids[i]);
    if (!words.dropdown || !sizeOf(el).chars || sizeOf(el).prose || isAccordionFold(el)) continue;
    if (queryFirst(el, 'h1, main, article, [role="main"]') || !el.isConnected) continue;
    triggers ??= triggersById(c);
    const opened = el.id ? triggers.get(el.id) : undefined;
    if (!opened && !(words.menu && linkDensity(el) >= 0.5)) continue;
    if (page < 0) page = visibleChars(el.ownerDocument.body ?? el, c.unseen);
    if (visibleChars(el, c.unseen) * 2 >= page) continue;
    const toggle = el.previousElementSibling;
    el.remove();
    for (const t of opened ?? []) t.remove();
    if (toggle && isToggle(toggle)) toggle.remove();
  }
}

/** A label that ends in a caret pointing down ("English ▾", "Topics ▼", "Version ⌄"): a control that drops down. */
const CARET_LABEL = /\S\s*[▾▼⌄⏷▿🔽]$/u;

/**
 * Panels a caret's control opens by their id, whatever their class words (hashed names keep none): a link to `#` or
 * a button labelled "English ▾" or "Topics ▼" that names a box by `aria-controls`, `data-panel-id` or `data-target`
 * (see TRIGGER_ATTRS). The caret says the box drops down over the page: a manual's other languages, versions and
 * topics, which style sheets hide. Gone with its controls, on the terms of removeDropdownMenus (no prose, no
 * headline, under half of the page's text). Candidates: the census's links to `#` and its buttons (a few per page).
 */
function removeCaretPanels(c: Census): void {
  let page = -1;
  for (const list of [c.skipLinks, c.players]) {
    for (const t of list) {
      if (!isClickable(t) || !t.isConnected) continue;
      const label = (t.textContent ?? '').trim();
      if (label.length > MAX_TRIGGER_CHARS || !CARET_LABEL.test(label)) continue;
      for (const name of TRIGGER_ATTRS) {
        const id = t.getAttribute(name)?.replace(/^#/, '');
        const el = id ? t.ownerDocument.getElementById(id) : null;
        if (!el || el.contains(t) || !sizeOf(el).chars || sizeOf(el).prose) continue;
        if (queryFirst(el, 'h1, main, article, [role="main"]')) continue;
        if (page < 0) page = visibleChars(el.ownerDocument.body ?? el, c.unseen);
        if (visibleChars(el, c.unseen) * 2 >= page) continue;
        el.remove();
        t.remove();
        break;
      }
    }
  }
}
