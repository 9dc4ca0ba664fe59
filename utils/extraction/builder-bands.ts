import { attributeOf } from './attribute-names';

/**
 * The site header and footer a page builder's theme templates print as `<div>`s, which are no landmarks: Elementor
 * Pro's theme builder marks them `data-elementor-type="header"` / `"footer"` (newer versions print `<header>` and
 * `<footer>` with the same mark). The header holds the top bar (phone, opening hours, "Free Estimate") beside the
 * menu; the footer the contact columns and the copyright line. Readability drops them by their class words only
 * on its first attempt: when that attempt comes out short, its later ones keep the footer after the page.
 */
export function isBuilderBand(el: Element, names: readonly string[]): boolean {
  const type = attributeOf(el, names, 'data-elementor-type');
  return type === 'header' || type === 'footer';
}
