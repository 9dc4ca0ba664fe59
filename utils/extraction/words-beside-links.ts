import { byTag } from './tag-list';

/** An element's text with its white space squashed. */
export const squashedText = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Words of `el`'s text outside the links of `links` that it holds: what a bar or picker of such links says besides
 * them (icons' labels, separators, "Supported Versions:"), see removeEditLinks and removeVersionPickers.
 */
export function wordsBesideLinks(el: Element, links: ReadonlySet<Element>): number {
  let other = squashedText(el);
  for (const a of byTag(el, 'a')) if (links.has(a)) other = other.replace(squashedText(a), ' ');
  return other.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
