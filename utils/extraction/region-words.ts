import { DROP_ROLES, DROP_TAGS, isPageBand } from './extract-region';
import { byTag } from './tag-list';

/** Words as the overlap of a region and an article counts them (see wordList in word-overlap.ts). */
const WORD = /[\p{L}\p{N}_]+/gu;

/**
 * Tags the region copy always leaves out (see isChrome): DROP_TAGS but a form (kept when it holds prose), a
 * button (the clutter pass makes a fold's toggle button a span) and a `<noscript>` (unwrapNoscript may open it).
 */
const LEFT_OUT = new Set([...DROP_TAGS].filter((t) => t !== 'FORM' && t !== 'BUTTON' && t !== 'NOSCRIPT'));

/** Never left out: the main region itself may be any element with this role (see mainRegion). */
const isMain = (el: Element) => el.tagName === 'MAIN' || el.getAttribute('role') === 'main';

/** True when the region copy leaves `el` out whatever the clutter pass and the sizes decide (see isChrome). */
function leftOut(el: Element): boolean {
  const tag = el.tagName;
  if (isMain(el)) return false;
  // SVG and MathML keep their lower-case names: nodeToText skips them whatever their case.
  if (LEFT_OUT.has(tag) || /^(svg|math)$/i.test(tag)) return true;
  if ((tag === 'HEADER' || tag === 'FOOTER') && isPageBand(el)) return true;
  // A hidden landmark may be a folded panel, which the region keeps.
  const role = el.getAttribute('role');
  return !!role && DROP_ROLES.has(role) && !el.hasAttribute('hidden') && el.getAttribute('aria-hidden') !== 'true';
}

function count(el: Element): number {
  let n = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) n += (c as Text).data.toLowerCase().match(WORD)?.length ?? 0;
    else if (c.nodeType === 1 && !leftOut(c as Element)) n += count(c as Element);
  }
  return n;
}

/**
 * At most the words the main region copied from a fresh copy of this page can hold (freshRegion: the clutter
 * pass, mainRegion, cleanRegion, nodeToText), without making that copy: the words of the page's text nodes,
 * counted node by node (a copy only drops, moves or joins them, and joined text never has more words), outside
 * the elements the copy always leaves out (navigation, asides, scripts, page headers and footers, landmarks of
 * chrome). Infinity on a page with React's streamed parts: they move, possibly out of such an element.
 */
export function regionWordBound(body: Element): number {
  for (const t of byTag(body.ownerDocument, 'template')) if (/^[BP]:/.test(t.id)) return Infinity;
  return count(body);
}
