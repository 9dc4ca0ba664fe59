import { RIGHTS_TEXT } from './clutter-text';
import { dropUnlessArticle, linkDensity, sizeOf } from './clutter-guard';
import { closestMatch } from './dom-query';
import { hasChromeLandmarks, liveHeadline } from './lead-menus';
import type { Census } from './page-census';
import { holdsContactDirectory } from './form-contacts';

/** Characters of a rights line at most ("© 2026 Ledgerly, Inc. All rights reserved. Privacy · Terms"). */
const RIGHTS_CHARS = 200;

/** The census's short blocks read from the page's end for its rights line: a footer is the page's last block. */
const TAIL_BLOCKS = 150;

/** Links a footer band holds at least (its columns: product, company, legal). */
const FOOTER_LINKS = 5;

/** Links a small footer band holds at least (a landing page's legal links beside its rights line). */
const SMALL_FOOTER_LINKS = 2;

/** Characters of a small footer band at most: the rights line, two or three legal links, "Powered by …". */
const SMALL_FOOTER_CHARS = 300;

/** Share of a footer band's text that is link text at least (its column titles and the rights line are not). */
const FOOTER_DENSITY = 0.4;

/** Characters of a footer band at most: columns of links, an address, the rights line; never a page's body. */
const FOOTER_CHARS = 3000;

/** The page's last rights line ("© 2026 …", "All rights reserved"), among the census's last short blocks. */
function rightsLine(c: Census): Element | null {
  for (let i = c.short.length - 1; i >= Math.max(0, c.short.length - TAIL_BLOCKS); i--) {
    const el = c.short[i];
    const n = sizeOf(el).chars;
    if (!n || n > RIGHTS_CHARS || c.shortTags[i] === 'A') continue;
    if (RIGHTS_TEXT.test(el.textContent ?? '') && el.isConnected) return el;
  }
  return null;
}

/**
 * The site's footer on a page that prints no landmark for it (a `<div>` soup: an unseen builder's hashed classes):
 * the largest block around the page's rights line that holds no prose and not the page's `<h1>`, when it is a band
 * of links (five or more, 40 % of its text; two or more in a band of 300 characters at most, a landing page's) after
 * the `<h1>` — columns of links, the legal links, the copyright line.
 * A page with a `<header>` or `<nav>` (see hasChromeLandmarks), or whose rights line stands in a `<footer>`, is left
 * to those landmarks.
 */
export function removeFooterBand(c: Census): void {
  if (hasChromeLandmarks(c)) return;
  const h1 = liveHeadline(c);
  const body = h1?.ownerDocument.body;
  if (!h1 || !body) return;
  const line = rightsLine(c);
  if (!line || closestMatch(line, 'footer, [role="contentinfo"]')) return;
  // DOCUMENT_POSITION_FOLLOWING: the rights line stands after the headline.
  if (!(h1.compareDocumentPosition(line) & 4)) return;
  let box: Element = line;
  for (let p = box.parentElement; p && p !== body && !p.contains(h1); p = p.parentElement) {
    if (sizeOf(p).prose > 0 || sizeOf(p).chars > FOOTER_CHARS || /^(MAIN|ARTICLE)$/.test(p.tagName)) break;
    // A contact page's directory (offices' numbers and addresses as links) is its content beside the footer.
    if (holdsContactDirectory(p, box)) break;
    box = p;
  }
  // A landing page's footer is smaller: its rights line, the legal links and the builder's credit (Kajabi, Carrd).
  const links = box.getElementsByTagName('a').length;
  const small = sizeOf(box).chars <= SMALL_FOOTER_CHARS && links >= SMALL_FOOTER_LINKS;
  if ((links < FOOTER_LINKS && !small) || linkDensity(box) < FOOTER_DENSITY) return;
  dropUnlessArticle(box);
}
