import { ACCOUNT_LINE, ACTION_LINE, COMMERCE_LINE, RESULT_COUNTER } from './clutter-text';
import { linkDensity } from './clutter-guard';
import { classAndIdWords } from './attribute-names';
import { leafBlocks } from './trim-edges';
import { byTag } from './tag-list';
import { textOutsideLinks } from './text-outside-links';
import { closestMatch, queryFirst } from './dom-query';
import { rightsTail } from './rights-tail';

/**
 * A line made only of unrendered template expressions ("${{amount_no_decimals}}", "{{ product.title }}",
 * "{% if cart %}"): a shop or app template whose script never ran (a stored copy, a fetched page).
 */
const TEMPLATE = String.raw`(\{\{[^{}]*\}\}|\{%[^%]*%\}|\$\{[^{}]*\})`;
const TEMPLATE_LINE = new RegExp(
  String.raw`^[^\p{L}\p{N}]*${TEMPLATE}([^\p{L}\p{N}]*${TEMPLATE})*[^\p{L}\p{N}]*$`,
  'u',
);

/** Class words of a link or control styled as a button ("btn-orange", "button-module__x", "HeroButton", "cta"). */
const BUTTON_CLASS = /(^|[\s_-])(btn|button|cta)/i;

/**
 * A link or control drawn as a button: `role=button`, or a link whose class names a button or call to
 * action, whose words are an instruction ("Get started", "Contact sales", "Book your free demo"), not
 * content; a short text only (a card that is one big link keeps its title).
 */
export function isButtonLink(el: Element, chars: number): boolean {
  if (chars === 0 || chars > 40) return false;
  // The role and class first: the subtree query is the dear part, and most links are not buttons.
  if (el.getAttribute('role') !== 'button' && !(el.tagName === 'A' && BUTTON_CLASS.test(classAndIdWords(el))))
    return false;
  if (queryFirst(el, 'img, picture, h1, h2, h3, h4, h5, h6')) return false;
  // A button that names a thing of the page ("Explore Winsor & Newton Watercolors": a category tile) stays.
  const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return ACTION_LINE.test(t) || ACCOUNT_LINE.test(t);
}

/**
 * Lines of the main region's copy that are the page's machinery, not its content: result and post
 * counters, unrendered template expressions, account lines, shop notices (cart, shipping, returns, alerts,
 * review prompts), and calls to
 * action made only of links ("Apply Now View Rates", "Contact sales"; not a heading or a list item,
 * which are a listing's titles and a category's links). Readability's article gets the same treatment
 * from the tidy pass; the region copy did not, and kept them.
 */
export function removeRegionLines(root: Element): void {
  const lines = leafBlocks(root);
  const kept: Element[] = [];
  for (const el of lines) {
    kept.push(el);
    const raw = el.textContent ?? '';
    if (raw.length > 400) continue;
    const t = raw.replace(/\s+/g, ' ').trim();
    if (!t || t.length > 160 || el.tagName === 'TABLE' || closestMatch(el, 'table, blockquote')) continue;
    let drop =
      RESULT_COUNTER.test(t) ||
      COMMERCE_LINE.test(t) ||
      (t.length <= 60 && ACCOUNT_LINE.test(t)) ||
      TEMPLATE_LINE.test(t);
    if (!drop && t.length <= 40 && ACTION_LINE.test(t) && !closestMatch(el, 'h1, h2, h3, h4, h5, h6, li, dt, dd'))
      drop = !queryFirst(el, 'img') && linkDensity(el) >= 0.9;
    if (!drop) drop = isLinkBar(el);
    if (drop) {
      el.remove();
      kept.pop();
    }
  }
  // The site's footer, when it ends the copy: its rights line and legal links (see rightsTail).
  for (const el of rightsTail(kept)) el.remove();
  removeRepeats(root);
}

/** Links a line holds at least to be a bar of links (see isLinkBar). */
const LINK_BAR_LINKS = 3;

/** What stands between the links of a bar: separators ("|", "·", "•", "/", dashes), with spaces around them. */
const LINK_BAR_SEPARATOR = /[|·•/–—-]/;
const LINK_BAR_GAP = new RegExp(`^(?:\\s|${LINK_BAR_SEPARATOR.source})*$`);

/**
 * A line of three links or more with separators between them and nothing else ("Past 30 Days Of News |
 * Articles & Reviews | News Archives | RSS Feed" under a listing's last card, a breadcrumb): the site's
 * navigation, whatever tag holds it (a heading). A card's title is one link; links run together without a
 * separator (a game's tags) are not a bar.
 */
function isLinkBar(el: Element): boolean {
  const links = el.getElementsByTagName('a');
  if (links.length < LINK_BAR_LINKS) return false;
  const rest = textOutsideLinks(el);
  return LINK_BAR_GAP.test(rest) && LINK_BAR_SEPARATOR.test(rest);
}

/** A heading's tag. */
const HEADING_TAG = /^H[1-6]$/;

/**
 * Lines that say again, word for word, what an earlier line of the copy said: a carousel's cloned slides,
 * a layout printed twice (desktop and phone), a tab strip repeated above each panel. Short lines
 * ("Add to cart", a price, "Mips") repeat in any listing and stay; so do list items and links (a shop
 * lists the same product twice), table cells and code. So do a description list's descriptions (`<dd>`): an API
 * reference says the same of a parameter in each overload that takes it and of a method in each class that has it
 * (DocFX's parameter lists, Sphinx autodoc's members), and those are the reference's text, not a copy of it. A
 * description that says again a line that was no description, or a line that says again a description, is a copy.
 * A heading that says again an earlier heading goes with the repeated line right after it: the copy's section
 * titles ("About us", "Our mission" over the phone layout's paragraphs, a builder printing a section twice with
 * no class to tell the copies apart). A repeated heading over new text ("Features" over each tab's own list) stays.
 */
function removeRepeats(root: Element): void {
  const seen = new Set<string>();
  // Lines first said in a description (`<dd>`).
  const described = new Set<string>();
  const titles = new Set<string>();
  // Repeated headings since the last line of text, waiting for the line they title.
  let pending: Element[] = [];
  for (const el of leafBlocks(root)) {
    const raw = el.textContent ?? '';
    if (HEADING_TAG.test(el.tagName) && raw.length <= 200) {
      const t = raw.replace(/\s+/g, ' ').trim();
      if (!t) continue;
      if (titles.has(t)) pending.push(el);
      else {
        titles.add(t);
        pending = [];
      }
      continue;
    }
    const t = raw.replace(/\s+/g, ' ').trim();
    if (!t) continue;
    const waiting = pending;
    pending = [];
    if (raw.length < 40 || raw.length > 2000 || closestMatch(el, 'table, pre, code, li, a') || queryFirst(el, 'a'))
      continue;
    if (t.length < 40) continue;
    // A description that says again an earlier description stays (see above). One that says again a line that was
    // no description is a copy, and a line that says again a description too: a shop's fields printed raw in a `<dl>`
    // and again in its tabs lose the tabs' copy, as before.
    const description = !!closestMatch(el, 'dd');
    if (seen.has(t) && !(description && described.has(t))) {
      el.remove();
      for (const h of waiting) h.remove();
    } else {
      seen.add(t);
      if (description) described.add(t);
    }
  }
}

/** Paging links of a listing ("Older posts", "Load more", "Ältere Beiträge", "Page suivante"). */
const PAGER_LINK = new RegExp(
  '^(older|newer|next|previous|prev|more) (posts|stories|articles|entries|results|items|page)|^(load|show) more|' +
    '^(ältere|neuere|weitere) (beiträge|artikel|einträge)|^nächste seite|' +
    '^(entradas|artículos) (anteriores|siguientes)|' +
    '^página siguiente|^(articles|billets) (précédents|suivants)|^page suivante|^articoli (precedenti|successivi)',
  'iu',
);

/**
 * Links of a listing's cards that are its buttons, not its titles: calls to action and shop actions
 * ("Add to cart", "Read more", "Shop now", "Sign in to see price") and paging links ("Older posts"); at
 * most 40 characters, with no image or heading inside. Readability drops the classes that mark them as
 * buttons in the page, so the words decide.
 */
export function removeActionLinks(root: Element): void {
  for (const a of byTag(root, 'a')) {
    const t = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!t || t.length > 40 || queryFirst(a, 'img, picture, h1, h2, h3, h4, h5, h6')) continue;
    if (!(ACTION_LINE.test(t) || COMMERCE_LINE.test(t) || ACCOUNT_LINE.test(t) || PAGER_LINK.test(t))) continue;
    // The block it leaves empty ("<p><a>Read more</a></p>") goes with it.
    let el: Element = a;
    for (let p = a.parentElement; p && p !== root && !queryFirst(p, 'img, picture'); p = p.parentElement) {
      if ((p.textContent ?? '').replace(/\s+/g, ' ').trim() !== t) break;
      el = p;
    }
    el.remove();
  }
}
