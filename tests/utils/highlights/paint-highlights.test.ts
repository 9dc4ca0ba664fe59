// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createPainter, highlightName } from '@/utils/highlights/paint-highlights';
import { indexText } from '@/utils/highlights/text-index';

const HTML = '<p>Alpha beta <em>gamma</em> delta.</p>\n<ul><li>One</li>\n<li>Two three</li></ul>';
function body() {
  document.body.innerHTML = `<div id="b">${HTML}</div>`;
  return document.getElementById('b')!;
}
const at = (root: Element, quote: string) => {
  const text = indexText(root).text;
  const start = text.indexOf(quote);
  return { start, end: start + quote.length };
};

/** A stand-in for CSS.highlights and Highlight, as Chromium and Firefox provide them. */
function installCustomHighlights() {
  const reg = new Map<string, { ranges: Range[]; priority: number }>();
  class FakeHighlight {
    ranges: Range[];
    priority = 0;
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
    add(r: Range) {
      this.ranges.push(r);
    }
  }
  (window as any).CSS = { highlights: reg };
  (window as any).Highlight = FakeHighlight;
  return reg;
}
afterEach(() => {
  delete (window as any).CSS;
  delete (window as any).Highlight;
});

describe('createPainter with CSS Custom Highlights', () => {
  it('registers one highlight per colour over Ranges and leaves the article DOM as it was', () => {
    const reg = installCustomHighlights();
    const root = body();
    const painter = createPainter(root);
    expect(painter.mode).toBe('css');
    painter.paint([
      { key: '1', ...at(root, 'beta gamma'), color: 'yellow' },
      { key: '2', ...at(root, 'delta.\nOne'), color: 'blue' },
    ]);
    expect(root.innerHTML).toBe(HTML);
    expect(reg.get(highlightName('yellow'))!.ranges.map(String)).toEqual(['beta gamma']);
    expect(reg.get(highlightName('blue'))!.ranges.map(String)).toEqual(['delta.\nOne']);
    expect(reg.get(highlightName('green'))!.ranges).toEqual([]);
    expect(painter.rangeOf('2')!.toString()).toBe('delta.\nOne');
    painter.clear();
    expect(reg.size).toBe(0);
  });

  it('finds the highlight under a point from highlightsFromPoint’s ranges', () => {
    const reg = installCustomHighlights() as any;
    const root = body();
    const painter = createPainter(root);
    painter.paint([
      { key: '1', ...at(root, 'Alpha beta gamma'), color: 'yellow' },
      { key: '2', ...at(root, 'gamma'), color: 'pink' },
    ]);
    reg.highlightsFromPoint = () => [
      { highlight: reg.get('offprint-yellow'), ranges: [painter.rangeOf('1')] },
      { highlight: reg.get('offprint-pink'), ranges: [painter.rangeOf('2')] },
    ];
    expect(painter.keyAt(5, 5)).toBe('2'); // the shorter of two overlapping highlights
    reg.highlightsFromPoint = () => [];
    expect(painter.keyAt(5, 5)).toBeNull();
  });
});

describe('createPainter without CSS Custom Highlights (<mark> fallback)', () => {
  it('wraps each highlighted text run in <mark>, across emphasis and list items, keeping the text', () => {
    const root = body();
    const painter = createPainter(root);
    expect(painter.mode).toBe('mark');
    const before = indexText(root).text;
    const idx = painter.paint([
      { key: '7', ...at(root, 'beta gamma'), color: 'green' },
      { key: '8', ...at(root, 'One\nTwo'), color: 'pink' },
      { key: '9', ...at(root, 'gamma delta'), color: 'blue' }, // overlaps 7
    ]);
    expect(idx.text).toBe(before);
    expect([...root.querySelectorAll('mark[data-offprint-hl="7"]')].map((m) => m.textContent).join('|')).toBe(
      'beta |gamma',
    );
    expect([...root.querySelectorAll('mark[data-offprint-hl="8"]')].map((m) => m.textContent)).toEqual(['One', 'Two']);
    expect(root.querySelectorAll('ul > mark')).toHaveLength(0); // never between list items
    expect(painter.rangeOf('9')!.toString()).toBe('gamma delta');
    expect(painter.keyAt(0, 0, root.querySelector('mark[data-offprint-hl="8"]'))).toBe('8');
    painter.paint([]);
    expect(root.innerHTML).toBe(HTML);
  });
});
