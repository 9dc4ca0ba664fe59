import { wordTotal } from './word-overlap';
import { blockInRegion, lineOf } from './block-in-region';

/** Words the region must add after Readability's block's last line before its sections are looked for. */
const MIN_TAIL_WORDS = 40;

/** Words that may stand between the block's last line and the next section's heading (a sentence it dropped). */
const GAP_WORDS = 60;

/** Share of the continuation's characters in links above which it is a list of links, not sections of a text. */
const MAX_LINK_SHARE = 0.25;

/** A line that is a sentence of eight words or more: prose. */
const SENTENCE = /[\p{L}\p{N}][^\n]*[.!?:。！？][")'”’»]?\s*$/u;

const HEADINGS = 'h2,h3,h4,h5,h6';

const rankOf = (h: Element) => Number(h.tagName[1]);

/** Words of a teaser's box at most (a title, a line or two and its link). */
const MAX_TEASER_WORDS = 60;

/** Words a teaser's box holds before its link at least (a line that sells what the link leads to). */
const MIN_BLURB_WORDS = 3;

/** A node of no text, or a short text that is all links' (a "Back to Top" link after a manual's last section). */
function isLinkScrap(n: Node): boolean {
  const text = lineOf(n.textContent);
  if (!text) return true;
  if (n.nodeType !== 1 || text.length > 40) return false;
  const el = n as Element;
  const links = el.matches('a') ? [el] : [...el.querySelectorAll('a')];
  return links.reduce((k, a) => k + lineOf(a.textContent).length, 0) >= text.length;
}

/** Whether a link leads to another page (not an anchor of this one). */
function leadsAway(a: Element): boolean {
  const href = a.getAttribute('href')?.trim();
  if (!href || href.startsWith('#') || /^(?:javascript|mailto|tel):/i.test(href)) return false;
  try {
    const to = new URL(href, a.ownerDocument.baseURI);
    const here = new URL(a.ownerDocument.URL);
    return to.origin !== here.origin || to.pathname !== here.pathname || to.search !== here.search;
  } catch {
    return false;
  }
}

/**
 * Words of the teasers among `nodes`, and how many: boxes of a line or two that end in a link standing alone on its
 * line to another page ("More information", "Size my system"): cards of other courses, a shop's tiles, the call to
 * action of a page's foot, not a manual's sections, whose links stand inside their sentences or open their entries.
 */
export function teaserShare(nodes: Node[]): { teasers: number; words: number } {
  const boxes = new Map<Element, number>();
  for (const n of nodes) {
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    for (const a of el.matches('a[href]') ? [el] : el.querySelectorAll('a[href]')) {
      const text = lineOf(a.textContent);
      if (!text || !leadsAway(a)) continue;
      let line: Element = a;
      while (line.parentElement && line !== el && lineOf(line.parentElement.textContent) === text)
        line = line.parentElement;
      const box = line.parentElement;
      if (!box || line === el || !el.contains(box)) continue;
      // The link closes its box: nothing of text after its line.
      let after = false;
      for (let s = line.nextSibling; s && !after; s = s.nextSibling) after = !!lineOf(s.textContent);
      if (after) continue;
      const words = wordTotal(lineOf(box.textContent));
      if (words <= MAX_TEASER_WORDS && words - wordTotal(text) >= MIN_BLURB_WORDS) boxes.set(box, words);
    }
  }
  let words = 0;
  for (const w of boxes.values()) words += w;
  return { teasers: boxes.size, words };
}

/**
 * The sections of a document's main region that follow Readability's block and continue it: Readability took the
 * part of a manual whose container its class weights chose ("Available middleware"), and the page goes on with
 * sections under headings of the block's own top rank ("Middleware ordering") that the block stops before. Read
 * from the region copy (`region`, its text `regionText`) by structure only: the block's lines (`blockText`) are
 * found in the region, the block holds two headings or more, and right after its last line (at most a sentence
 * between) stands a heading of the block's highest rank among them; from that section on, to the region's end,
 * every heading is of that rank or lower, under a quarter of the characters are links, there is no control and
 * at least one sentence, and the whole is smaller than the block (a continuation, not a second page). Returns the
 * nodes to append after the block (the section's box, then everything after it in the region), or null.
 */
export function continuedSections(region: Element, regionText: string, blockText: string): Node[] | null {
  // The region holds the block (most of its lines; the last one matched is where it ends) and adds words after it.
  const placed = blockInRegion(regionText, blockText);
  if (!placed) return null;
  const { lines, kept, last } = placed;
  let tailWords = 0;
  for (let i = last + 1; i < lines.length; i++) tailWords += wordTotal(lines[i]);
  const blockWords = wordTotal(blockText);
  if (tailWords < MIN_TAIL_WORDS || tailWords >= blockWords) return null;
  const headings = [...region.querySelectorAll(HEADINGS)];
  const inBlock = headings.filter((h) => kept.has(lineOf(h.textContent)));
  if (inBlock.length < 2) return null;
  const top = Math.min(...inBlock.map(rankOf));
  const lastInBlock = inBlock[inBlock.length - 1];
  // The first heading after the block's last heading that the block does not hold.
  const next = headings.find(
    (h) =>
      lastInBlock.compareDocumentPosition(h) & 4 /* DOCUMENT_POSITION_FOLLOWING */ && !kept.has(lineOf(h.textContent)),
  );
  if (!next || rankOf(next) !== top) return null;
  const title = lineOf(next.textContent);
  const at = lines.indexOf(title, last + 1);
  if (at < 0) return null;
  let gap = 0;
  for (let i = last + 1; i < at; i++) gap += wordTotal(lines[i]);
  if (gap > GAP_WORDS) return null;
  // The section's box: the heading's ancestors that open with it and hold nothing of the block.
  let box: Element = next;
  for (let p = box.parentElement; p && p !== region && region.contains(p); p = p.parentElement) {
    if (!lineOf(p.textContent).startsWith(title) || inBlock.some((h) => p!.contains(h))) break;
    box = p;
  }
  const nodes: Node[] = [box];
  for (let el: Element | null = box; el && el !== region; el = el.parentElement) {
    for (let s = el.nextSibling; s; s = s.nextSibling) nodes.push(s);
  }
  // The region's last links after the sections ("Back to Top"): chrome, not the document's.
  while (nodes.length > 1 && isLinkScrap(nodes[nodes.length - 1])) nodes.pop();
  let chars = 0;
  let words = 0;
  let linkChars = 0;
  let sentence = false;
  for (const n of nodes) {
    const line = lineOf(n.textContent);
    chars += line.length;
    words += wordTotal(line);
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    if (el.matches('input,select,textarea,button,form') || el.querySelector('input,select,textarea,button,form'))
      return null;
    for (const h of [...(el.matches(HEADINGS) ? [el] : []), ...el.querySelectorAll(HEADINGS)])
      if (rankOf(h) < top) return null;
    for (const a of el.matches('a') ? [el] : el.querySelectorAll('a')) linkChars += lineOf(a.textContent).length;
  }
  if (!chars || linkChars > chars * MAX_LINK_SHARE) return null;
  // Teasers of other pages (two or more, half the words or more) are what a page adds after its text, not sections.
  const teasers = teaserShare(nodes);
  if (teasers.teasers >= 2 && teasers.words * 2 >= words) return null;
  for (let i = at + 1; i < lines.length && !sentence; i++)
    sentence = wordTotal(lines[i]) >= 8 && SENTENCE.test(lines[i]);
  return sentence ? nodes : null;
}
