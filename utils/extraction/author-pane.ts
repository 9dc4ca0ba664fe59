import { DATE_TEXT } from './kind-text';
import { byTag } from './tag-list';

/** A text node this long, or a paragraph, is a post's prose: a box holding one is no member's card. */
const PROSE_TEXT = 120;

/** True when `el` holds a `<time>` or a short element that reads as a date. */
function holdsDate(el: Element): boolean {
  return byTag(el, '*').some((c) => {
    if (c.tagName === 'TIME') return true;
    const text = c.textContent ?? '';
    return text.length <= 80 && DATE_TEXT.test(text.trim());
  });
}

/** True when `el` holds a paragraph or a text node of PROSE_TEXT characters or more. */
function holdsProse(el: Element): boolean {
  if (el.querySelector('p')) return true;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if ((n.nodeValue ?? '').trim().length >= PROSE_TEXT) return true;
  return false;
}

/**
 * The member's pane of a post that no landmark or class word names: the largest box around a link to the post's
 * author (`author`, a profile link) that holds no date while the box around it does (the post's date and text stand
 * beside it), and that holds no prose (no paragraph, no text node of PROSE_TEXT characters). Invision prints the
 * member's card as `aside.ipsComment_author` beside the post's column, with a hidden menu listing the member's
 * computer part by part, longer than a short reply: hashed and without landmarks, that list was taken for the
 * post's text. Null when the climb reaches the post without meeting a date, or the box holds prose.
 */
export function authorPane(post: Element, author: Element): Element | null {
  if (!post.contains(author) || author === post) return null;
  let pane: Element = author;
  for (let el = author.parentElement; el && el !== post; el = el.parentElement) {
    if (holdsDate(el)) return pane === author || holdsProse(pane) ? null : pane;
    pane = el;
  }
  if (!holdsDate(post)) return null;
  return pane === author || holdsProse(pane) ? null : pane;
}

/**
 * The member's panes of a post (see authorPane) around its profile links (`links`: not an "@" mention, which is
 * the text's), the outermost of each: Invision prints the name twice, in a card for phones beside the date and in
 * the pane beside the post's column.
 */
export function authorPanes(post: Element, links: Element[]): Element[] {
  const out: Element[] = [];
  for (const a of links) {
    if (out.some((p) => p.contains(a)) || /^@/.test((a.textContent ?? '').trim())) continue;
    const pane = authorPane(post, a);
    if (pane && !out.some((p) => p.contains(pane))) out.push(pane);
  }
  return out.filter((p) => !out.some((q) => q !== p && q.contains(p)));
}
