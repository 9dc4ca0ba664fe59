import { byTag } from './tag-list';

/**
 * Readability 0.6.0's `isProbablyReaderable` (Readability-readerable.js), scored as it does, with the same candidates
 * in the same order, read without its two selectors: in jsdom `querySelectorAll("p, pre, article")` and
 * `("div > br")` are nwsapi walks of every element, where a tag list is jsdom's own walk (see byTag). Both checks of
 * extractArticle (the plain one and the dense scripts' one, see isReaderable) share one list of candidates and their
 * text lengths.
 */

// Readability's two class/id expressions (REGEXPS.unlikelyCandidates and okMaybeItsACandidate), as 0.6.0 prints them.
const UNLIKELY = new RegExp(
  '-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|' +
    'related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|' +
    'pager|popup|yom-remote',
  'i',
);
const MAYBE = /and|article|body|column|content|main|shadow/i;

/** Chinese, Japanese, Korean and Thai letters: one carries about what three Latin letters do. */
const DENSE =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/gu;

/** Characters of the body's text the dense-script share is read from. */
const DENSE_SAMPLE = 20_000;

/**
 * Readability's `isNodeVisible`. An element's `style` is its inline style: without a `style` attribute its display is
 * empty, so the declaration is read only where one stands.
 */
function isVisible(node: Element): boolean {
  const style = node.hasAttribute('style') ? (node as HTMLElement).style : null;
  if (style && style.display == 'none') return false;
  if (node.hasAttribute('hidden')) return false;
  if (!node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') != 'true') return true;
  const cls = node.className as unknown;
  return typeof cls === 'string' && cls.includes('fallback-image');
}

/** True when `el` has an `<li>` ancestor (`el.matches("li p")` for a `<p>`). */
function inListItem(el: Element): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) if (a.localName === 'li') return true;
  return false;
}

/** `a` and `b` (each in page order) merged in page order. */
function mergeInPageOrder(a: Element[], b: Element[]): Element[] {
  if (!b.length) return a;
  if (!a.length) return b;
  const out: Element[] = [];
  let i = 0;
  for (const el of b) {
    // Binary search for the first of a[i..] that stands after `el` (DOCUMENT_POSITION_FOLLOWING).
    let lo = i;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (el.compareDocumentPosition(a[mid]) & 4) hi = mid;
      else lo = mid + 1;
    }
    while (i < lo) out.push(a[i++]);
    out.push(el);
  }
  while (i < a.length) out.push(a[i++]);
  return out;
}

/**
 * isProbablyReaderable's candidates, in its order: `p, pre, article` in page order, then each `<div>` holding a `<br>`
 * as a child, in the order of those `<br>`s (a Set keeps the first).
 */
function candidates(doc: Document): Element[] {
  const all = mergeInPageOrder(byTag(doc, 'p'), mergeInPageOrder(byTag(doc, 'pre'), byTag(doc, 'article')));
  const brs = byTag(doc, 'br');
  if (!brs.length) return all;
  const set = new Set<Element>(all);
  for (const br of brs) {
    const parent = br.parentElement;
    if (parent && parent.localName === 'div') set.add(parent);
  }
  return [...set];
}

/**
 * The trimmed text length isProbablyReaderable scores a candidate by, or -1 for one its loop always skips (hidden,
 * unlikely class words, a `<p>` inside a list item): those score nothing under any options.
 */
function scoredLength(node: Element): number {
  if (!isVisible(node)) return -1;
  const matchString = `${node.className} ${node.id}`;
  if (UNLIKELY.test(matchString) && !MAYBE.test(matchString)) return -1;
  if (node.localName === 'p' && inListItem(node)) return -1;
  return (node.textContent ?? '').trim().length;
}

/** One page's candidates and their scored lengths (read once, as far as a check has come). */
interface Scorer {
  nodes: Element[];
  lengths: number[];
}

/** isProbablyReaderable's loop over the candidates: true once the sum of √(length − minimum) passes `minScore`. */
function scores(s: Scorer, minContentLength: number, minScore: number): boolean {
  let score = 0;
  for (let i = 0; i < s.nodes.length; i++) {
    if (i === s.lengths.length) s.lengths.push(scoredLength(s.nodes[i]));
    const length = s.lengths[i];
    if (length < 0 || length < minContentLength) continue;
    score += Math.sqrt(length - minContentLength);
    if (score > minScore) return true;
  }
  return false;
}

/** The first `max` characters of the body's text (its `textContent`: every text node's data in page order). */
function bodyTextStart(body: Element, max: number): string {
  let out = '';
  let n: Node | null = body.firstChild;
  while (n) {
    if (n.nodeType === 3 || n.nodeType === 4) {
      out += (n as Text).data;
      if (out.length >= max) break;
    }
    if (n.nodeType === 1 && n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== body && !n.nextSibling) n = n.parentNode;
    n = n && n !== body ? n.nextSibling : null;
  }
  return out.slice(0, max);
}

/**
 * Readability's readable check (`isProbablyReaderable`), or for pages in dense scripts the same check at a third of the
 * length: it wants paragraphs of 140+ characters scoring 20 in all (the square root of each one's length past 140),
 * which a short Chinese or Japanese article never reaches. Where most of the text is in such a script (of the body's
 * first 20,000 characters), 140 / 3 characters and a score scaled by √3 apply.
 */
export function isReaderable(doc: Document): boolean {
  const s: Scorer = { nodes: candidates(doc), lengths: [] };
  if (scores(s, 140, 20)) return true;
  const text = doc.body ? bodyTextStart(doc.body, DENSE_SAMPLE).replace(/\s+/g, '') : '';
  if (!text) return false;
  const dense = text.match(DENSE)?.length ?? 0;
  if (dense / text.length < 0.3) return false;
  return scores(s, 47, 20 / Math.sqrt(3));
}
