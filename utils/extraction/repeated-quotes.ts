import { clean } from './post-time';
import { childList } from './child-elements';

/**
 * Boxes forum engines draw a quote in: `<blockquote>` (phpBB, Invision, XenForo, FluxBB), Discourse's `aside.quote`,
 * vBulletin's `div.bbcode_quote`.
 */
const QUOTE_BOX = 'blockquote, aside, [class*="quote" i]';
/** Share of a quote's text (its header and controls counted against it) that must repeat an earlier post. */
const REPEATED = 0.6;
/**
 * Characters of an earlier post a quote must repeat to go: a sentence quoted to answer it ("That's amazing!
 * Congrats!" → "Thanks!", a line of a long post) is the reply's anchor and stays.
 */
const MIN_REPEATED = 120;

/** The text nodes of `node` (itself when it is one). */
function textNodes(node: Node): Node[] {
  if (node.nodeType === 3) return [node];
  const out: Node[] = [];
  const walker = node.ownerDocument!.createTreeWalker(node, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
  return out;
}

/**
 * Share of the characters of the text under `nodes` that `earlier` (squashed, lower-cased) holds; 0 below
 * MIN_REPEATED.
 */
function repeatedShare(nodes: Node[], earlier: string): number {
  let all = 0;
  let found = 0;
  for (const n of nodes.flatMap(textNodes)) {
    const text = clean(n.textContent).toLowerCase();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    all += text.length;
    if (earlier.includes(text)) found += text.length;
  }
  return found >= MIN_REPEATED ? found / all : 0;
}

const MARK = 'data-offprint-quote';

/**
 * The line that opens the message an e-mail reply carries below its own text ("-----Original Message-----" in Outlook,
 * "Original Message:" in Higher Logic's communities, which post members' e-mailed replies as they came), in the
 * languages WCXB's pages are written in.
 */
const ORIGINAL_MESSAGE =
  /^-*\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale)\s*-*:?$/i;

/** The text node in `copy` that is a line opening an e-mail's original message (see ORIGINAL_MESSAGE), or null. */
function originalMessageLine(copy: Element): Text | null {
  const walker = copy.ownerDocument.createTreeWalker(copy, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (ORIGINAL_MESSAGE.test(clean(n.textContent)) && !n.parentElement?.closest('blockquote')) return n as Text;
  return null;
}

/** `node` as an element to mark: itself, or a text node wrapped in a `<span>`. */
function markable(node: ChildNode): Element {
  if (node.nodeType === 1) return node as Element;
  const span = node.ownerDocument!.createElement('span');
  node.replaceWith(span);
  span.append(node);
  return span;
}

/** True when `node` is a line break or a text without a letter or a digit (a rule of dashes). */
const isRule = (node: ChildNode) =>
  (node.nodeType === 1 && (node as Element).tagName === 'BR') ||
  (node.nodeType === 3 && !/[\p{L}\p{N}]/u.test(node.textContent ?? ''));

/**
 * The nodes of `copy` from `line` to its end: the line (with the rule drawn above it) and what follows it in its
 * element, then what follows each of its ancestors, up to `copy` (an e-mail's original message runs to the end of
 * the reply).
 */
function tailFrom(line: Text, copy: Element): ChildNode[] {
  const out: ChildNode[] = [];
  // A rule of dashes drawn above the line on a line of its own goes with it.
  let first: ChildNode = line;
  for (let n = line.previousSibling; n && isRule(n); n = n.previousSibling) first = n;
  for (let n: ChildNode | null = first; n; n = n.nextSibling) out.push(n);
  for (let p = line.parentElement; p && p !== copy; p = p.parentElement)
    for (let n = p.nextSibling; n; n = n.nextSibling) out.push(n);
  return out;
}

/**
 * Marks in `copy` the original message an e-mailed reply carries under its own text (see ORIGINAL_MESSAGE; not a
 * `<blockquote>`, the lines "Sent: …", "From: …", "Subject: …" and the message's text as paragraphs of the reply), when
 * an earlier post of the thread already shows it (as markRepeatedQuotes: 60 % of its text, 120 characters or more):
 * each reply down a thread answered by e-mail carries the whole thread before it.
 */
function markRepeatedMail(copy: Element, earlier: string): void {
  const line = originalMessageLine(copy);
  if (!line) return;
  const tail = tailFrom(line, copy).filter((n) => n.nodeType === 1 || (n.nodeType === 3 && clean(n.textContent)));
  if (repeatedShare(tail, earlier) < REPEATED) return;
  for (const n of tail) markable(n).setAttribute(MARK, '');
}

/**
 * The header line of a quote that vBulletin and its kin print in a box without a quote's tag or class word (vBulletin
 * 3's `<div>Quote:</div>` over a `<table>` whose cell opens with "Originally Posted by X"; any engine's quote once its
 * class words are hashed): the label, or "Originally Posted by" and its kin with the member's name, in the languages
 * WCXB's pages are written in.
 */
const QUOTE_HEADER = new RegExp(
  '^((quote|zitat|citation|cita|citazione)\\s*:?|' +
    '(originally posted by|quote from:?|zitat von|ursprünglich geschrieben von|citation de|mensaje original de)' +
    '\\s+\\S.{0,60})$',
  'i',
);

/** The elements of `copy` whose whole text is a quote's header line (see QUOTE_HEADER), the innermost of each. */
function quoteHeaders(copy: Element): Element[] {
  const out: Element[] = [];
  for (const el of copy.querySelectorAll('*')) {
    const text = clean(el.textContent);
    if (text.length > 80 || !QUOTE_HEADER.test(text)) continue;
    if (childList(el).some((c) => clean(c.textContent) === text)) continue;
    out.push(el);
  }
  return out;
}

/** True when every text of `el` with a letter or a digit is in `earlier` or in one of `headers`. */
function onlyRepeated(el: Element, earlier: string, headers: Element[]): boolean {
  for (const n of textNodes(el)) {
    const text = clean(n.textContent).toLowerCase();
    if (!/[\p{L}\p{N}]/u.test(text) || earlier.includes(text)) continue;
    if (!headers.some((h) => h.contains(n))) return false;
  }
  return true;
}

/**
 * Quotes without a quote's tag or class word, found by their header (see QUOTE_HEADER): from the header line, the
 * outermost box below `copy` all of whose other text an earlier post shows (the reply's own text stands outside it).
 * Not one inside a quote box found already.
 */
function headedQuotes(copy: Element, earlier: string, boxes: Element[]): Element[] {
  const headers = quoteHeaders(copy).filter((h) => !boxes.some((b) => b.contains(h)));
  const out: Element[] = [];
  for (const h of headers) {
    if (out.some((b) => b.contains(h))) continue;
    let box = h;
    for (let p = h.parentElement; p && p !== copy && onlyRepeated(p, earlier, headers); p = p.parentElement) box = p;
    if (box !== h) out.push(box);
  }
  return out;
}

/**
 * `boxes` without the post's own text box drawn as a quote: a box that holds all of `copy`'s text, a quote (another
 * box, or a quote's header line after its start) and text beside it. vBulletin 4 prints each post's text as
 * `blockquote.postcontent`, a quote of an earlier post as `div.bbcode_quote` inside it: the reply's line and the quote
 * went as one repeated quote, and the post printed its byline over nothing. The quotes inside it are asked instead.
 */
function postTextBoxesOut(copy: Element, boxes: Element[]): Element[] {
  if (!boxes.length) return boxes;
  const all = clean(copy.textContent).length;
  const whole = boxes.filter((b) => clean(b.textContent).length === all);
  if (!whole.length) return boxes;
  let headers: Element[] | null = null;
  // A quote beside text of the box's own (a reply that is a quote alone leaves its box to be asked as a quote).
  const holdsQuote = (b: Element) =>
    boxes.some((o) => o !== b && b.contains(o) && clean(o.textContent).length < all) ||
    (headers ??= quoteHeaders(copy)).some(
      (h) => b.contains(h) && !clean(b.textContent).startsWith(clean(h.textContent)),
    );
  const own = whole.filter(holdsQuote);
  return own.length ? boxes.filter((b) => !own.includes(b)) : boxes;
}

/**
 * Marks in `copy` (one post's text) the quotes whose text an earlier post of the thread already shows (`earlier`:
 * their text, squashed and lower-cased): a reply that quotes the opening post whole repeats what the reader has just
 * read. The quote box is marked with its header ("X said:", "X wrote: ↑", "Originally Posted by X"), which stands
 * inside it in every engine; a box no tag or class word names is found by that header (see headedQuotes). A quote of a
 * post not on the page (an earlier page of the thread) is not marked, nor a short one (see MIN_REPEATED).
 */
export function markRepeatedQuotes(copy: Element, earlier: string): void {
  if (!earlier) return;
  const boxes = postTextBoxesOut(copy, Array.from(copy.querySelectorAll(QUOTE_BOX)));
  for (const box of [...boxes, ...headedQuotes(copy, earlier, boxes)]) {
    if (boxes.some((b) => b !== box && b.contains(box))) continue;
    if (repeatedShare([box], earlier) >= REPEATED) box.setAttribute(MARK, '');
  }
  markRepeatedMail(copy, earlier);
}

/**
 * Removes the quotes markRepeatedQuotes marked from a thread that is kept: the thread is chosen with them
 * (Readability's block holds them too), and the reader sees each post's text once. True when one was removed.
 */
export function removeRepeatedQuotes(thread: Element): boolean {
  const boxes = thread.querySelectorAll(`[${MARK}]`);
  for (const box of boxes) box.remove();
  return boxes.length > 0;
}
