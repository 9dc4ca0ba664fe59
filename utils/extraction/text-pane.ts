import { classTokens, clean } from './post-time';
import { byTag } from './tag-list';

/** A whole class word that names a post's writer: the name's own box ("author", "username", "poster", "nickname"). */
const NAME_CLASS = /^(author|user-?name|poster|nickname)$/i;
/** Longest name such a box prints. */
const NAME_TEXT = 60;
/** Longest text of a member's pane inside the post's text: the name and the member's title under a picture. */
const PANE_TEXT = 300;

/** True when `el` carries a class word naming the writer's name (see NAME_CLASS). */
const isNameBox = (el: Element) => !!el.getAttribute('class') && classTokens(el).some((t) => NAME_CLASS.test(t));

/**
 * The member's pane printed inside a post's text block, after the text: Something Awful's FYAD boards print
 * `div.userinfo` (the member's picture and title, then `dt.author`, the name without a link) as the last box of
 * `td.postbody`, the cell the text stands in, so the writer was read from the "Profile" link below and the title
 * stayed in the text. It is the last child of `body` that prints anything, holds a box classed as the writer's name
 * (no link in it, outside any quote) and little else, with text of the post before it. Only where the post prints no
 * such name outside its text (`outsideBody`): elsewhere the name inside the text is a quote's or a mention's. Null
 * otherwise; most posts pay one walk of their text for a class word.
 */
export function paneInText(post: Element, body: Element, outsideBody: (el: Element) => boolean): Element | null {
  const name = byTag(body, '*').find(isNameBox);
  if (!name || name.querySelector('a') || name.closest('blockquote, q')) return null;
  const nameLen = clean(name.textContent).length;
  if (!nameLen || nameLen > NAME_TEXT) return null;
  let pane = name;
  while (pane.parentElement && pane.parentElement !== body) pane = pane.parentElement;
  if (pane.parentElement !== body || pane.querySelector('blockquote')) return null;
  if (clean(pane.textContent).length > PANE_TEXT) return null;
  // Nothing printed after it in the text's box; the post's text before it.
  for (let n = pane.nextSibling; n; n = n.nextSibling) if (clean(n.textContent)) return null;
  let before = false;
  for (let n = pane.previousSibling; n && !before; n = n.previousSibling) before = !!clean(n.textContent);
  if (!before) return null;
  return byTag(post, '*').some((el) => isNameBox(el) && outsideBody(el)) ? null : pane;
}
