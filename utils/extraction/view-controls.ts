import type { Census } from './page-census';
import { isClassHidden } from './hiding-class';

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
 * on links to "#…" and on labels with a `for`.
 */
export function removeViewControls(c: Census): void {
  for (const a of c.skipLinks) {
    if (!a.isConnected || !TOP_HREF.test(a.getAttribute('href') ?? '')) continue;
    const t = text(a);
    if (t.length <= 40 && BACK_TO_TOP.test(t)) a.remove();
  }
  for (const label of c.toggleLabels) {
    if (!label.isConnected) continue;
    const target = label.ownerDocument.getElementById(label.getAttribute('for') ?? '');
    if (target?.tagName !== 'INPUT' || !/^(checkbox|radio)$/i.test(target.getAttribute('type') ?? '')) continue;
    if (label.contains(target) || label.closest('fieldset, form')) continue;
    if (onlyHiddenText(label)) label.remove();
  }
}
