// @vitest-environment jsdom
// Session 46: a manual's title standing right above Readability's block, outside it (docs-title-above-block, in the
// shape of TypeScript's handbook: `div[role=article] > h1 + article`, then the "Next" card and the contributors' box).
// Readability takes the text's box and leaves the title out; the region copy holds it right before the block's lines.
import { describe, expect, it } from 'vitest';
import { titleAboveBlock } from '@/utils/extraction/title-above-block';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';

describe("a manual's title right above Readability's block (docs-title-above-block)", () => {
  it('comes back before the text, and the cards and boxes after the text stay out', () => {
    const doc = loadPage('docs-title-above-block');
    expect(readabilityText(doc)).not.toContain('Reading Types Backwards');
    const text = offprintPage(doc)?.text ?? '';
    expect(text).toMatch(/^Reading Types Backwards\nMost of the time you write a type first/);
    expect(text).not.toMatch(/Contributors to this page|Is this page helpful|Popular Documentation Pages/);
  });

  const sentence = (n: number) =>
    `Paragraph ${n} of the chapter says how the checker reads a value's type back, and it names that type so that ` +
    'the rest of the program can use it where a type is expected.';
  const paragraphs = [1, 2, 3, 4, 5].map((n) => `<p>${sentence(n)}</p>`).join('');
  const block = [1, 2, 3, 4, 5].map(sentence).join('\n');
  const textOf = (r: Element) => [...r.querySelectorAll('h1,h2,p')].map((e) => e.textContent).join('\n');
  const region = (html: string) => parsePage(`<body><div id="r">${html}</div></body>`).getElementById('r')!;

  it('is read from structure: the title, then the box that holds the block', () => {
    const r = region(`<div><h1>Reading Types</h1><div>${paragraphs}</div><div><p>Next</p></div></div>`);
    expect(titleAboveBlock(r, textOf(r), block)).toBe('Reading Types');
    const wrapped = region(`<div><header><h1>Reading Types</h1></header><article>${paragraphs}</article></div>`);
    expect(titleAboveBlock(wrapped, textOf(wrapped), block)).toBe('Reading Types');
  });

  it('is not a title beside the paragraphs (a section of a Sphinx page), two titles, or a title the block holds', () => {
    for (const html of [
      `<div><h1>Reading Types</h1>${paragraphs}</div>`,
      `<h1>Glossa</h1><div><h1>Reading Types</h1><div>${paragraphs}</div></div>`,
      `<div><h1>Reading Types</h1><p>A line the block does not hold, between the title and the text.</p>` +
        `<div>${paragraphs}</div></div>`,
    ]) {
      const r = region(html);
      expect(titleAboveBlock(r, textOf(r), block)).toBeNull();
    }
    const r = region(`<div><h1>Reading Types</h1><div>${paragraphs}</div></div>`);
    expect(titleAboveBlock(r, textOf(r), `Reading Types\n${block}`)).toBeNull();
  });
});
