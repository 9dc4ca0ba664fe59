import type { Census } from './page-census';

/**
 * Class words of the copies a carousel script adds so that its slides loop: Swiper (up to version 8, Elementor's
 * testimonial, image and review carousels) `swiper-slide-duplicate`, Slick `slick-cloned`, Splide
 * `splide__slide--clone`, Glide `glide__slide--clone`, bxSlider `bx-clone`, Owl Carousel `owl-item cloned`. The page
 * keeps them after its scripts ran, and a saved copy says each testimonial twice (Slick's alone carry aria-hidden).
 */
const CLONE_CLASS =
  /(^|\s)(swiper-slide-duplicate|slick-cloned|splide__slide--clone|glide__slide--clone|bx-clone)(\s|$)/;
const OWL_CLONE = /(^|\s)cloned(\s|$)/;
const OWL_ITEM = /(^|\s)owl-item(\s|$)/;

/**
 * True for a slide that a carousel script copied (see CLONE_CLASS; Owl Carousel's `cloned` only beside `owl-item`).
 * Every class name of the page is asked: a substring test first, the patterns only for the few that hold "clone" or
 * "duplicate".
 */
export function isCarouselClone(el: Element, cls = el.getAttributeNS(null, 'class')): boolean {
  if (!cls || !(cls.includes('clone') || cls.includes('duplicate'))) return false;
  return CLONE_CLASS.test(cls) || (OWL_CLONE.test(cls) && OWL_ITEM.test(cls));
}

/** Removes the carousel's copies of its slides: the slides themselves stay, once each. */
export function removeCarouselClones(c: Census): void {
  for (let i = 0; i < c.classed.length; i++)
    if (isCarouselClone(c.classed[i], c.classNames[i]) && c.classed[i].isConnected) c.classed[i].remove();
}
