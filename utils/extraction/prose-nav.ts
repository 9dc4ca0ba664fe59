import { sizeOf } from './clutter-guard';
import { closestMatch, queryFirst } from './dom-query';

/** Share of its text a `<nav>` may hold in links and still be a text rather than a menu. */
const MAX_LINK_SHARE = 0.2;

/** A sentence: eight words or more with a full stop, a question or an exclamation mark. */
const SENTENCE = /[\p{L}\p{N}][.!?](\s|$)/u;

/**
 * True when a `<nav>` element is a text, not navigation: mostly not links (under a fifth of its text), a sentence of
 * eight words or more, no script, control or list of three items inside, standing in no header, footer, menu or
 * dialog. Webflow's dropdown component prints its list as `<nav class="w-dropdown-list">`, and its templates build FAQs
 * from it: each answer a `<nav>` under its question, which the clutter pass and the region copy dropped as navigation
 * (Readability kept them). An element that says `role="navigation"` is taken at its word.
 */
export function isProseNav(el: Element): boolean {
  if (el.tagName !== 'NAV' || el.hasAttribute('role')) return false;
  const s = sizeOf(el);
  if (s.chars < 60 || s.linkChars >= s.chars * MAX_LINK_SHARE) return false;
  // A menu drawn with buttons or a list of items (a script opens its entries) is navigation, links or not.
  if (queryFirst(el, 'script, nav, button, select, input, [role="button"], [role="menuitem"]')) return false;
  if (el.getElementsByTagName('li').length >= 3) return false;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.split(' ').length < 8 || !SENTENCE.test(text) || !el.parentElement) return false;
  const around = 'header, footer, nav, dialog, [role="banner"], [role="navigation"], [role="menu"], [role="dialog"]';
  return !closestMatch(el.parentElement, around);
}

/** The same element as a `<div>` (class, id and children moved): a text box, for Readability and the region copy. */
export function asTextBox(el: Element): Element {
  const box = el.ownerDocument.createElement('div');
  // Its class and id (what the later passes read); framework attributes (`@click`) are no valid names to set.
  for (const name of ['class', 'id']) {
    const value = el.getAttribute(name);
    if (value !== null) box.setAttribute(name, value);
  }
  box.append(...Array.from(el.childNodes));
  el.replaceWith(box);
  return box;
}
