import type { Census } from './page-census';
import { isClassHidden } from './hiding-class';
import { byTag } from './tag-list';

/**
 * The whole text of a link back to the page's top, in the languages the pages were seen in or are likely in: "Back
 * to top", "Scroll to top", "Top ↑", "Nach oben", "Retour en haut", "Volver arriba", "Torna su", "Naar boven",
 * "Voltar ao topo", "Наверх", "トップへ戻る", "返回顶部".
 */
const BACK_TO_TOP = new RegExp(
  '^(?:[↑▲^]\\s*)?(?:' +
    '(?:back|scroll|go|return)\\s+to\\s+(?:the\\s+)?top(?:\\s+of\\s+(?:the\\s+)?page)?|to\\s+top|' +
    '[↑▲^]\\s*top|top\\s*[↑▲^]|(?:zurück\\s+)?nach\\s+oben|zum\\s+seitenanfang|' +
    'retour\\s+en\\s+haut(?:\\s+de\\s+(?:la\\s+)?page)?|haut\\s+de\\s+page|' +
    '(?:volver|ir)\\s+arriba|torna\\s+(?:su|all.inizio)|naar\\s+boven|voltar\\s+ao\\s+topo|наверх|' +
    'トップへ戻る|ページの先頭へ|先頭へ戻る|返回顶部|回到顶部|맨\\s*위로' +
    ')(?:\\s*[↑▲^])?$',
  'i',
);

/** Addresses of a link to the page's own top: "#", "#top", "#__top", "#page-top". */
const TOP_HREF = /^#(?:_*(?:page-?)?top)?$/i;

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** True when every non-blank text of `el` stands in a box a hiding utility class hides (see isClassHidden). */
function onlyHiddenText(el: Element): boolean {
  let any = false;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n.textContent ?? '').trim()) continue;
    any = true;
    let hidden = false;
    for (let p = n.parentElement; p && p !== el.parentElement; p = p.parentElement)
      if (isClassHidden(p)) {
        hidden = true;
        break;
      }
    if (!hidden) return false;
  }
  return any;
}

/**
 * The whole text of a toggle that shows a listing of the source: "View Source", "Show source code", "Source",
 * "Quelltext anzeigen", "Voir la source", "Ver código fuente", "Mostra sorgente", "Bron bekijken", "Исходный код",
 * "ソースを表示", "查看源码", "显示源代码".
 */
const SOURCE_LABEL = new RegExp(
  '^(?:(?:view|show|toggle|expand)\\s+)?source(?:\\s+code)?$|^(?:quelltext|quellcode)(?:\\s+anzeigen)?$|' +
    '^(?:voir|afficher)\\s+(?:la|le)\\s+(?:code\\s+)?source$|^(?:ver|mostrar)\\s+(?:el\\s+)?código(?:\\s+fuente)?$|' +
    '^(?:mostra\\s+)?(?:codice\\s+)?sorgente$|^bron(?:code)?\\s+bekijken$|^исходный\\s+код$|' +
    '^ソース(?:コード)?(?:を表示)?$|^(?:查看|显示)?源(?:代)?码$',
  'i',
);

/** True when `el` is a listing of code and nothing else: a `<pre>`, or a box whose whole text is one `<pre>`'s. */
function isListing(el: Element | null): el is Element {
  if (!el) return false;
  if (el.tagName === 'PRE') return true;
  const pre = el.querySelector('pre');
  return !!pre && text(pre).length > 0 && text(pre) === text(el);
}

/**
 * The listing a CSS-only toggle folds away: pdoc prints each module's and class's whole source after an unchecked
 * `<input type="checkbox">` and its `<label for>` "View Source", and its style sheet shows the listing only once the
 * box is checked. A reader sees the label; the page's text opened with the module's whole source (a real enum page:
 * its 60 lines before the first docstring). The label's whole text names the source (see SOURCE_LABEL); its checkbox,
 * when still there (it is `aria-hidden`, and may have gone with the hidden elements), stands before it in the same box
 * and is not checked; the label is in no form; and the listing is the first element with text after the label, or
 * after the box that holds it (a class's signature), two levels up at most. Returns the listing, or null.
 */
function foldedSource(label: Element, box: Element | null): Element | null {
  if (!SOURCE_LABEL.test(text(label))) return null;
  // The checkbox may be gone already (it is `aria-hidden`); one still there is the toggle's when it is a checkbox
  // before the label, in its box, not checked.
  if (box && (box.tagName !== 'INPUT' || !/^checkbox$/i.test(box.getAttribute('type') ?? ''))) return null;
  if (box && (box.hasAttribute('checked') || box.parentElement !== label.parentElement)) return null;
  if (box && !(box.compareDocumentPosition(label) & 4 /* FOLLOWING */)) return null;
  if (label.closest('form')) return null;
  // The first element with text after the label, or after its box (a class's signature holds the label, and its
  // permalink's empty link stands before the listing), two levels up at most.
  for (let at: Element | null = label, up = 0; at && up < 3; at = at.parentElement, up++) {
    let next = at.nextElementSibling;
    while (next && !text(next)) next = next.nextElementSibling;
    if (next) return isListing(next) ? next : null;
  }
  return null;
}

/**
 * The listing a closed fold holds: pdoc3 (0.9, 0.10) prints each module's, class's and function's whole source as
 * `<details class="source"><summary><span>Expand source code</span></summary><pre><code class="python">…`, and
 * mkdocstrings as `<details><summary>Source code in <code>pkg/mod.py</code></summary>…` around a listing; a
 * browser shows the summary alone until the reader opens it. A pdoc3 module's page opened with its 200 lines of source
 * before the first docstring. The fold goes, summary and all, when it is a `<details>` without `open`, its summary's
 * whole text names the source (see SOURCE_LABEL, or "Source code in" a file's name) and the rest of its text is one
 * listing's (see isListing: a `<pre>` or a box of one; or numberedListing: a highlighter's table of line numbers and
 * code). Returns the fold, or null. Read only on `<summary>` elements (the census's).
 */
function foldedDetails(summary: Element): Element | null {
  const fold = summary.parentElement;
  if (fold?.tagName !== 'DETAILS' || fold.hasAttribute('open')) return null;
  const label = text(summary);
  if (!SOURCE_LABEL.test(label) && !/^source code in \S+$/i.test(label)) return null;
  let listing: Element | null = null;
  for (let el = fold.firstElementChild; el; el = el.nextElementSibling) {
    if (el === summary || !text(el)) continue;
    if (listing) return null;
    listing = el;
  }
  // Nothing but the summary and the listing (text outside elements too), white space aside.
  const bare = (t: string) => t.replace(/\s+/g, '');
  if (!listing || bare(fold.textContent ?? '') !== bare(label) + bare(listing.textContent ?? '')) return null;
  return isListing(listing) || numberedListing(listing) ? fold : null;
}

/** True when `el` holds `<pre>`s and, outside them, line numbers alone (a highlighter's table of numbers and code). */
function numberedListing(el: Element): boolean {
  const pres = byTag(el, 'pre');
  if (!pres.length) return false;
  let rest = text(el);
  for (const pre of pres) rest = rest.replace(text(pre), ' ');
  return /^[\d\s]*$/.test(rest);
}

/**
 * The theme's controls over a manual's text that are not its words: a "Back to top" link (Furo prints
 * `a.back-to-top` with "Back to top" above the article, shown once the reader scrolls up) and the icon of a
 * CSS-only toggle (Furo's "Toggle table of contents sidebar": a `<label for="__toc">` of a hidden checkbox, its
 * only text a `visually-hidden` box beside the icon). On a short page Readability's block is the article's
 * container with both in it, and the text opened with "Back to top Toggle table of contents sidebar".
 *
 * A link goes when its address is the page's top ("#", "#top") and its whole text says so (see BACK_TO_TOP). A label
 * goes when it names a checkbox or a radio button of the page (its `for`) and all its text is hidden by a class:
 * a label a reader reads (a form's "Remember me") has visible text. A CSS-only toggle's input stands apart from its
 * label (its sibling rules open the panel); a choice's swatch (a shop card's colour, its name in an `sr-only` box)
 * holds its input or stands in a form's `<fieldset>`, and stays: without it the card's options read as text. Read only
 * on links to "#…" and on labels with a `for`. A listing of the source a CSS-only toggle folds goes with its label
 * (see foldedSource), and so does a closed `<details>` of a listing (see foldedDetails).
 */
export function removeViewControls(c: Census): void {
  for (const summary of c.summaries) {
    const fold = summary.isConnected ? foldedDetails(summary) : null;
    if (fold) fold.remove();
  }
  for (const a of c.skipLinks) {
    if (!a.isConnected || !TOP_HREF.test(a.getAttribute('href') ?? '')) continue;
    const t = text(a);
    if (t.length <= 40 && BACK_TO_TOP.test(t)) a.remove();
  }
  for (const label of c.toggleLabels) {
    if (!label.isConnected) continue;
    const target = label.ownerDocument.getElementById(label.getAttribute('for') ?? '');
    // A folded listing of the source goes with its toggle (see foldedSource).
    const listing = foldedSource(label, target);
    if (listing) {
      listing.remove();
      label.remove();
      continue;
    }
    if (target?.tagName !== 'INPUT' || !/^(checkbox|radio)$/i.test(target.getAttribute('type') ?? '')) continue;
    if (label.contains(target) || label.closest('fieldset, form')) continue;
    if (onlyHiddenText(label)) label.remove();
  }
}
