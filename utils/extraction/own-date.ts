import { DATE_TEXT } from './kind-text';

/** Characters of an element's own text read for a date at most. */
const OWN_DATE_CHARS = 80;

/**
 * The date `el` prints as its own text (its text nodes, not its children's), white space collapsed, or null when that
 * text is longer than a date's line or does not read as a date: a post's time printed beside links in one box
 * (Something Awful's `td.postdate`: a "seen" icon, "#" to the post, "?" to the member's posts, then "Sep 20, 2012
 * 11:16"). Read by the post survey (see survey in find-posts) and the post's time (see besideGlyphs in post-time).
 */
export function ownDateText(el: Element): string | null {
  let own = '';
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own += (c as Text).data;
  own = own.replace(/\s+/g, ' ').trim();
  return own.length <= OWN_DATE_CHARS && /\d/.test(own) && DATE_TEXT.test(own) ? own : null;
}
