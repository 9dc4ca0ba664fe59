import { closestMatch, queryFirst } from './dom-query';
import { clean } from './post-time';

/** Characters of a description list's term that is a label ("Inheritance", "Implements", "Inherited Members"). */
const LABEL_CHARS = 40;

/**
 * A line inside a description list's description (`<dd>`) whose term (`<dt>`) is a short label without links: the
 * label's value, not a teaser. DocFX prints a type's inheritance, the interfaces it implements, its derived types and
 * its inherited members so, one linked name per line (`<dt>Inheritance</dt><dd><div><a>object</a></div>…`), and the
 * tidy pass read each as a stand-alone link line and left the labels over nothing. A term that is a link itself (a
 * glossary's linked entries) or a long one is not read; the caller asks it only on a page that declares no article.
 */
export function isTermValue(el: Element, root: Element): boolean {
  const dd = closestMatch(el, 'dd');
  if (!dd || !root.contains(dd)) return false;
  let dt = dd.previousElementSibling;
  while (dt?.tagName === 'DD') dt = dt.previousElementSibling;
  if (dt?.tagName !== 'DT' || queryFirst(dt, 'a')) return false;
  const label = clean(dt.textContent);
  return label.length > 0 && label.length <= LABEL_CHARS;
}
