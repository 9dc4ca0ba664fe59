import { MENU_CLASS } from './clutter-text';
import { closestMatch } from './dom-query';
import { linkDensity } from './clutter-guard';
import { isCarouselClone } from './carousel-clones';
import { openPanel } from './folded-panel';

/** The first class word of an element: a carousel library's or a builder's name for its slides comes first. */
function baseClass(el: Element): string {
  return (el.getAttributeNS(null, 'class') ?? '').trim().split(/\s+/)[0] ?? '';
}

/** Tags of a slide: a box, never a line's part (a price drawn for the eye beside its words for a screen reader). */
const SLIDE_TAGS = new Set(['DIV', 'LI', 'ARTICLE', 'SECTION', 'FIGURE', 'BLOCKQUOTE']);

/** Class words of carousels and their slides, in every library's and builder's names. */
const CAROUSEL_WORDS = /slide|slick|carousel|swiper|splide|glide|flickity|owl-|bx-|testimonial|marquee/i;

/** True when the element or one of its two nearest ancestors names a carousel (see CAROUSEL_WORDS). */
function inCarousel(el: Element): boolean {
  let node: Element | null = el;
  for (let i = 0; node && i < 3; i++, node = node.parentElement)
    if (CAROUSEL_WORDS.test(node.getAttributeNS(null, 'class') ?? '')) return true;
  return false;
}

/** An element's text with its white space collapsed. */
function squeeze(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** True when the element shows: neither `hidden` nor `aria-hidden="true"`. */
function shown(el: Element): boolean {
  return !el.hasAttribute('hidden') && el.getAttribute('aria-hidden') !== 'true';
}

/**
 * True when a hidden element is a slide of a carousel the page shows: a box (see SLIDE_TAGS) marked
 * `aria-hidden="true"` in a carousel (see inCarousel), beside a shown sibling of its tag whose class words hold its
 * first class word. Carousel scripts hide every slide but the one in view from
 * screen readers (bxSlider, Slick, Flickity, Splide, Webflow's slider, Beaver Builder's testimonials), whatever the
 * slides' names; a reader of the saved page sees them all, and the truths keep them. Not a copy the script added to
 * loop (see isCarouselClone; a slide with the text of one shown or printed before it), nor a menu's panel (its words,
 * mostly links, in a nav, header or dialog).
 */
export function isHiddenSlide(el: Element): boolean {
  if (el.getAttribute('aria-hidden') !== 'true' || el.hasAttribute('hidden') || isCarouselClone(el)) return false;
  if (!SLIDE_TAGS.has(el.tagName) || !inCarousel(el)) return false;
  const base = baseClass(el);
  const parent = el.parentElement;
  if (!base || !parent || MENU_CLASS.test(`${el.getAttributeNS(null, 'class')} ${el.id}`)) return false;
  const own = squeeze(el);
  let sibling = false;
  let before = true;
  for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
    if (s === el) before = false;
    if (s === el || s.tagName !== el.tagName || !s.classList.contains(base) || isCarouselClone(s)) continue;
    // The same text as a slide shown or printed before it: a copy the script made to loop (a marquee of quotes).
    if ((before || shown(s)) && squeeze(s) === own) return false;
    sibling ||= shown(s);
  }
  if (!sibling || !own || linkDensity(el) >= 0.5) return false;
  return !closestMatch(el, 'nav, header, dialog, [role="navigation"], [role="menu"], [role="dialog"]');
}

/**
 * Opens a hidden slide (see isHiddenSlide) with the wrappers inside it the script hid as well (Webflow's slider hides a
 * slide's content box with it): a hidden box holding half of the slide's text or more. An icon's hidden glyph stays.
 */
export function openSlide(el: Element): void {
  openPanel(el);
  const half = squeeze(el).length / 2;
  for (const inner of Array.from(el.querySelectorAll('[aria-hidden="true"]')))
    if (squeeze(inner).length >= half) openPanel(inner);
}
