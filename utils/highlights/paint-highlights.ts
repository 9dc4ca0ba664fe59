import { HIGHLIGHT_COLORS, type HighlightColor } from '@/utils/article';
import { indexText, rangeAt, type TextIndex } from './text-index';

/** One highlight to draw: its key (the row id as text), where it is in the body text, and its colour. */
export interface Paintable {
  key: string;
  start: number;
  end: number;
  color: HighlightColor;
}

/** The CSS highlight name of a colour (styled by `::highlight(offprint-yellow)`). */
export const highlightName = (c: HighlightColor) => `offprint-${c}`;
/** The CSS highlight of the sentence Listen is reading. */
export const SPEAKING = 'offprint-speaking';
/** The CSS highlight of the highlight the user opened (its outline). */
export const ACTIVE = 'offprint-active';

interface HighlightsRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): void;
  highlightsFromPoint?: (x: number, y: number) => unknown[];
}
type HighlightCtor = new (...ranges: AbstractRange[]) => { priority: number; add(r: AbstractRange): void };

function registry(win: Window): { reg: HighlightsRegistry; Ctor: HighlightCtor } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightsRegistry } }).CSS;
  const Ctor = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Ctor ? { reg: css.highlights, Ctor } : null;
}

/** True when the browser draws CSS Custom Highlights (else the reader wraps text in <mark>). */
export function supportsCustomHighlights(win: Window = window): boolean {
  return !!registry(win);
}

/** The attribute of a fallback <mark> holding its highlight's key. */
export const MARK_ATTR = 'data-offprint-hl';

/** Removes the <mark> elements wrapMarks added, joining the text back. */
export function unwrapMarks(root: Element): void {
  const marks = root.querySelectorAll(`mark[${MARK_ATTR}]`);
  if (!marks.length) return;
  for (const m of marks) m.replaceWith(...m.childNodes);
  root.normalize();
}

function wrapRange(range: Range, p: Paintable, index: TextIndex): void {
  const doc = range.startContainer.ownerDocument!;
  const mine = new Set(index.nodes);
  const common = range.commonAncestorContainer;
  const texts: Text[] = [];
  if (common.nodeType === 3) texts.push(common as Text);
  else {
    const walker = doc.createTreeWalker(common, 0x4 /* SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) texts.push(n as Text);
  }
  const { startContainer, startOffset, endContainer, endOffset } = range;
  // Only article text that shows (a white-space node between list items cannot hold a <mark>).
  for (const t of texts.filter((t) => mine.has(t) && t.data.trim())) {
    let node = t;
    if (node === endContainer && endOffset < node.data.length) node.splitText(endOffset);
    if (node === startContainer && startOffset > 0) node = node.splitText(startOffset);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTR, p.key);
    mark.className = `offprint-hl hl-${p.color}`;
    node.replaceWith(mark);
    mark.append(node);
  }
}

/**
 * Wraps each item's text in <mark data-offprint-hl="key" class="offprint-hl hl-colour"> elements (one per
 * text run, never between list items or table cells); the text is unchanged. Returns the new index.
 */
export function wrapMarks(root: Element, items: Paintable[]): TextIndex {
  let index = indexText(root);
  // Text offsets do not change when text nodes are split and wrapped; the nodes do: index again after each.
  for (const p of items) {
    const r = rangeAt(index, p.start, p.end);
    if (!r) continue;
    wrapRange(r, p, index);
    index = indexText(root);
  }
  return index;
}

/**
 * Draws an article's highlights without changing the stored article: CSS Custom Highlights over Ranges
 * where the browser has them, <mark> elements (the fallback) where it does not. Keeps which range is
 * which highlight, for clicks (keyAt) and scrolling (rangeOf).
 */
export function createPainter(root: Element, win: Window = window) {
  const api = registry(win);
  let index = indexText(root);
  let ranges = new Map<string, Range>();

  function paint(items: Paintable[]): TextIndex {
    ranges = new Map();
    if (api) {
      const groups = new Map<HighlightColor, Range[]>(HIGHLIGHT_COLORS.map((c) => [c, []]));
      for (const p of items) {
        const r = rangeAt(index, p.start, p.end);
        if (!r) continue;
        ranges.set(p.key, r);
        groups.get(p.color)!.push(r);
      }
      for (const [color, list] of groups) api.reg.set(highlightName(color), new api.Ctor(...list));
      return index;
    }
    unwrapMarks(root);
    index = wrapMarks(root, items);
    for (const p of items) {
      const r = rangeAt(index, p.start, p.end);
      if (r) ranges.set(p.key, r);
    }
    return index;
  }

  /** The key of the highlight at a point of the viewport (the shortest when they overlap), or null. */
  function keyAt(x: number, y: number, target?: EventTarget | null): string | null {
    if (!api) {
      const mark = (target as Element | null)?.closest?.(`mark[${MARK_ATTR}]`);
      return mark?.getAttribute(MARK_ATTR) ?? null;
    }
    const hits = api.reg.highlightsFromPoint?.(x, y) as { ranges?: AbstractRange[] }[] | undefined;
    const hitRanges = new Set(hits?.flatMap((h) => h.ranges ?? []) ?? []);
    const doc = root.ownerDocument;
    const caret = (
      doc as Document & {
        caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
      }
    ).caretPositionFromPoint?.(x, y);
    const point = caret
      ? { node: caret.offsetNode, offset: caret.offset }
      : (() => {
          const r = doc.caretRangeFromPoint?.(x, y);
          return r ? { node: r.startContainer, offset: r.startOffset } : null;
        })();
    let best: [string, number] | null = null;
    for (const [key, r] of ranges) {
      const hit = hitRanges.size ? hitRanges.has(r) : !!point && r.isPointInRange(point.node, point.offset);
      const len = r.toString().length;
      if (hit && (!best || len < best[1])) best = [key, len];
    }
    return best?.[0] ?? null;
  }

  return {
    mode: api ? ('css' as const) : ('mark' as const),
    paint,
    keyAt,
    rangeOf: (key: string) => ranges.get(key) ?? null,
    get index() {
      return index;
    },
    /** Marks one more range under a name (the sentence being read, the opened highlight); null clears it. */
    mark(name: string, range: Range | null) {
      if (!api) return;
      if (range) {
        const h = new api.Ctor(range);
        h.priority = name === SPEAKING ? 2 : 1;
        api.reg.set(name, h);
      } else api.reg.delete(name);
    },
    clear() {
      if (api) for (const c of HIGHLIGHT_COLORS) api.reg.delete(highlightName(c));
      else unwrapMarks(root);
      ranges = new Map();
    },
  };
}

export type Painter = ReturnType<typeof createPainter>;
