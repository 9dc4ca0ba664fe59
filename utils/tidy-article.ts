import { CTA_TEXT } from './clutter-text';
import { linkDensity, measureText, sizeOf } from './clutter-guard';
import { nodeToText } from './html-to-text';
import { leafBlocks, trimEdges } from './trim-edges';

/** What the pass after Readability took out of the body that the article still wants. */
export interface TidyResult {
  html: string;
  /** Plain text of the html (block-aware, see nodeToText). */
  text: string;
  /** The hero image that stood before the first paragraph (kept as the lead image, not in the body). */
  leadImageUrl: string | null;
}

/** Teasers inside the body: blocks whose text is nearly all links (other articles' cards). */
function removeTeasers(root: Element) {
  for (const el of root.querySelectorAll('figure, div, aside, section, ul, ol')) {
    if (!root.contains(el)) continue;
    const n = sizeOf(el).chars;
    if (n > 0 && n < 500 && linkDensity(el) > 0.8 && el.querySelectorAll('a').length >= (el.tagName === 'FIGURE' ? 1 : 2)) el.remove();
  }
}

/** Short call-to-action blocks anywhere in the body (a newsletter plug between paragraphs). */
function removeCtas(root: Element) {
  for (const el of leafBlocks(root)) {
    if (sizeOf(el).chars < 160 && CTA_TEXT.test(el.textContent ?? '')) el.remove();
  }
}

/**
 * Second clutter pass, on Readability's output: link-dense teasers, call-to-action blocks, and
 * the labels, datelines and link lines left at the two edges of the article.
 */
export function tidyArticle(html: string, doc: Document): TidyResult {
  const root = doc.createElement('div');
  root.innerHTML = html;
  measureText(root);
  removeTeasers(root);
  removeCtas(root);
  const leadImageUrl = trimEdges(root);
  return { html: root.innerHTML, text: nodeToText(root), leadImageUrl };
}
