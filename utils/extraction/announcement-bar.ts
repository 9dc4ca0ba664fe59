import { nodeToText } from './html-to-text';
import { queryFirst } from './dom-query';
import { visibleChars } from './extract-region';

/**
 * class/id words of a shop's announcement bar: the strip above the site's header that rotates its notices
 * ("Free shipping on orders over $50", one per country or currency), as Shopify themes name it
 * (`announcement-bar`, `announcement-bar__message`, `promo-bar`, `promoBar`). Not `announcement` alone (a forum's
 * announcements are topics) nor a promo banner (a service page's call to action, which the truths keep).
 */
const BAR_CLASS = /(^|[-_ ])(announcement[-_]?bar|promo[-_]?bar)([-_ ]|$)/i;

/** Characters of the longest notice an announcement bar holds (a sentence or two; an article's paragraph is more). */
const MAX_NOTICE = 300;

/**
 * True when a block is a shop's announcement bar (see BAR_CLASS): notices of a sentence or two each, no headline,
 * no main landmark or article inside, and less than half of the page's visible text. Its notices are the site's,
 * on every page: Readability took the rotating bar of a shop's category (fifteen countries' shipping offers, 2,900
 * characters of short paragraphs) over its four products, and the region kept it.
 */
export function isAnnouncementBar(el: Element, classWords: string): boolean {
  // The class words first: asking whether the block is still in the page is a walk to the root in jsdom.
  if (!BAR_CLASS.test(classWords) || !el.isConnected) return false;
  if (queryFirst(el, 'h1, main, article, [role="main"]')) return false;
  const body = el.ownerDocument.body;
  if (body && visibleChars(el) * 2 > visibleChars(body)) return false;
  return nodeToText(el)
    .split('\n')
    .every((line) => line.trim().length <= MAX_NOTICE);
}
