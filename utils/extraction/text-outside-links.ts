/**
 * The text of an element that none of its links holds: the separators of a bar of links ("Home | About"), the commas of
 * an inline list of references, a footer paragraph's own words beside its links.
 */
export function textOutsideLinks(el: Element): string {
  let out = '';
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out += (c as Text).data;
    else if (c.nodeType === 1 && (c as Element).tagName !== 'A') out += textOutsideLinks(c as Element);
  }
  return out;
}
