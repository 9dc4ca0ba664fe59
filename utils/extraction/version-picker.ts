import { dropUnlessArticle } from './clutter-guard';
import type { Census } from './page-census';
import { squashedText as text, wordsBesideLinks } from './words-beside-links';
import { byTag } from './tag-list';

/** A version as a manual names it: "17", "9.6", "v2.1", "3.x", or a release line's name ("current", "devel"). */
const VERSION = /^(?:v?\d+(?:\.\d+)*(?:\.x)?|current|latest|stable|dev|devel|development|master|main|nightly)$/i;

/** An address with a path segment that is a version (`/docs/16/…`, `/en/stable/…`, `/en/dev/…`). */
export const VERSION_HREF =
  /(?:^|\/)(?:v?\d+(?:\.\d+)*(?:\.x)?|current|latest|stable|dev|devel|master|main|nightly)(?:[/?#]|$)/i;

/** A version written with a dot or by a release line's name: page numbers ("2", "3") are plain numbers. */
const NAMED_VERSION = /\.|^[a-z]/i;

/** Version links a picker holds at least, and words of other text it may hold (its labels, a breadcrumb). */
const MIN_LINKS = 3;
const MAX_OTHER_WORDS = 12;
/** Levels above a version link that its picker's box may reach. */
const MAX_LEVELS = 5;

/** True for a link naming a version (see VERSION) whose address holds a version segment (see VERSION_HREF). */
function isVersionLink(a: Element): boolean {
  return VERSION.test(text(a)) && VERSION_HREF.test(a.getAttribute('href') ?? '');
}

/** Version links in `el`, and the words of its other text. */
function measure(el: Element, links: Set<Element>): { links: number; named: boolean; words: number } {
  let count = 0;
  let named = false;
  for (const a of byTag(el, 'a')) {
    if (!links.has(a)) continue;
    count++;
    named ||= NAMED_VERSION.test(text(a));
  }
  return { links: count, named, words: wordsBesideLinks(el, links) };
}

/**
 * A manual's version picker written out as links: PostgreSQL's "Supported Versions: Current (18) / 17 / 16 / 15",
 * "Unsupported versions: 12 / 11 / 9.6", Django's "Documentation version: 5.1" list of "development", "5.2", "5.0",
 * each a link to the same page in another version. Readability drops it with the page's header, but the region copy
 * of a page without `<main>` is the body and kept it (with the breadcrumb beside it). A picker is the highest box
 * within five levels of a version link that holds three version links or more (a link whose text is a version and
 * whose address carries a version as a path segment), one of them with a dot or a name ("9.6", "current": a pager's
 * "2 3 4" has neither), and at most twelve words besides; never the body, `<main>` or an article, nor a heading.
 */
export function removeVersionPickers(c: Census): void {
  const links = new Set(c.versionLinks.filter(isVersionLink));
  if (links.size < MIN_LINKS) return;
  for (const a of links) {
    if (!a.isConnected) continue;
    let box: Element | null = null;
    for (let level = 0, p = a.parentElement; p && level < MAX_LEVELS; level++, p = p.parentElement) {
      if (/^(BODY|MAIN|ARTICLE|HTML)$/.test(p.tagName) || p.querySelector('h1, h2, h3')) break;
      const m = measure(p, links);
      if (m.words > MAX_OTHER_WORDS) break;
      if (m.links >= MIN_LINKS && m.named) box = p;
    }
    if (box) dropUnlessArticle(box);
  }
}
