import { sanitizeHtml } from '@/utils/extraction/sanitize-html';

/** A stored image ready to show: its object URL and measured size. */
export interface StoredImage {
  src: string;
  width: number | null;
  height: number | null;
}

/** What stands in for an image that was not stored: a soft box with a picture icon, sized by the img's width/height. */
export const MISSING_IMAGE_SRC =
  'data:image/svg+xml,' +
  encodeURIComponent(
    "<svg xmlns='http://www.w3.org/2000/svg'><rect width='100%' height='100%' fill='#8882'/>" +
      "<svg x='50%' y='50%' overflow='visible'>" +
      "<g transform='translate(-16 -12)' fill='none' stroke='#8889' stroke-width='2'>" +
      "<rect x='1' y='1' width='30' height='22' rx='3'/><path d='M4 20l8-8 6 6 4-4 6 6'/>" +
      "<circle cx='23' cy='8' r='2.5'/>" +
      '</g></svg></svg>',
  );

/**
 * Article HTML ready for the reader: sanitized, with every image pointed at its stored copy
 * (an object URL) or at a local placeholder. Nothing in the result can load from outside.
 */
export function renderArticleHtml(html: string, images: Map<string, StoredImage>, doc: Document = document): string {
  const tpl = doc.createElement('template');
  tpl.innerHTML = sanitizeHtml(html, doc.defaultView as Window & typeof globalThis);
  for (const img of tpl.content.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    const stored = images.get(src);
    if (!stored && /^data:image\//i.test(src)) continue;
    if (stored && stored.width && stored.height && !img.hasAttribute('width') && !img.hasAttribute('height')) {
      img.setAttribute('width', String(stored.width));
      img.setAttribute('height', String(stored.height));
    }
    img.setAttribute('src', stored ? stored.src : MISSING_IMAGE_SRC);
    if (!stored) {
      img.setAttribute('class', 'img-missing');
      img.setAttribute('title', 'This image was not saved for offline reading');
      if (!img.getAttribute('alt')) img.setAttribute('alt', 'Image not saved');
    }
  }
  return tpl.innerHTML;
}
