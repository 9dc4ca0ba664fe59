import { teaserShare } from './continued-sections';
import { wordTotal } from './word-overlap';
import { blockInRegion, lineOf } from './block-in-region';

/** Words the region must hold before Readability's block's first line before its sections are looked for. */
const MIN_HEAD_WORDS = 40;

/** Words that may stand between the section's heading and the block's first line (its signature, a sentence). */
const GAP_WORDS = 60;

/**
 * Share of the sections' characters in links to other pages above which they are a list of links, not sections of a
 * text. A reference's entries link their types and settings (Readability cleans such a section away at a fifth).
 */
const MAX_LINK_SHARE = 0.4;

/** A line that is a sentence of eight words or more: prose. */
const SENTENCE = /[\p{L}\p{N}][^\n]*[.!?:。！？][")'”’»]?\s*$/u;

const HEADINGS = 'h2,h3,h4,h5,h6';

/** Boxes that are a page's chrome by their tag or role, never a section of its text. */
const CHROME = 'nav,aside,header,footer,form,[role=navigation],[role=complementary],[role=banner],[role=contentinfo]';

const CONTROLS = 'input,select,textarea,button,form';

const rankOf = (h: Element) => Number(h.tagName[1]);

/** The first heading an element opens with (its text starts with the heading's), or null. */
function openingHeading(el: Element): Element | null {
  const h = el.matches(HEADINGS) ? el : el.querySelector(HEADINGS);
  if (!h) return null;
  const title = lineOf(h.textContent);
  return title && lineOf(el.textContent).startsWith(title) ? h : null;
}

/**
 * The sections of a document's main region that stand right before Readability's block and open the part of the
 * text it starts in: the mirror of continuedSections. Readability's block may start inside a manual (its class
 * weights lost, its `<section>`s read as `<div>`s and the first ones cleaned away or scored under the rest), and the
 * sibling sections before it go. Read from the region copy (`region`, its text `regionText`) by structure only: the
 * block's lines (`blockText`) are found in the region, the region holds 40 words before them, the block starts at a
 * heading or at most a sentence or two after one it left out, and holds another heading of that heading's rank; that
 * heading's section box is found (its ancestors that open with it and hold no other heading of the block), and its
 * previous siblings are taken, back from it, as long as each is a section opening with a heading of that rank (or an
 * empty anchor). They must hold no chrome's box, no control, no heading of a higher rank, under two fifths of their
 * characters in links to other pages, a sentence, no run of teasers, fewer words than the block, and none holds the
 * block's first line (a table of contents above the text matched a later heading). Returns the nodes to put before
 * the block, in their order, or null.
 */
export function precedingSections(region: Element, regionText: string, blockText: string): Node[] | null {
  const placed = blockInRegion(regionText, blockText);
  // The first block line of three words or more is where the block starts (a short line, "Note", may stand anywhere).
  if (!placed || placed.first < 0) return null;
  const { lines, kept, first } = placed;
  let headWords = 0;
  for (let i = 0; i < first; i++) headWords += wordTotal(lines[i]);
  const blockWords = wordTotal(blockText);
  if (headWords < MIN_HEAD_WORDS) return null;
  const headings = [...region.querySelectorAll(HEADINGS)];
  const inBlock = headings.filter((h) => kept.has(lineOf(h.textContent)));
  if (inBlock.length < 2) return null;
  // The heading the block starts at or in: the last one whose line stands before the block's first long line (or
  // is it), the block's own first heading when it opens the block.
  let start: Element | null = null;
  let at = -1;
  let from = 0;
  for (const h of headings) {
    const title = lineOf(h.textContent);
    const i = title ? lines.indexOf(title, from) : -1;
    if (i < 0) continue;
    if (i > first) break;
    start = h;
    at = i;
    from = i + 1;
  }
  // The rank of the sections: the block holds more of them (it goes on through the sibling sections).
  const top = start ? rankOf(start) : 0;
  if (!start || !inBlock.some((h) => h !== start && rankOf(h) === top)) return null;
  let gap = 0;
  for (let i = at + 1; i < first; i++) gap += wordTotal(lines[i]);
  if (gap > GAP_WORDS) return null;
  // The section's box: the heading's ancestors that open with it and hold no other heading of the block.
  let box: Element = start;
  for (let p = box.parentElement; p && p !== region && region.contains(p); p = p.parentElement) {
    if (openingHeading(p) !== start || inBlock.some((h) => h !== start && p!.contains(h))) break;
    box = p;
  }
  const nodes: Node[] = [];
  for (let s = box.previousSibling; s; s = s.previousSibling) {
    if (!lineOf(s.textContent)) {
      nodes.push(s);
      continue;
    }
    if (s.nodeType !== 1) break;
    const h = openingHeading(s as Element);
    if (!h || rankOf(h) !== top) break;
    nodes.push(s);
  }
  // Empty anchors before the first section taken belong to what stands before it.
  while (nodes.length && !lineOf(nodes[nodes.length - 1].textContent)) nodes.pop();
  if (!nodes.length) return null;
  // The sections taken stand before the block: none holds its first line. A heading's line matched earlier in the
  // region (a table of contents above the text lists the block's headings) names a later section as the start, and
  // the block's own first sections would be put before it a second time.
  const opening = lines[first];
  if (nodes.some((n) => lineOf(n.textContent).includes(opening))) return null;
  nodes.reverse();
  let chars = 0;
  let words = 0;
  let linkChars = 0;
  let sentence = false;
  for (const n of nodes) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const line = lineOf(el.textContent);
    chars += line.length;
    words += wordTotal(line);
    if (el.matches(CHROME) || el.querySelector(CHROME) || el.matches(CONTROLS) || el.querySelector(CONTROLS))
      return null;
    for (const h of [...(el.matches(HEADINGS) ? [el] : []), ...el.querySelectorAll(HEADINGS)])
      if (rankOf(h) < top) return null;
    for (const a of el.matches('a') ? [el] : el.querySelectorAll('a'))
      if (!a.getAttribute('href')?.startsWith('#')) linkChars += lineOf(a.textContent).length;
    for (const p of el.querySelectorAll('p,li,dd,td'))
      if (!sentence) {
        const t = lineOf(p.textContent);
        sentence = wordTotal(t) >= 8 && SENTENCE.test(t);
      }
  }
  if (!chars || !sentence || words >= blockWords || linkChars > chars * MAX_LINK_SHARE) return null;
  const teasers = teaserShare(nodes);
  if (teasers.teasers >= 2 && teasers.words * 2 >= words) return null;
  return nodes;
}
