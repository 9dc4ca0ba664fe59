import { linkDensity } from './clutter-guard';
import { closestMatch } from './dom-query';
import { nodeToText } from './html-to-text';
import { leafBlocks } from './trim-edges';

/** The longest excerpt taken from the text (a paragraph longer than this is cut at a word, with "…"). */
const MAX_CHARS = 300;

/** Words of letters a line needs to read as a summary ("Hello," and "Replies 1 Views 2.3k" do not). */
const MIN_WORDS = 5;

/** Where a line is no part of the text's prose: a post's header (author · time), a caption, code, a quote. */
const NOT_PROSE =
  'header, footer, nav, aside, cite, time, figure, figcaption, pre, code, table, blockquote, h1, h2, h3, h4, h5, h6';

/**
 * True when a line reads as a summary of the text: five words of letters or more, and most of its characters letters
 * or spaces. Readability's excerpt is the first `<p>` of its block when the page has no description, and on a
 * thread or a page of cards that is often a post's number, its time, a counter or a greeting: "12", "Mar 14",
 * "LanternFox3 months ago#1", "Replies 1 Views 2.3k", "Hello,".
 */
export function readsAsExcerpt(text: string | null | undefined): boolean {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  const words = t.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.length < MIN_WORDS) return false;
  const letters = t.match(/[\p{L}\p{M}\s]/gu)?.length ?? 0;
  return letters >= t.length * 0.7;
}

/**
 * The excerpt of extracted content (the list row's line under the title): the first line of its prose that reads
 * as a summary (see readsAsExcerpt), outside headings, post headers, captions, code and quotes, not mostly links (its
 * `<br>`s read as spaces); cut at a word past 300 characters. Null when no line reads so.
 */
export function contentExcerpt(root: Element): string | null {
  for (const line of leafBlocks(root)) {
    const box = closestMatch(line, NOT_PROSE);
    if (box && root.contains(box)) continue;
    const text = nodeToText(line).replace(/\s+/g, ' ').trim();
    if (!readsAsExcerpt(text) || linkDensity(line) >= 0.5) continue;
    if (text.length <= MAX_CHARS) return text;
    const cut = text.slice(0, MAX_CHARS);
    return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_CHARS / 2)).replace(/[\s,;:–—-]+$/u, '')}…`;
  }
  return null;
}
