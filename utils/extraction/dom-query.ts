/**
 * `querySelector`, `querySelectorAll` and `closest` for the simple selector lists the passes use (tag names and
 * attribute tests: `'img, picture, video'`, `'a[href], img[src]'`, `'[role="button"]'`), written as walks of the
 * element tree. In jsdom every new document (the working copy, the region's fresh copy) parses each selector again
 * (~0.1 ms each) and a selector call sets up a tree walker (a fixed cost per call, ~0.05 ms); the walks here cost
 * what the subtree costs. A tag name matches an element's local name, an attribute value as written (HTML's rule for
 * `role`, `href` and the other names used here). A substring test with the `i` flag (`[class*="signature" i]`)
 * matches a value that holds the text, ASCII letters in either case (one without the flag is refused: jsdom and
 * browsers differ on it). Selectors with combinators or pseudo-classes are refused (an Error).
 */

type Test = (el: Element) => boolean;

/** An attribute test: the name, the value (null: any), whether it is a substring (`*=`), whether case is ignored. */
type AttrTest = [name: string, value: string | null, part: boolean, anyCase: boolean];

interface Compound {
  tag: string | null;
  attrs: AttrTest[];
}

const COMPOUND = /^([a-z][a-z0-9-]*)?((?:\[[a-z][a-z0-9-]*(?:\*?="[^"]*"(?: i)?)?\])*)$/;
const ATTR = /\[([a-z][a-z0-9-]*)(?:(\*?)="([^"]*)"( i)?)?\]/g;

/** ASCII letters lowercased, others as written (how a selector's `i` flag compares). */
const asciiLower = (s: string) => s.replace(/[A-Z]+/g, (c) => c.toLowerCase());

const compiled = new Map<string, Test>();

function compound(part: string): Compound {
  const m = COMPOUND.exec(part);
  if (!m || !part) throw new Error(`dom-query: unsupported selector "${part}"`);
  const attrs: AttrTest[] = [];
  for (const a of m[2].matchAll(ATTR)) {
    const anyCase = !!a[4];
    // jsdom's engine and browsers disagree on the case of a substring test without the flag: refused.
    if (a[2] === '*' && !anyCase) throw new Error(`dom-query: unsupported selector "${part}"`);
    const value = a[3] === undefined ? null : anyCase ? asciiLower(a[3]) : a[3];
    attrs.push([a[1], value, a[2] === '*', anyCase]);
  }
  return { tag: m[1] ?? null, attrs };
}

function hasAttrs(el: Element, attrs: AttrTest[]): boolean {
  for (const [name, value, part, anyCase] of attrs) {
    const written = el.getAttributeNS(null, name);
    if (written === null) return false;
    if (value === null) continue;
    const v = anyCase ? asciiLower(written) : written;
    // An empty substring matches nothing (the selectors' rule).
    if (part ? !value || !v.includes(value) : v !== value) return false;
  }
  return true;
}

/** The selector list as a test of one element (compiled once per selector string). */
function testOf(selector: string): Test {
  let test = compiled.get(selector);
  if (test) return test;
  const parts = selector.split(',').map((p) => compound(p.trim()));
  if (parts.every((p) => p.tag && !p.attrs.length)) {
    const tags = new Set(parts.map((p) => p.tag!));
    test = (el) => tags.has(el.localName);
  } else {
    test = (el) => {
      for (const p of parts)
        if ((!p.tag || el.localName === p.tag) && (!p.attrs.length || hasAttrs(el, p.attrs))) return true;
      return false;
    };
  }
  compiled.set(selector, test);
  return test;
}

/** The element after `el` in document order, inside `root` (not `root` itself), or null. */
function nextInside(el: Element, root: Element): Element | null {
  const child = el.firstElementChild;
  if (child) return child;
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) {
    const next = e.nextElementSibling;
    if (next) return next;
  }
  return null;
}

/** `root.querySelector(selector)`: the first descendant of `root` in document order that matches, or null. */
export function queryFirst(root: Element, selector: string): Element | null {
  const test = testOf(selector);
  for (let el = root.firstElementChild; el; el = nextInside(el, root)) if (test(el)) return el;
  return null;
}

/** `root.querySelectorAll(selector)` as an array (a snapshot): the descendants that match, in document order. */
export function queryAll(root: Element, selector: string): Element[] {
  const test = testOf(selector);
  const out: Element[] = [];
  for (let el = root.firstElementChild; el; el = nextInside(el, root)) if (test(el)) out.push(el);
  return out;
}

/** `el.closest(selector)`: `el` or its nearest ancestor that matches, or null. */
export function closestMatch(el: Element, selector: string): Element | null {
  const test = testOf(selector);
  for (let e: Element | null = el; e; e = e.parentElement) if (test(e)) return e;
  return null;
}
