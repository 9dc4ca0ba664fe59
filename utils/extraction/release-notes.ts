import { closestMatch } from './dom-query';

// A manual's release notes (a "Changelog" or "Release Notes" page): each release is a section whose heading is its
// version number, often the link to its release or to the diff from the last one, and sometimes its date
// ("<h2><a href="…/releases/tag/1.0.6">1.0.6</a></h2>", release-please's and semantic-release's
// "<h2><a href="…/compare/v1.1.0...v1.2.0">1.2.0</a> (2024-05-01)</h2>", Keep a Changelog's "[1.0.0] - 2017-06-20").
// Its lines are the releases' changes ("Updated documentation", "Removed token refresh subscription."), written as
// list items under the version (or under a "Features" or "Fixed" heading below it): not datelines, notices or calls
// to action, which is what such short lines are read as elsewhere.

/** A heading element's tag. */
const HEADING = /^H[1-6]$/;

/**
 * A version number as a whole heading: "1.0.6", "v2.3.0-beta.1", "[1.0.0]", with at most a date or a short label after
 * it in brackets or after a dash or colon ("(2022-07-14)", "- 2017-06-20", "— March 3, 2024", "(latest)"). Numbers and
 * punctuation, so language-free but for a month's or a label's word.
 */
const VERSION_HEADING =
  /^\s*\[?v?\d+(\.\d+){1,3}([-+][0-9A-Za-z.]+)?\]?(\s*(\([^()]{1,30}\)|[-–—:]\s*[\p{L}\d ,./-]{1,30}))?\s*$/u;

/** True when `el` is a heading that is a release's version number (see VERSION_HEADING). */
export function isVersionHeading(el: Element): boolean {
  return HEADING.test(el.tagName) && VERSION_HEADING.test(el.textContent ?? '');
}

/** The list a list's item stands in, if it stands in one. */
const parent = (list: Element) => (list.parentElement ? closestMatch(list.parentElement, 'ul, ol') : null);

/** How many elements before a list are read for its release's heading (a label heading and a sentence between). */
const LOOK_BACK = 6;

/**
 * True when `el` (a list's item) is a line of a release's notes: its list follows, within a few elements, a version
 * heading (see isVersionHeading), directly or through headings of a lower rank ("1.0.3" › "Features and Fixes" ›
 * the list). Read only for a short line the tidy pass would drop; walks at most LOOK_BACK siblings.
 */
export function isReleaseLine(el: Element): boolean {
  if (el.tagName !== 'LI') return false;
  const inner = el.parentElement;
  if (!inner || !/^(UL|OL)$/.test(inner.tagName)) return false;
  let list: Element = inner;
  // The outermost list: a change's sub-items (`li > ul > li`) stand under the same release.
  for (let up = parent(list); up; up = parent(up)) list = up;
  let rank = 7;
  let n = list.previousElementSibling;
  for (let i = 0; n && i < LOOK_BACK; n = n.previousElementSibling, i++) {
    if (!HEADING.test(n.tagName)) continue;
    const r = Number(n.tagName[1]);
    // A heading of the same rank or a deeper one than the one below it is another section's, not this one's parent.
    if (r >= rank) return false;
    if (isVersionHeading(n)) return true;
    rank = r;
  }
  return false;
}
