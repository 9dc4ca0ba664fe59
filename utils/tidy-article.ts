import { linkDensity, CTA_TEXT } from './remove-clutter';

/** What the pass after Readability took out of the body that the article still wants. */
export interface TidyResult {
  html: string;
  /** The hero image that stood before the first paragraph (kept as the lead image, not in the body). */
  leadImageUrl: string | null;
}

const PROSE_MIN = 80;

function isProse(el: Element): boolean {
  return el.tagName === 'P' && !el.closest('a') && (el.textContent ?? '').trim().length >= PROSE_MIN && linkDensity(el) < 0.5;
}

/**
 * Second clutter pass, on Readability's output: drops what sits before the first paragraph of prose
 * (kickers, hero figure and its caption), link-dense teaser blocks inside the body, and short
 * call-to-action blocks at its end.
 */
export function tidyArticle(html: string, doc: Document): TidyResult {
  const root = doc.createElement('div');
  root.innerHTML = html;
  let leadImageUrl: string | null = null;

  // Before the first paragraph of prose: only a hero image and labels live there.
  const first = [...root.querySelectorAll('p')].find(isProse);
  if (first) {
    const walker = doc.createTreeWalker(root, 1);
    const before: Element[] = [];
    for (let n = walker.nextNode() as Element | null; n && n !== first; n = walker.nextNode() as Element | null) {
      if (!n.contains(first)) before.push(n);
    }
    for (const el of before) {
      if (!root.contains(el)) continue;
      const img = el.tagName === 'IMG' ? el : el.tagName === 'FIGURE' ? el.querySelector('img') : null;
      if (img && !leadImageUrl) leadImageUrl = img.getAttribute('src');
      if ((el.textContent ?? '').trim().length < 400) el.remove();
    }
  }

  // Teasers: blocks inside the body whose text is nearly all one link (another article's card).
  for (const el of root.querySelectorAll('figure, div, aside, section')) {
    if (!root.contains(el) || el.querySelector('p') && [...el.querySelectorAll('p')].some(isProse)) continue;
    const text = (el.textContent ?? '').trim();
    if (text.length > 0 && text.length < 500 && linkDensity(el) > 0.8) el.remove();
  }

  // Calls to action left at the end.
  const blocks = [...root.querySelectorAll('p, div, section, aside')];
  for (let i = blocks.length - 1; i >= 0; i--) {
    const el = blocks[i];
    if (!root.contains(el)) continue;
    const text = (el.textContent ?? '').trim();
    if (!text) continue;
    if (text.length < 200 && CTA_TEXT.test(text)) el.remove();
    else if (isProse(el)) break;
  }
  return { html: root.innerHTML, leadImageUrl };
}
