import { byTag } from './tag-list';
import { closestMatch } from './dom-query';
import { nodeToText } from './html-to-text';

/** The page's heading and the text that follows it in the page, read before any pass changes the page. */
export interface PageHeading {
  /** A copy of the heading (its inline markup: a `<br>` between two words). */
  el: Element;
  /** The heading's text, on one line. */
  text: string;
  /** The page's text right after the heading (its first `FOLLOWING_CHARS` characters), folded (see fold). */
  after: string;
}

/** Characters of the page's text after the heading in which the kept text must begin to stand under it. */
const FOLLOWING_CHARS = 300;

/** Characters of the kept text's first line that must stand in the text after the heading. */
const OPENING_CHARS = 40;

/** Elements whose text no reader sees where they stand. */
const UNSEEN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG']);

/** Lower case, every run of what is not a letter or a digit one space: a line compared across markup. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A heading nobody reads as the page's: hidden, in a template or a menu. */
function unseen(h: Element): boolean {
  return !!closestMatch(h, '[hidden], [aria-hidden="true"], template, noscript, nav');
}

/** The text after `el` in document order (not inside it), up to `max` characters, scripts and styles left out. */
function textAfter(el: Element, max: number): string {
  let out = '';
  const walk = (n: Node): boolean => {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1 && !UNSEEN.has((n as Element).tagName))
      for (let c = n.firstChild; c; c = c.nextSibling) if (walk(c)) return true;
    return out.length >= max * 2 && fold(out).length >= max;
  };
  for (let n: Node | null = el; n; n = n.parentNode) {
    for (let s = n.nextSibling; s; s = s.nextSibling) if (walk(s)) return fold(out).slice(0, max);
  }
  return fold(out).slice(0, max);
}

/**
 * The page's `<h1>` when it has one that a reader sees (not hidden, not in a menu), with the text after it. Several
 * `<h1>`s with text (a logo, a hero and a section, each an `<h1>`) name no one heading: null.
 */
export function pageHeading(body: Element | null): PageHeading | null {
  if (!body) return null;
  let found: Element | null = null;
  for (const h of byTag(body, 'h1')) {
    if (!(h.textContent ?? '').trim() || unseen(h)) continue;
    if (found) return null;
    found = h;
  }
  if (!found) return null;
  const el = found.cloneNode(true) as Element;
  const text = nodeToText(el).replace(/\s+/g, ' ');
  if (text.length > 150) return null;
  return { el, text, after: textAfter(found, FOLLOWING_CHARS) };
}

/**
 * True when the kept text lost the page's heading that stands right above it: the text lacks the heading's words
 * and its first line begins in the page's text just after the heading. Readability drops an `<h1>` that repeats the
 * document's title and the edge trimming a short line before the first prose; a hero's `<h1>` outside `<main>` is not
 * in the region's copy.
 */
export function lostHeading(heading: PageHeading, text: string): boolean {
  const title = fold(heading.text);
  if (!title || fold(text).includes(title)) return false;
  const first = text.split('\n').find((l) => fold(l));
  if (!first) return false;
  const opening = fold(first).slice(0, OPENING_CHARS);
  return heading.after.includes(opening);
}
