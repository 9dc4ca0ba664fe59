import { classWordList } from './attribute-names';
import { visibleChars } from './extract-region';
import { closestMatch, queryFirst } from './dom-query';

/**
 * Class and id words (split at `-`, `_` and camelCase) of a block of customers' reviews: `reviews`, `user_reviews`,
 * `product-reviews`, `customerReviews`, and the review widgets shops embed (Yotpo, Okendo, Judge.me, Stamped, Loox,
 * Trustpilot, Bazaarvoice, PowerReviews).
 */
const REVIEW_WORD = /^(reviews?|yotpo|okendo|jdgm|judgeme|stamped|loox|trustpilot|bazaarvoice|powerreviews)$/;

/** Visible characters under which a review block is a rating line ("4.8 (96 reviews)"), which stays. */
const MIN_CHARS = 200;

/** True when the element's class or id words name a block of reviews. */
function namesReviews(el: Element): boolean {
  return classWordList(el).some((w) => REVIEW_WORD.test(w));
}

/**
 * Removes the blocks of customers' reviews from a shop's page (a product page's review list with its ratings,
 * "Write a review", "47 people found this review helpful", reviewers' ages and towns; a category's review
 * carousel): what a reader saved is the product, and WCXB's truth leaves reviews out. A block is one whose class
 * or id words name reviews (see REVIEW_WORD), outermost first, with 200 visible characters or more (a rating line
 * next to the title stays), and no `<h1>` or main landmark inside: a page whose content is reviews (a site of
 * app reviews, a review article) holds its title in that block: its `<h1>`, or on a page without one the first
 * heading of the highest rank it has (a site's page of one review, titled by the review's `<h2>`). Run on a page that
 * declares no article.
 */
export function removeReviews(body: Element): void {
  const found: Element[] = [];
  for (const el of body.querySelectorAll('[class], [id]')) {
    if (!namesReviews(el) || found.some((f) => f.contains(el))) continue;
    found.push(el);
  }
  let title: Element | null | undefined; // the page's top heading, looked up only where a block is found
  for (const el of found) {
    if (queryFirst(el, 'h1, main, [role="main"]') || closestMatch(el, 'main, [role="main"]') === el) continue;
    if (title === undefined) title = topHeading(body);
    if (title && el.contains(title)) continue;
    if (visibleChars(el) >= MIN_CHARS) el.remove();
  }
}

/** The first heading of the highest rank in `root` (`<h1>`, else `<h2>`, …), or null. */
function topHeading(root: Element): Element | null {
  for (const tag of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']) {
    const h = queryFirst(root, tag);
    if (h) return h;
  }
  return null;
}
