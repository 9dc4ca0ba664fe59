import { DATE_TEXT } from './kind-text';
import { clean } from './post-time';
import { isProfileHref } from './find-posts';
import { byTag } from './tag-list';
import { textBefore } from './text-before';
import { trimmedLength } from './trimmed-length';

// The post's header printed as the first box of its text's box. AskBot (Django templates) prints each question's and
// answer's `div.post-update-info-container` ("answered 2013-03-20 18:51:20 -0600", the writer's card: picture, name,
// karma "655 ●2 ●5 ●16", website; an "updated …" card beside it) as the first child of `div.post-body`, the box of the
// text: the post had no date and no name outside its text, so its header was empty and the cards stayed as the text's
// first lines. Structure only (no class word is read): the first box printing anything, short, holding a date line
// and a link to a member's profile, with the post's text after it.

/** Longest text of such a header: two cards (the writer's, the last editor's) of a date, a name, a karma line. */
const HEADER_TEXT = 300;
/** Longest date line ("answered 2013-03-20 18:51:20 -0600"), its indentation left out. */
const DATE_LINE = 80;

/** True when `el` is a short line that reads as a date (its indentation left out), outside a quote. */
function isDateLine(el: Element): boolean {
  if (el.childElementCount > 3) return false;
  const t = el.textContent ?? '';
  if ((t.length > DATE_LINE && trimmedLength(t) > DATE_LINE) || !/\d/.test(t) || !DATE_TEXT.test(t)) return false;
  return !el.closest('blockquote, q');
}

const isProfileLink = (el: Element) => el.tagName === 'A' && isProfileHref(el.getAttribute('href') ?? '');

/** True when `el` is or holds a date line or a link to a member's profile: a line of a post's header. */
const isHeaderLine = (el: Element) =>
  isDateLine(el) || isProfileLink(el) || byTag(el, '*').some((c) => isDateLine(c) || isProfileLink(c));

/** True when every child of `el` that prints anything is a header's line (see isHeaderLine). */
function allHeaderLines(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && clean((n as Text).data)) return false;
    if (n.nodeType === 1 && clean(n.textContent) && !isHeaderLine(n as Element)) return false;
  }
  return true;
}

/**
 * The header box at the head of `body` (a post's text box, see findBody): from the first date line, the largest box
 * around it of at most 300 characters whose every printing child is a date line or holds one or a member's profile
 * link, with nothing printed before it in `body`, a profile link inside and the post's text after it. Null otherwise
 * (a text starting with its own words, a date line in a quote or after the text's first 300 characters, a box just
 * before a quote: the quote's header). Called only for a post with no time outside its text: it walks the text's box
 * up to its first date line.
 */
export function headerInText(body: Element): Element | null {
  let line: Element | null = null;
  for (const el of byTag(body, '*')) {
    if (isDateLine(el)) {
      line = el;
      break;
    }
  }
  if (!line || clean(textBefore(body, line)).length > HEADER_TEXT) return null;
  let box = line;
  while (box.parentElement && box.parentElement !== body) {
    const up = box.parentElement;
    if (clean(up.textContent).length > HEADER_TEXT || !allHeaderLines(up)) break;
    box = up;
  }
  // A quote's header ("bob said on March 3, 2020:") comes before its quote.
  if (clean(textBefore(body, box)) || box.querySelector('blockquote, q')) return null;
  if (box.nextElementSibling?.matches('blockquote, q')) return null;
  if (!isProfileLink(box) && !byTag(box, 'a').some(isProfileLink)) return null;
  // The post's text after it: the header is not the whole of the text's box.
  if (clean(body.textContent).length - clean(box.textContent).length < 2) return null;
  return box;
}
