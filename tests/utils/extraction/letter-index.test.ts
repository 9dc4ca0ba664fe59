// Groups of an A–Z index are the page's own links (session 41, s41-mainless2): the region copy dropped every group of
// five links or more as a menu. Fixture page: tests/fixtures/pages/listing-letter-index (a catalogue's index of parts,
// without landmarks, in the shape older directory sites print: a box per letter, its label and its links).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { cleanRegion } from '@/utils/extraction/extract-region';
import { inLetterIndex } from '@/utils/extraction/letter-index';

const links = (n: number, word: string) =>
  Array.from({ length: n }, (_, i) => `<a href="/${word}-${i}">${word} ${i}</a>`).join(' ');
const prose =
  '<p>Every part page lists its makers, their drawings and data sheets, and the stock each distributor holds today, ' +
  'so a buyer can compare them before asking for a quote.</p>';

const kept = (html: string) => {
  const doc = parsePage(html);
  return cleanRegion(doc.body, doc).textContent ?? '';
};

describe('inLetterIndex', () => {
  it('keeps boxed letter groups of any size (the group box, and the list inside it)', () => {
    const groups = ['A', 'B', 'C', 'D', 'E', 'Ж']
      .map(
        (l, i) =>
          `<div class="g"><div class="l">${l}</div><div class="w">${links(i % 2 ? 7 : 2, `part${l}`)}</div></div>`,
      )
      .join('');
    const text = kept(`<div>${prose}</div><div class="idx">${groups}</div>`);
    expect(text).toContain('partB 6');
    expect(text).toContain('partЖ 6');
  });

  it('keeps a flat index: a letter heading, its list, the next letter (a wiki category, a manual index)', () => {
    const list = (l: string) =>
      `<ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="/${l}${i}">${l} term ${i}</a></li>`).join('')}</ul>`;
    const text = kept(
      `<div>${prose}</div><div><h3>A</h3>${list('a')}<h3>B</h3>${list('b')}<h3>0-9</h3>${list('n')}</div>`,
    );
    expect(text).toContain('a term 5');
    expect(text).toContain('b term 5');
    expect(text).toContain('n term 5');
  });

  it('still drops a menu, and a lone box opened by one letter is no index', () => {
    const doc = parsePage(
      `<div id="m"><div>Menu</div><div id="menu">${links(6, 'menu')}</div></div>` +
        `<div id="x"><div>X</div><div id="one">${links(6, 'x')}</div></div>`,
    );
    expect(inLetterIndex(doc.getElementById('menu')!)).toBe(false);
    expect(inLetterIndex(doc.getElementById('one')!)).toBe(false);
  });
});

describe('a catalogue index without landmarks (listing-letter-index)', () => {
  it('keeps every letter group, and leaves out the header menu and the footer', () => {
    const text = offprintPage(loadPage('listing-letter-index'))!.text;
    for (const part of ['Anchors', 'Bushings', 'Couplings', 'Hose clamps', 'Lugs', 'Studs', 'Tube ends', 'Wing nuts'])
      expect(text).toContain(part);
    expect(text).toContain('Parts Catalogue Index');
    expect(text).not.toMatch(/Request a quote|Careers|Seller tools|Boltwright Directory Ltd/);
  });
});
