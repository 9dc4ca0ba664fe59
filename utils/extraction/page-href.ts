/** An address that names an image file (a photo linked to its full size). */
const IMAGE_HREF = /\.(jpe?g|png|gif|webp|avif|svg)([?#]|$)/i;

/** True when a link's `href` leads to a page: not empty, not within the page (`#…`), not to an image file. */
export function isPageHref(href: string | null): boolean {
  return !!href && !href.startsWith('#') && !IMAGE_HREF.test(href);
}
