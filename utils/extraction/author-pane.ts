import { DATE_TEXT } from './kind-text';
import { byTag } from './tag-list';
import { labelledMemberDate } from './post-time';

/** A text node this long, or a paragraph, is a post's prose: a box holding one is no member's card. */
const PROSE_TEXT = 120;

/**
 * True when `el` holds a `<time>` or a short element that reads as a date. A date labelled a member's ("Joined: 14.
 * Sep 2019, 16:51": see labelledMemberDate) is the member's card's, not the post's: phpBB prints it in the pane
 * (`dl.postprofile`), and read as the post's date it stopped the climb at the name's `<dt>`, leaving the card's lines
 * (rank, posts, joined, location) to the post's share of text. Read only where the line reads as a date.
 */
function holdsDate(el: Element): boolean {
  return byTag(el, '*').some((c) => {
    if (c.tagName === 'TIME') return !labelledMemberDate(c);
    const text = c.textContent ?? '';
    return text.length <= 80 && DATE_TEXT.test(text.trim()) && !labelledMemberDate(c);
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

/**
 * True when `block` (the text taken with the member's `panes` set aside) stands beside one of them, as a post's text
 * does beside its member's pane: in a box next to the pane that holds the post's date, and holding no date itself
 * (not the post's header line). A pane that held the post's own text (a table row of the member's cell and the
 * text's, the date in a header row above it) leaves only the header row: then the pane is no member's pane.
 */
export function besidePane(block: Element, panes: Element[]): boolean {
  if (holdsDate(block)) return false;
  return panes.some((pane) =>
    Array.from(pane.parentElement?.children ?? []).some((box) => box !== pane && box.contains(block) && holdsDate(box)),
  );
}

/** Rows of a member's card: list items, a definition list's terms and values, table rows. */
const CARD_ROWS = ['li', 'dt', 'dd', 'tr'];

/**
 * True when `block` (a block of a member's pane, the largest of the post where nothing else names its text) reads as
 * the card's list of lines: three rows or more (see CARD_ROWS). Invision's hidden menu lists the member's computer
 * as a `ul` of label/value rows; a pane whose largest block is no list (a line of the post's own text beside the
 * member's name, the date elsewhere) is no reason to look past it.
 */
export function isCardList(block: Element): boolean {
  let rows = 0;
  for (const tag of CARD_ROWS) rows += byTag(block, tag).length;
  return rows >= 3;
}
