import { closestMatch } from './dom-query';
import { trimmedLength } from './trimmed-length';

/** Text size of an element: characters, characters inside links, and prose paragraphs inside. */
export interface TextSize {
  chars: number;
  linkChars: number;
  prose: number;
}

/**
 * Where an element's measured size is kept: on the element itself, under a symbol of this module (it lives and goes
 * with the element, as in a WeakMap). A WeakMap of every element of a page cost more than the walk's own reads
 * in jsdom (its entries are hashed on the way in and traced apart by the garbage collector).
 */
const SIZE = Symbol('textSize');
type Measured = Element & { [SIZE]?: TextSize };

/**
 * A walk's visitor: each element with its tag name (`tagName` builds a new upper-case string per read in jsdom) and
 * its first child, as the walk read them (each a getter through jsdom's wrapper). It must not change the element's
 * children.
 */
export type Visit = (el: Element, tagName: string, first: ChildNode | null) => void;

/** Element children a box has at least for a walk to name it to its `crowded` visitor (see measureText). */
export const CROWD = 6;

/** The size of every element without text (most of a page's): one object for all, sizes are never changed. */
const EMPTY: TextSize = Object.freeze({ chars: 0, linkChars: 0, prose: 0 });

function measureNode(el: Element, inLink: boolean, visit?: Visit, crowded?: (el: Element) => void): TextSize {
  let chars = 0;
  let kids = 0;
  let linkChars = 0;
  let prose = 0;
  const tag = el.tagName;
  const first = el.firstChild;
  visit?.(el, tag, first);
  // A named anchor (`<a name="intro">1. Introduction</a>`: a hand-written manual's heading, old javadoc's) is a target
  // of links, not one: its text is the heading's, not a link line's. So is an anchor named by its id alone, with no
  // address (Haddock's `<a id="v:magic" class="def">magic</a>`: every name a module defines).
  const link =
    inLink || (tag === 'A' && (el.hasAttribute('href') || !(el.hasAttribute('name') || el.hasAttribute('id'))));
  for (let c = first; c; c = c.nextSibling) {
    const type = c.nodeType;
    if (type === 3) {
      const n = trimmedLength((c as Text).data);
      chars += n;
      if (link) linkChars += n;
    } else if (type === 1) {
      kids++;
      const s = measureNode(c as Element, link, visit, crowded);
      chars += s.chars;
      linkChars += s.linkChars;
      prose += s.prose;
    }
  }
  if (tag === 'P' && chars >= 160 && linkChars < chars / 2) prose++;
  if (kids >= CROWD) crowded?.(el);
  // No characters means no link characters and no prose either.
  const size = chars ? { chars, linkChars, prose } : EMPTY;
  (el as Measured)[SIZE] = size;
  return size;
}

/**
 * Measures every element under root once (one walk), so that rules ask sizes without re-reading
 * text. Sizes go stale as rules remove blocks; stale sizes only ever overstate, which spares blocks.
 * `visit` sees every element once, in document order (the census rides on the same walk); `crowded` sees each element
 * with CROWD element children or more, after its children (a count the walk keeps for nothing else).
 */
export function measureText(root: Element, visit?: Visit, crowded?: (el: Element) => void): void {
  measureNode(root, !!closestMatch(root, 'a'), visit, crowded);
}

/** The measured size of an element (measured on the spot if it was not). */
export function sizeOf(el: Element): TextSize {
  return (el as Measured)[SIZE] ?? measureNode(el, !!el.parentElement && !!closestMatch(el.parentElement, 'a'));
}

/** Share of an element's text that sits inside links. */
export function linkDensity(el: Element): number {
  const s = sizeOf(el);
  return s.chars ? s.linkChars / s.chars : 0;
}

/** A paragraph of prose: long enough, mostly not links. */
export function isProse(el: Element, min = 120): boolean {
  const s = sizeOf(el);
  return s.chars >= min && s.linkChars < s.chars / 2;
}

/**
 * True when an element holds article prose (two prose paragraphs, or a long low-link text):
 * the guard every clutter rule checks before removing a block, so that a rule that matches a page
 * wrapper (a whole-page form, an aria-hidden app root) can never take the article with it.
 */
export function holdsArticle(el: Element): boolean {
  const s = sizeOf(el);
  return s.prose >= 2 || (s.chars > 1500 && s.linkChars < s.chars / 2);
}

/** Removes an element unless it holds article prose. Returns whether it was removed. */
export function dropUnlessArticle(el: Element | null | undefined): boolean {
  if (!el || !el.parentNode || holdsArticle(el)) return false;
  el.remove();
  return true;
}

/**
 * The outermost ancestor that still holds only this widget (no prose of its own). Given the page's `<h1>`s
 * (`titles`), never a box holding one the widget does not: a landing page's hero holds its title, its pitch and its
 * form side by side (Unbounce's `lp-pom-block`), and the form goes without them. `stopAt` names other boxes the
 * widget's root stops below (a contact page's details beside its form: see holdsContactsBeside).
 */
export function widgetRoot(
  el: Element,
  maxChars = 500,
  titles: readonly Element[] = [],
  stopAt?: (box: Element, root: Element) => boolean,
): Element {
  let root = el;
  for (let p = el.parentElement; p && !/^(BODY|ARTICLE|MAIN|HTML)$/.test(p.tagName); p = p.parentElement) {
    if (sizeOf(p).chars > maxChars || holdsArticle(p)) break;
    if (titles.some((h) => p.contains(h) && !root.contains(h))) break;
    if (stopAt?.(p, root)) break;
    root = p;
  }
  return root;
}
