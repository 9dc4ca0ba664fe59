// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { indexText, offsetAt, positionOf, rangeAt, UI_ATTR } from '@/utils/highlights/text-index';
import { describeRange } from '@/utils/highlights/describe-range';

function body(html: string): HTMLElement {
  document.body.innerHTML = `<div id="b">${html}</div>`;
  return document.getElementById('b')!;
}

describe('indexText', () => {
  it('joins the text nodes of the body in order, leaving out what the reader added', () => {
    const root = body(
      `<h2>Title</h2><p>One <em>two</em> three.</p><button ${UI_ATTR}>Copy</button>` +
        `<figure><figcaption>Cap<span ${UI_ATTR}> (UI)</span></figcaption></figure>`,
    );
    const idx = indexText(root);
    expect(idx.text).toBe('Title\nOne two three.\nCap');
    expect(idx.starts).toEqual([0, 6, 10, 13, 21]);
  });

  it('puts one line break between blocks and at <br>, none where the text already has white space', () => {
    expect(indexText(body('<p>a</p><p>b<br>c</p>\n<p>d</p><ul><li>e</li> <li>f</li></ul>')).text).toBe(
      'a\nb\nc\nd\ne f',
    );
  });

  it('maps offsets on a virtual line break to the nodes around it', () => {
    const idx = indexText(body('<p>ab</p><p>cd</p>'));
    expect(idx.text).toBe('ab\ncd');
    expect(rangeAt(idx, 1, 4)!.toString()).toBe('bc');
    expect(rangeAt(idx, 2, 3)!.toString()).toBe('');
  });

  it('maps offsets to a Range and back, across emphasis, paragraphs and list items', () => {
    const root = body('<p>Alpha <b>beta</b> gamma.</p>\n<ul><li>Delta one</li><li>Epsilon</li></ul>');
    const idx = indexText(root);
    const start = idx.text.indexOf('beta');
    const end = idx.text.indexOf('one') + 3;
    const r = rangeAt(idx, start, end)!;
    expect(r.toString()).toBe(idx.text.slice(start, end));
    expect(r.toString()).toBe('beta gamma.\nDelta one'); // the line break is in the HTML here
    expect(positionOf(idx, r)).toEqual({ start, end });
  });

  it('starts a range in the next node when its start is at the end of one, and ends it in the node it ends', () => {
    const root = body('<p>ab</p><p>cd</p>');
    const idx = indexText(root);
    const r = rangeAt(idx, 2, 5)!;
    expect(r.startContainer.textContent).toBe('cd');
    expect(r.startOffset).toBe(0);
    const r2 = rangeAt(idx, 0, 2)!;
    expect(r2.endContainer.textContent).toBe('ab');
    expect(r2.endOffset).toBe(2);
  });

  it('rejects offsets outside the text', () => {
    const idx = indexText(body('<p>abc</p>'));
    expect(rangeAt(idx, 0, 4)).toBeNull();
    expect(rangeAt(idx, 2, 1)).toBeNull();
    expect(rangeAt(indexText(body('')), 0, 0)).toBeNull();
  });

  it('maps element boundary points (a selection of whole paragraphs) to the text around them', () => {
    const root = body('<p>one</p><p>two</p><p>three</p>');
    const idx = indexText(root);
    expect(idx.text).toBe('one\ntwo\nthree');
    expect(offsetAt(idx, root, 1)).toBe(4); // before the second paragraph
    expect(offsetAt(idx, root, 3)).toBe(13); // after the last
    expect(offsetAt(idx, root.children[1], 0)).toBe(4);
    const r = document.createRange();
    r.setStart(root, 1);
    r.setEnd(root, 2);
    expect(positionOf(idx, r)).toEqual({ start: 4, end: 7 });
  });

  it('maps a point inside reader UI to the next article text', () => {
    const root = body(`<p>one</p><span ${UI_ATTR}>Copy</span><p>two</p>`);
    const idx = indexText(root);
    const ui = root.querySelector('span')!.firstChild!;
    expect(offsetAt(idx, ui, 2)).toBe(4);
  });
});

describe('describeRange', () => {
  it('gives the quote with 32 characters of context each side and its position', () => {
    const text = 'The first paragraph says something rather long about the sea. ';
    const root = body(`<p>${text}</p><p>Second paragraph, <i>with</i> more words to follow here and beyond.</p>`);
    const idx = indexText(root);
    const r = document.createRange();
    const p1 = root.querySelector('p')!.firstChild!;
    const i = root.querySelector('i')!.firstChild!;
    r.setStart(p1, text.indexOf('about'));
    r.setEnd(i, 4);
    const d = describeRange(idx, r)!;
    expect(d.quote).toBe('about the sea. Second paragraph, with');
    expect(d.prefix).toBe('raph says something rather long ');
    expect(d.prefix).toHaveLength(32);
    expect(d.suffix).toBe(' more words to follow here and b');
    expect(idx.text.slice(d.position.start, d.position.end)).toBe(d.quote);
  });

  it('trims white space off the ends of a selection and refuses one without text', () => {
    const root = body('<p>  padded words  </p><p>   </p>');
    const idx = indexText(root);
    const r = document.createRange();
    r.selectNodeContents(root.firstChild!);
    expect(describeRange(idx, r)!.quote).toBe('padded words');
    r.selectNodeContents(root.lastChild!);
    expect(describeRange(idx, r)).toBeNull();
  });
});
