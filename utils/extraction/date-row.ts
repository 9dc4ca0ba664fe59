import { DATE_TEXT } from './kind-text';
import { byTag } from './tag-list';

/** Characters a post's date row may hold: a date, a permalink ("#812"), a few admin links; not a post. */
export const DATE_ROW_TEXT = 160;

/** True when `el` is or holds a date: a `<time>`, a `datetime` attribute, a short line that reads as one. */
function showsDate(el: Element): boolean {
  return [el, ...byTag(el, '*')].some((c) => {
    if (c.tagName === 'TIME' || c.hasAttribute('datetime')) return true;
    const text = c.childElementCount <= 2 ? (c.textContent ?? '').trim() : '';
    return text.length <= 80 && /\d/.test(text) && DATE_TEXT.test(text);
  });
}

/** The addresses of the author links in `el` (a member's profile, see isAuthor). */
const authorHrefs = (el: Element, isAuthor: (el: Element) => boolean) =>
  byTag(el, 'a')
    .filter((a) => isAuthor(a))
    .map((a) => a.getAttribute('href'))
    .filter((h) => !!h);

/**
 * True when `row`, which names a member, is the header of `post` and not an earlier post: it links to the member the
 * post's user card links to (PunBB prints "1 Topic by rjones 2023-03-14 09:12:00" in `div.posthead` above
 * `div.postbody`, whose card links to rjones again), and it is not of the post's own shape (a previous post).
 */
function ownHeader(row: Element, post: Element, isAuthor: (el: Element) => boolean): boolean {
  if (row.tagName === post.tagName && row.className === post.className) return false;
  const own = new Set(authorHrefs(post, isAuthor));
  return authorHrefs(row, isAuthor).some((h) => own.has(h));
}

/**
 * The row printed just before a post that holds the post's date, apart from it: bbPress prints each reply as
 * `div.bbp-reply-header` (the date, a "#812" permalink, admin links) followed by the reply's own box (author and
 * text), so the replies carry no date of their own. A short element (160 characters or less) with a date and no
 * profile link but the post's own author's (see ownHeader); null when the post's previous sibling is none.
 */
export function dateRow(post: Element, isAuthor: (el: Element) => boolean): Element | null {
  const row = post.previousElementSibling;
  if (!row || row.tagName === 'SCRIPT' || row.tagName === 'STYLE') return null;
  const text = (row.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > DATE_ROW_TEXT) return null;
  // A table row may carry the author too, when the post's own row has none (phpBB's subsilver2: the author and
  // "Posted: …" in one row, the user card and the text in the next). So may a table cell, when the post is the cell
  // beside it: a member's pane cell before the text's cell in one row (ASP.NET forums' `tr.forum-post`: the name,
  // the avatar, "Joined: …" and "Total Posts: …" in the first cell, the time and the text in the second; the pane
  // cells, of the text cells' class, are taken for header rows, see withoutHeaderRows).
  const marked = (el: Element) => isAuthor(el) || byTag(el, '*').some((c) => isAuthor(c));
  const tableParts = (row.tagName === 'TR' || row.tagName === 'TD') && row.tagName === post.tagName;
  if (marked(row) && !(tableParts && !marked(post)) && !ownHeader(row, post, isAuthor)) return null;
  return showsDate(row) ? row : null;
}
