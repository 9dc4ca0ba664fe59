import { clean } from './post-time';

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

/** Share of the characters of `box`'s text nodes that `earlier` (squashed, lower-cased) holds; 0 below MIN_REPEATED. */
function repeatedShare(box: Element, earlier: string): number {
  let all = 0;
  let found = 0;
  const walker = box.ownerDocument.createTreeWalker(box, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = clean(n.textContent).toLowerCase();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    all += text.length;
    if (earlier.includes(text)) found += text.length;
  }
  return found >= MIN_REPEATED ? found / all : 0;
}

const MARK = 'data-offprint-quote';

/**
 * Marks in `copy` (one post's text) the quotes whose text an earlier post of the thread already shows (`earlier`:
 * their text, squashed and lower-cased): a reply that quotes the opening post whole repeats what the reader has just
 * read. The quote box is marked with its header ("X said:", "X wrote: ↑", "Originally Posted by X"), which stands
 * inside it in every engine. A quote of a post not on the page (an earlier page of the thread) is not marked, nor a
 * short one (see MIN_REPEATED).
 */
export function markRepeatedQuotes(copy: Element, earlier: string): void {
  if (!earlier) return;
  const boxes = Array.from(copy.querySelectorAll(QUOTE_BOX));
  for (const box of boxes) {
    if (boxes.some((b) => b !== box && b.contains(box))) continue;
    if (repeatedShare(box, earlier) >= REPEATED) box.setAttribute(MARK, '');
  }
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
