import { isFoldedPanel, isHidden } from './folded-panel';

/**
 * Class words of the CSS frameworks' utilities that hide an element at every width: Bootstrap's `d-none`,
 * `invisible`, `visually-hidden` (3's `hidden`, `hide`, `sr-only`), Tailwind's `hidden`, `invisible`, `sr-only`,
 * Bulma's `is-hidden`, `is-invisible`, `is-sr-only`, Foundation's `hide`, `invisible`, `show-for-sr`, UIkit's
 * `uk-hidden`, Angular's `ng-hide`, Drupal's `element-invisible`, HTML5 Boilerplate's `visuallyhidden`, WordPress'
 * `screen-reader-text`, and the generic `is-hidden`, `u-hidden`, `display-none`. A word naming a width
 * (`hidden-xs`, `d-md-none`, `md:hidden`) hides at that width only and is not one.
 */
const HIDING_WORD = new RegExp(
  '^(hidden|hide|d-none|invisible|is-hidden|is-invisible|u-hidden|display-none|uk-hidden|ng-hide|' +
    'sr-only|is-sr-only|visually-hidden|visuallyhidden|show-for-sr|screen-reader-text|element-invisible)$',
);

/**
 * A class word that shows the element again from some width on, after a hiding word: Tailwind's `md:block`,
 * `lg:flex`, `sm:visible`, `md:not-sr-only`, Bootstrap's `d-md-block`, `d-lg-inline-flex`. NodeBB prints its
 * buttons' labels as `<span class="d-none d-md-block">Reply</span>`: shown on a desktop. (`d-print-block` shows it
 * only on paper.)
 */
const SHOWN_AT = new RegExp(
  '^(([a-z0-9]+:)+(block|inline|inline-block|flex|inline-flex|grid|inline-grid|table|table-cell|table-row|' +
    'contents|flow-root|list-item|visible|not-sr-only)|d-(sm|md|lg|xl|xxl)-(?!none$)[a-z-]+)$',
);

/**
 * True when a class word of a framework's hiding utility hides the element at every width (see HIDING_WORD), and no
 * word shows it again at some width (see SHOWN_AT).
 */
export function isClassHidden(el: Element): boolean {
  const cls = el.getAttribute('class');
  if (!cls) return false;
  const words = cls.split(/\s+/);
  return words.some((w) => HIDING_WORD.test(w)) && !words.some((w) => SHOWN_AT.test(w));
}

/**
 * True when the reader does not see the element: hidden by the `hidden` attribute, `aria-hidden`, or a hiding
 * utility class (see isClassHidden), and not a folded panel of the content (a tab's or an accordion's, which a
 * saved page shows open; see isFoldedPanel), as the clutter pass reads the attribute (isChrome).
 */
export function isHiddenBox(el: Element): boolean {
  if (!isHidden(el) && !isClassHidden(el)) return false;
  return !isFoldedPanel(el);
}
