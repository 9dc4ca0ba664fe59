import { absoluteUrl } from './resolve-lazy-images';
import { queryAll } from './dom-query';

/**
 * Makes the links and image sources of copied page content absolute (Readability does this for its
 * article; thread and region copies are taken beside it). In-page anchors stay as they are; a link or
 * source that is not http(s) goes.
 */
export function absoluteLinks(root: Element, base: string): void {
  for (const el of queryAll(root, 'a[href], img[src]')) {
    const attr = el.tagName === 'A' ? 'href' : 'src';
    const value = el.getAttribute(attr) ?? '';
    if (value.startsWith('#')) continue;
    const abs = absoluteUrl(value, base);
    if (abs) el.setAttribute(attr, abs);
    else el.removeAttribute(attr);
  }
}
