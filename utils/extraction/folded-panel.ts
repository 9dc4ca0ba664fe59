import { MENU_CLASS, PANEL_CLASS } from './clutter-text';
import { closestMatch } from './dom-query';

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

/** Opens a folded panel: it shows (and Readability reads it) like the rest of the page. */
export function openPanel(el: Element): void {
  el.removeAttribute('hidden');
  if (el.getAttribute('aria-hidden') === 'true') el.removeAttribute('aria-hidden');
}

/**
 * The title of a fold written as its toggle button ("<h3><button aria-expanded>What do I do
 * after an accident?</button></h3>"): buttons are dropped as controls, so the question would go with
 * them. A toggle in a heading, or one of three words or more, becomes its text; "Menu" stays a button.
 */
export function unwrapToggle(button: Element): void {
  if (button.tagName !== 'BUTTON' || !button.hasAttribute('aria-expanded') || !button.parentNode) return;
  const text = (button.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 200) return;
  if (!closestMatch(button, 'h1, h2, h3, h4, h5, h6, dt, summary') && text.split(' ').length < 3) return;
  if (closestMatch(button, 'nav, header, footer, [role="navigation"], [role="menu"]')) return;
  const span = button.ownerDocument.createElement('span');
  span.append(...Array.from(button.childNodes));
  button.replaceWith(span);
}
