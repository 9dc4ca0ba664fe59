import { classWordList } from './attribute-names';
import { visibleChars } from './extract-region';
import { isPageHref } from './page-href';
import { queryFirst } from './dom-query';
import { baseOf } from './page-base';
import { byTag } from './tag-list';

/**
 * Class and id words (split at `-`, `_` and camelCase) of a carousel: the box a shop scrolls its product cards in
 * (Amazon's `a-carousel`, Swiper, Slick, Splide, Glide, Flickity, Owl).
 */
const CAROUSEL_WORD = /^(carousel|slider|swiper|slick|splide|glide|flickity|owl|slideshow)$/;

/** `aria-roledescription` of a carousel or of its slides. */
const CAROUSEL_ROLE = /^(carousel|slide)$/i;

/**
 * A price: a currency sign or code next to a number ("$659.99", "EUR 21.86", "21,86 €", "1 299 Kč", "R$ 49"), in any
 * language. Codes are upper case and need no word boundary before them: a card's text runs its pieces together
 * ("SponsoredEUR 64.99").
 */
const PRICE = new RegExp(
  /(?:[$€£¥₹₽₩]|(?:EUR|USD|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|PLN|CZK|HUF|INR|BRL|MXN)|R\$)\s?\d/.source +
    '|' +
    /\d(?:[\d.,\s]*\d)?\s?(?:€|£|₽|zł|Kč|kr\b|лв|\b(?:EUR|USD|GBP|CHF|PLN|CZK)\b)/.source,
  'g',
);

/** Cards a carousel holds at least to be a shop's row of other products (two are a product's own pictures). */
const MIN_CARDS = 3;

/** Share of the page's visible text a carousel of cards may hold at most: more is the page's own listing. */
const MAX_SHARE = 0.4;

/** Characters a heading or a "see all" line above the carousel may add to the box that is removed with it. */
const TITLE_CHARS = 120;

function isCarousel(el: Element): boolean {
  if (CAROUSEL_ROLE.test(el.getAttribute('aria-roledescription') ?? '')) return true;
  return classWordList(el).some((w) => CAROUSEL_WORD.test(w));
}

/**
 * The path and query of a link's address, or null for one that does not lead to a page (ads' links share one path,
 * Amazon's `/sspa/click?…`, and differ in their query).
 */
function pathOf(href: string | null, base: string): string | null {
  if (!isPageHref(href)) return null;
  try {
    const u = new URL(href!, base);
    return u.pathname.replace(/\/+$/, '') + u.search;
  } catch {
    return null;
  }
}

/**
 * True when a carousel shows other products: links to three pages or more other than this one, and as many prices.
 * A product's own gallery (pictures, no prices, no links elsewhere) and a carousel of articles (no prices) stay.
 */
function showsOtherProducts(el: Element, here: string | null, base: string): boolean {
  const pages = new Set<string>();
  for (const a of byTag(el, 'a')) {
    const p = pathOf(a.getAttribute('href'), base);
    if (p !== null && p !== here) pages.add(p);
  }
  if (pages.size < MIN_CARDS) return false;
  return ((el.textContent ?? '').match(PRICE)?.length ?? 0) >= MIN_CARDS;
}

/**
 * Removes the carousels of other products from a shop's page: "Products related to this item", "Sponsored",
 * "Similar items", "Customers also bought", "Vous aimerez aussi" rows (Amazon's `a-carousel`, Swiper and Slick
 * sliders), whatever their heading says. A carousel (class words or `aria-roledescription`) whose links lead to
 * three other pages or more and that shows as many prices, holding under 40 % of the page's visible text (a page
 * whose content is a slider of products keeps it), with no `<h1>` or main landmark inside; the box around it goes
 * with it while that adds no more than a heading. Not on a site's home page (its sliders of offers are what it
 * shows). Run on a page that declares no article.
 */
export function removeCrossSells(body: Element): void {
  const base = baseOf(body.ownerDocument);
  const here = pathOf(base, base);
  // A site's home page is not one product's page: its sliders of offers and categories are what it shows.
  if (!here || here.split('?')[0] === '') return;
  const page = visibleChars(body);
  const found: Element[] = [];
  for (const el of body.querySelectorAll('[class], [id], [aria-roledescription]')) {
    if (found.some((f) => f.contains(el)) || !isCarousel(el)) continue;
    if (!showsOtherProducts(el, here, base)) continue;
    found.push(el);
  }
  for (const el of found) {
    if (!el.isConnected || queryFirst(el, 'h1, main, [role="main"]')) continue;
    const own = visibleChars(el);
    if (own > page * MAX_SHARE) continue;
    let box = el;
    while (
      box.parentElement &&
      box.parentElement !== body &&
      !/^(MAIN|ARTICLE)$/.test(box.parentElement.tagName) &&
      visibleChars(box.parentElement) <= own + TITLE_CHARS &&
      !queryFirst(box.parentElement, 'h1')
    )
      box = box.parentElement;
    box.remove();
  }
}
