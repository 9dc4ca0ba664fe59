import { UI_ATTR } from '@/utils/highlights/text-index';
import { splitLong, splitSentences } from './split-sentences';

/** One utterance: its words, the Range they occupy on the page, and the block they belong to. */
export interface SpeechItem {
  text: string;
  range: Range;
  block: Element;
}

/** Elements whose text is not read aloud: captions, code, and what is never shown. */
const SKIP = 'figcaption, pre, code, kbd, samp, script, style, template, noscript, [aria-hidden="true"], [hidden]';
/** Elements that hold a run of text of their own (a paragraph to read). */
const BLOCK = new Set(
  (
    'P LI H1 H2 H3 H4 H5 H6 BLOCKQUOTE DT DD TD TH CAPTION DIV SECTION ARTICLE ASIDE HEADER ' +
    'FOOTER ADDRESS FIGURE DETAILS SUMMARY'
  ).split(' '),
);

const skipped = (el: Element | null, root: Element) => {
  for (let e = el; e && e !== root.parentElement; e = e.parentElement)
    if (e.hasAttribute(UI_ATTR) || e.matches(SKIP)) return true;
  return false;
};

function blockOf(node: Node, root: Element): Element {
  for (let e = node.parentElement; e; e = e.parentElement) if (e === root || BLOCK.has(e.tagName)) return e;
  return root;
}

/** The readable text nodes of `root`, grouped by the block they are in, in document order. */
function blocks(root: Element): { block: Element; nodes: Text[] }[] {
  const out: { block: Element; nodes: Text[] }[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.nodeValue || skipped(n.parentElement, root)) continue;
    const block = blockOf(n, root);
    const last = out.at(-1);
    if (last?.block === block) last.nodes.push(n as Text);
    else out.push({ block, nodes: [n as Text] });
  }
  return out;
}

function rangeIn(nodes: Text[], starts: number[], start: number, end: number): Range {
  const find = (at: number, isEnd: boolean) => {
    let i = nodes.length - 1;
    while (i > 0 && (isEnd ? starts[i] >= at : starts[i] > at)) i--;
    return i;
  };
  const a = find(start, false);
  const b = find(end, true);
  const r = nodes[0].ownerDocument.createRange();
  r.setStart(nodes[a], start - starts[a]);
  r.setEnd(nodes[b], end - starts[b]);
  return r;
}

/**
 * What Listen reads, in order: the sentences of each root (the title, then the article body), one
 * utterance each (long ones cut at clauses), leaving out figure captions, code and reader UI.
 */
export function speechPlan(roots: Element[], lang?: string | null): SpeechItem[] {
  const items: SpeechItem[] = [];
  for (const root of roots)
    for (const { block, nodes } of blocks(root)) {
      const starts: number[] = [];
      let text = '';
      for (const n of nodes) {
        starts.push(text.length);
        text += n.data;
      }
      for (const s of splitSentences(text, lang))
        for (const part of splitLong(s))
          items.push({ text: part.text, range: rangeIn(nodes, starts, part.start, part.end), block });
    }
  return items;
}

/** The first item of `block` or of the first block after it (clicking a paragraph starts Listen there). */
export function itemAt(items: SpeechItem[], target: Node): number {
  for (let i = 0; i < items.length; i++) {
    const b = items[i].block;
    if (b === target || b.contains(target) || target.contains(b)) return i;
    if (target.compareDocumentPosition(b) & 0x4 /* FOLLOWING */) return i;
  }
  return -1;
}
