import { isAuthorEl } from './find-posts';
import { isOwnPermalink } from './own-permalink';
import { isPageHref } from './page-href';
import { byTag } from './tag-list';
import { queryAll } from './dom-query';

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** A reply's subject prefix ("Re: ", German "AW: ", Dutch "Antw: "). */
const REPLY_PREFIX = /^((re|aw|sv|vs|antw|rif|odp)(\[\d+\])?: *)+/i;

/** A heading's words as a subject: lower case, without a reply's prefix. */
const subjectOf = (h: Element) =>
  (h.textContent ?? '').replace(/\s+/g, ' ').trim().replace(REPLY_PREFIX, '').toLowerCase();

/**
 * The text of the heading in `el` that links to another page than `pagePath` (a card's title, not its author), or
 * null.
 */
function cardTitle(el: Element, base: string, pagePath: string): string | null {
  for (const h of queryAll(el, HEADINGS)) {
    // A member's name in a heading (XenForo's `h4.message-name`) is the post's author, not a title.
    if (isAuthorEl(h)) continue;
    for (const a of byTag(h, 'a')) {
      const href = a.getAttribute('href');
      if (!isPageHref(href)) continue;
      // A heading that opens with a member's link is the member's, whatever it links after the name (XenForo 1's
      // `h3.userText`: the name, the member's title, a staff banner linking to the site's staff page).
      if (isAuthorEl(a)) break;
      // A subject linked to the post itself (Drupal 7's "/comment/30112#comment-30112") is no card's title.
      if (isOwnPermalink(a, el)) continue;
      try {
        if (new URL(href!, base).pathname !== pagePath) return subjectOf(h);
      } catch {
        // an address that does not parse is nobody's title
      }
    }
  }
  return null;
}

/**
 * True when the "posts" found are a page's cards: half of them or more carry a heading that links to another
 * page (a story's or a product's title). A news section's stories each have a byline and a date, as posts do,
 * but a thread's posts have no linked headline of their own (a forum's post title links within the thread's
 * page: `#p12`, or `viewtopic.php?p=12`, the same path). Nor is a post whose linked heading says the page's title
 * ("Re: …" on each reply: Khoros links every post's subject to the post's own page, `…/m-p/1183255`).
 */
export function isCardList(posts: Element[], pageUrl: string): boolean {
  let pagePath: string;
  try {
    pagePath = new URL(pageUrl).pathname;
  } catch {
    return false;
  }
  const pageTitle = (posts[0]?.ownerDocument.title ?? '').replace(/\s+/g, ' ').toLowerCase();
  let cards = 0;
  for (const p of posts) {
    const title = cardTitle(p, pageUrl, pagePath);
    if (title !== null && !(title.length >= 10 && pageTitle.includes(title))) cards++;
  }
  return cards * 2 >= posts.length;
}
