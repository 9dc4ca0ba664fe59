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

/**
 * The row printed just before a post that holds the post's date, apart from it: bbPress prints each reply as
 * `div.bbp-reply-header` (the date, a "#812" permalink, admin links) followed by the reply's own box (author and
 * text), so the replies carry no date of their own. A short element (160 characters or less) with a date and no
 * profile link; null when the post's previous sibling is none.
 */
export function dateRow(post: Element, isAuthor: (el: Element) => boolean): Element | null {
  const row = post.previousElementSibling;
  if (!row || row.tagName === 'SCRIPT' || row.tagName === 'STYLE') return null;
  const text = (row.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > DATE_ROW_TEXT) return null;
  if (isAuthor(row) || byTag(row, '*').some((c) => isAuthor(c))) return null;
  return showsDate(row) ? row : null;
}
