import { closestMatch } from './dom-query';
import { byTag } from './tag-list';

/** Levels up from a name to find the text after it (Sphinx wraps a method's name twice before its parenthesis). */
const MAX_LEVELS = 3;

/**
 * True when `el` names something in a manual rather than being a page's notice: it is the title of a heading that
 * anchors it by that name (TypeDoc's `<h3><span>close</span><a href="#close">` above a method, Sphinx's headings and
 * their `¶` links), or a call's parenthesis follows it with no space (TypeDoc's signature `<span>close</span>
 * <span>()</span>`, Sphinx's `<span class="sig-name"><span class="pre">close</span></span><span class="sig-paren">(`).
 * A notice word alone in its box ("Close", "Updated", "Advertisement": a forum's ad slot in a post's author heading)
 * is none. `el` may be the heading itself (the tidy pass's lines, see removeLines).
 */
export function isCodeName(el: Element): boolean {
  // The heading itself, too: the tidy pass reads a heading as one line (a Readability block's `<h3>close</h3>`).
  const heading = closestMatch(el, 'h1, h2, h3, h4, h5, h6');
  if (heading) return anchorsName(heading, (el.textContent ?? '').trim().toLowerCase());
  let at: Element | null = el;
  for (let level = 0; at && level < MAX_LEVELS; level++, at = at.parentElement) {
    const next = at.nextSibling;
    if (next) return (next.textContent ?? '').startsWith('(') || namesEntry(at.parentElement, el);
  }
  return false;
}

/**
 * True when the line around a name holds the permalink of the entry so named: a link to `#name` followed by no letter
 * or digit (Crystal's signature `def <strong>close</strong> : Nil` beside its `#` to `#close:Nil-instance-method`, a
 * method with no parenthesis, its return type after it).
 */
function namesEntry(line: Element | null, el: Element): boolean {
  if (!line) return false;
  const name = (el.textContent ?? '').trim().toLowerCase();
  if (!name) return false;
  for (const a of byTag(line, 'a')) {
    if (a === el || a.contains(el)) continue;
    const href = (a.getAttribute('href') ?? '').toLowerCase();
    if (href.startsWith(`#${name}`) && !/^[\p{L}\p{N}]/u.test(href.slice(name.length + 1))) return true;
  }
  return false;
}

/**
 * True when an anchor's name is `name`, alone or qualified by its owner after a dot or a colon (godoc's `Pool.Close`,
 * rustdoc's `method.close`, `Foo::close`).
 */
function namesAnchor(anchor: string, name: string): boolean {
  return anchor === name || anchor.endsWith(`.${name}`) || anchor.endsWith(`:${name}`);
}

/**
 * True when `heading` is the page's anchor named `name`: its id, or a permalink in it to `#name` (on this page), each
 * name alone or qualified by its owner (see namesAnchor). godoc prints a method as `<h3 id="Pool.Close">func (*Pool)
 * <a href="…/pool.go#L52">Close</a> <a href="#Pool.Close">¶</a></h3>`: the method's name lost to the notice words.
 */
function anchorsName(heading: Element, name: string): boolean {
  if (namesAnchor(heading.id.toLowerCase(), name)) return true;
  for (const a of byTag(heading, 'a')) {
    const href = (a.getAttribute('href') ?? '').toLowerCase();
    const hash = href.indexOf('#');
    if (hash >= 0 && !href.slice(0, hash).includes('/') && namesAnchor(href.slice(hash + 1), name)) return true;
  }
  return false;
}
