import { linkFragment } from './anchor-targets';
import type { Census } from './page-census';

/**
 * A skip link's fragment that says what it skips: javadoc's `#skip.navbar.top` (8) and `#skip-navbar_top` (1.2–7),
 * whatever the language of its title.
 */
const SKIP_FRAGMENT = /^#skip\b|^#skip[-_.]?nav/i;

/** A skip link's words (its text or title), in several languages: "Skip navigation links", "Navigationslinks
 * überspringen". */
const SKIP_WORDS = /\bskip\b|überspring|\bpasser\b|\bsaltar\b|\bsalta\b|\bpular\b|pomiń|スキップ|跳过|건너뛰기/i;

/** Characters of text a skipped bar may hold (javadoc 8's two bars with their script: about 600). */
const MAX_BAR_CHARS = 1500;

/** What a bar of links never holds: a heading, a paragraph, code, the page's main box. */
const PROSE = 'h1, h2, h3, h4, h5, h6, p, pre, main, article, [role="main"]';

/** True for an element that holds nothing to read: an empty `<a name>` marking where a bar ends. */
function isMarker(el: Element): boolean {
  return !el.firstElementChild && !(el.textContent ?? '').trim();
}

/** The empty marker a skip link points to (by id, or by javadoc's `<a name>`), when it follows the link. */
function skipTarget(link: Element, fragment: string): Element | null {
  const doc = link.ownerDocument;
  let target: Element | null = doc.getElementById(fragment);
  if (!target) for (const a of doc.getElementsByName(fragment)) if (a.tagName === 'A') target = a;
  if (!target || !isMarker(target) || target.contains(link)) return null;
  return link.compareDocumentPosition(target) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? target : null;
}

/**
 * A bar between a skip link and the empty marker it jumps to is the navigation the link skips (javadoc 1.2–8 print
 * "Overview Package Class …", "PREV CLASS NEXT CLASS FRAMES NO FRAMES", "SUMMARY: NESTED | FIELD | …" between
 * `<a href="#skip-navbar_top" title="Skip navigation links">` and `<a name="skip-navbar_top">`, at the top and the
 * bottom of every page; javadoc 8's bar is two boxes, `div.topNav` and `div.subNav`, the marker closing the second).
 * The bar goes, link to marker, when it holds no heading, paragraph or code and under 1,500 characters. Read only on
 * in-page links whose fragment, text or title says skip (a "Skip to content" link to the `<main>` it skips to is no
 * marker's).
 */
export function removeSkippedBars(c: Census) {
  for (const link of c.skipLinks) {
    if (link.tagName !== 'A') continue;
    const href = link.getAttribute('href') ?? '';
    const fragment = linkFragment(link);
    if (fragment === null) continue;
    if (!SKIP_FRAGMENT.test(href) && !SKIP_WORDS.test(`${link.getAttribute('title') ?? ''} ${link.textContent ?? ''}`))
      continue;
    if (!link.isConnected) continue;
    const target = skipTarget(link, fragment);
    if (!target) continue;
    const range = link.ownerDocument.createRange();
    range.setStartBefore(link);
    range.setEndBefore(target);
    const bar = range.cloneContents();
    if (bar.querySelector(PROSE)) continue;
    for (const s of bar.querySelectorAll('script, style')) s.remove();
    if ((bar.textContent ?? '').trim().length > MAX_BAR_CHARS) continue;
    range.deleteContents();
  }
}
