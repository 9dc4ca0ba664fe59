import { byTag } from './tag-list';
import { queryFirst } from './dom-query';

/** Zero-width characters: space, non-joiner, joiner, word joiner, byte-order mark. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/u;

/** Text made of whitespace and zero-width characters alone. */
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/u;

/**
 * Paragraphs that hold nothing but a zero-width character: Wix's rich text writes each blank line an author leaves
 * between paragraphs as `<p class="font_8"><span>&#8203;</span></p>` (a salon's price list held 188 of them, each a
 * line of nothing in the reader). Readability removes an empty paragraph, but JavaScript's `trim` keeps a zero-width
 * space, so these stayed. A `<p>` whose text is whitespace and zero-width characters alone and that holds no picture,
 * embed or form field goes; a paragraph with a word beside the character (Webflow's "‍Behandlungsdauer ca. 50 min")
 * stays, and so does its text. Reads the article's paragraphs only when its text holds a zero-width character.
 */
export function removeZeroWidthParagraphs(root: Element): void {
  if (!ZERO_WIDTH.test(root.textContent ?? '')) return;
  for (const p of byTag(root, 'p')) {
    const t = p.textContent ?? '';
    if (!ZERO_WIDTH.test(t) || !BLANK.test(t)) continue;
    if (queryFirst(p, 'img, picture, video, audio, iframe, object, embed, svg, input, select, textarea')) continue;
    p.remove();
  }
}
