import { isAuthorEl } from './find-posts';
import { isPageHref } from './page-href';
import { byTag } from './tag-list';
import { queryAll } from './dom-query';

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** True when `el` holds a heading that links to another page than `pagePath` (a card's title, not its author). */
function hasCardTitle(el: Element, base: string, pagePath: string): boolean {
  for (const h of queryAll(el, HEADINGS)) {
    // A member's name in a heading (XenForo's `h4.message-name`) is the post's author, not a title.
    if (isAuthorEl(h)) continue;
    for (const a of byTag(h, 'a')) {
      const href = a.getAttribute('href');
      if (!isPageHref(href) || isAuthorEl(a)) continue;
      try {
        if (new URL(href!, base).pathname !== pagePath) return true;
      } catch {
        // an address that does not parse is nobody's title
      }
    }
  }
  return false;
}

/**
 * True when the "posts" found are a page's cards: half of them or more carry a heading that links to another
 * page (a story's or a product's title). A news section's stories each have a byline and a date, as posts do,
 * but a thread's posts have no linked headline of their own (a forum's post title links within the thread's
 * page: `#p12`, or `viewtopic.php?p=12`, the same path).
 */
export function isCardList(posts: Element[], pageUrl: string): boolean {
  let pagePath: string;
  try {
    pagePath = new URL(pageUrl).pathname;
  } catch {
    return false;
  }
  let cards = 0;
  for (const p of posts) if (hasCardTitle(p, pageUrl, pagePath)) cards++;
  return cards * 2 >= posts.length;
}
