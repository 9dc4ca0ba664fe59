import { dropUnlessArticle } from './clutter-guard';
import type { Census } from './page-census';
import { baseOf } from './page-base';
import { squashedText } from './words-beside-links';

/** A path segment that names a release of a manual: "5.6", "v2.1", "3.x", "stable", "latest", "dev", "main". */
const VERSION_SEGMENT =
  /^(?:v?\d+(?:\.\d+)*(?:\.x)?|current|latest|stable|dev|devel|development|master|main|nightly)$/i;

/** Words a notice holds at most (two sentences and a link), and at least (a sentence, not a picker's "5.6"). */
const MAX_WORDS = 50;
const MIN_WORDS = 4;

/** Words of a notice about the manual's release, in a few languages: "version", "docs", "release", "Fassung". */
const RELEASE_WORDS =
  /version|release|docs|documentation|document|versión|versão|versione|fassung|dokumentation|ドキュメント|バージョン|版本|文档/iu;

/** Boxes a notice may be: a block, never the page's frame. */
const BLOCK = /^(P|DIV|ASIDE|SECTION)$/;
const FRAME = /^(BODY|MAIN|ARTICLE|HTML)$/;

/** A path without its release segments (`/en/stable/guide/x.html` → `en/guide/x.html`), and whether it had one. */
function withoutRelease(path: string): { key: string; had: boolean } {
  const parts = path.split('/').filter(Boolean);
  const kept = parts.filter((p) => !VERSION_SEGMENT.test(p));
  return { key: kept.join('/'), had: kept.length < parts.length };
}

const wordCount = (t: string) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * A manual's notice that the page is one release of it, with a link to the same page in another release: Celery's
 * "This document describes the current stable version of Celery (5.6). For development docs, go here." (`/en/stable/…`
 * linking to `/en/main/…`), Read the Docs' "You are not reading the most recent version of this documentation",
 * Docusaurus's "This is documentation for … which is no longer actively maintained". The page's own path and the
 * link's differ only in their release segments; the box is the highest block around the link of four to fifty words
 * that holds no heading and speaks of a release ("version", "docs", in a few languages), and it stands before the
 * page's first `<h1>` (or `<h2>` on a page with none): a sentence of the text that links an older release's page
 * stands after its title.
 */
export function removeVersionNotices(c: Census): void {
  if (!c.versionLinks.length) return;
  const doc = c.versionLinks[0].ownerDocument;
  let page: URL;
  try {
    page = new URL(doc.URL);
  } catch {
    return;
  }
  if (!/^https?:$/.test(page.protocol)) return;
  const own = withoutRelease(page.pathname);
  // Found once a link passes the cheap tests (each is a walk of the page).
  let title: Element | null | undefined;
  let base: ReturnType<typeof baseOf> | undefined;
  // A link to this page in another release names this page's last segment ("intro.html"): a cheap test before
  // the address is parsed (a news page's many dated links fail it).
  const tail = own.key.split('/').pop() ?? '';
  const last = tail.includes('%') ? '' : tail; // an escaped segment may be written unescaped in the link
  for (const a of c.versionLinks) {
    if (!(a.getAttribute('href') ?? '').includes(last) || !a.isConnected) continue;
    let to: URL;
    try {
      base ??= baseOf(doc);
      to = new URL(a.getAttribute('href') ?? '', base);
    } catch {
      continue;
    }
    if (to.host !== page.host || to.pathname === page.pathname) continue;
    const other = withoutRelease(to.pathname);
    if (!other.had || other.key !== own.key) continue;
    if (title === undefined) title = doc.querySelector('h1') ?? doc.querySelector('h2');
    if (!title) return;
    let box: Element | null = null;
    for (let p = a.parentElement; p && !FRAME.test(p.tagName); p = p.parentElement) {
      if (p.querySelector('h1, h2, h3, h4, h5, h6') || wordCount(squashedText(p)) > MAX_WORDS) break;
      if (BLOCK.test(p.tagName)) box = p;
    }
    if (!box || wordCount(squashedText(box)) < MIN_WORDS || !RELEASE_WORDS.test(squashedText(box))) continue;
    if (!(box.compareDocumentPosition(title) & 4)) continue;
    dropUnlessArticle(box);
  }
}
