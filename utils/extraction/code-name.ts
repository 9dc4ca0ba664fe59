import { closestMatch } from './dom-query';

/** Levels up from a name to find the text after it (Sphinx wraps a method's name twice before its parenthesis). */
const MAX_LEVELS = 3;

/**
 * True when `el` names something in a manual rather than being a page's notice: it is the title of a heading that
 * anchors it by that name (TypeDoc's `<h3><span>close</span><a href="#close">` above a method, Sphinx's headings and
 * their `¶` links), or a call's parenthesis follows it with no space (TypeDoc's signature `<span>close</span>
 * <span>()</span>`, Sphinx's `<span class="sig-name"><span class="pre">close</span></span><span class="sig-paren">(`).
 * A notice word alone in its box ("Close", "Updated", "Advertisement": a forum's ad slot in a post's author heading)
 * is none.
 */
export function isCodeName(el: Element): boolean {
  const heading = el.parentElement && closestMatch(el.parentElement, 'h1, h2, h3, h4, h5, h6');
  if (heading) return anchorsName(heading, (el.textContent ?? '').trim().toLowerCase());
  let at: Element | null = el;
  for (let level = 0; at && level < MAX_LEVELS; level++, at = at.parentElement) {
    const next = at.nextSibling;
    if (next) return (next.textContent ?? '').startsWith('(');
  }
  return false;
}

/** True when `heading` is the page's anchor named `name`: its id, or a permalink in it to `#name`. */
function anchorsName(heading: Element, name: string): boolean {
  if (heading.id.toLowerCase() === name) return true;
  for (const a of heading.getElementsByTagName('a'))
    if ((a.getAttribute('href') ?? '').toLowerCase() === `#${name}`) return true;
  return false;
}
