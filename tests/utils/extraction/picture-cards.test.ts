// Session 70 (s70-service35): page builders print a shop's range or a service page's services as a grid of
// captioned pictures (Divi: rows of three columns, each an image module over a text module holding the item's name).
// The edge trimming took the captions before the first prose for kickers and hero captions, as far as its budget
// went: a gift shop's page kept its last 7 items of 20. trimEdges now keeps a gallery of three picture cards or more
// in the lead (pictureGallery). Fixture tests/fixtures/pages/service-divi-picture-grid.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { trimEdges } from '@/utils/extraction/trim-edges';
import { pictureCard, pictureGallery } from '@/utils/extraction/picture-cards';

const ITEMS = [
  'Candle Sets',
  'Linen Napkins',
  'Olive Wood Boards',
  'Tea Towels',
  'Honey Jars',
  'Recipe Cards',
  'Ceramic Mugs',
  'Herb Planters',
  'Salt Cellars',
  'Picnic Baskets',
  'Bread Knives',
  'Spice Tins',
];

describe('a grid of captioned pictures before the text (pictureGallery in trimEdges)', () => {
  it("keeps every item's name of a Divi grid, in order, above the closing paragraph", () => {
    const text = offprintPage(loadPage('service-divi-picture-grid'))!.text;
    expect(text).toContain(`${ITEMS.join('\n')}\nEverything on the shelf is picked by our cooks`);
    expect(text).not.toMatch(/Select Page|Visit Us|Quarry Road|Facebook/);
  });

  const prose =
    '<p>Everything we sell is picked by the cooks in our kitchen and sold at the counter beside the bakery case, ' +
    'where you can ask about each of them.</p>';

  /**
   * The captions left after trimEdges on `cards` (each a card's markup) before the prose, on a page that declares no
   * article or product (`contacts`, as extractArticle passes it) unless `declared`.
   */
  const kept = (cards: string[], declared = false) => {
    const root = parsePage(
      `<div id="root"><div id="grid">${cards.join('')}</div>${prose.repeat(6)}</div>`,
    ).getElementById('root')!;
    trimEdges(root, undefined, undefined, !declared);
    return [...root.querySelectorAll('#grid p')].map((el) => el.textContent).join(' ');
  };
  const card = (name: string, picture = '<img src="/p.jpg" alt="">') =>
    `<div class="col"><div><span>${picture}</span></div><div><p>${name}</p></div></div>`;

  it('keeps three cards or more, each one picture over a short caption', () => {
    expect(kept(ITEMS.slice(0, 3).map((n) => card(n)))).toBe('Candle Sets Linen Napkins Olive Wood Boards');
    expect(kept(ITEMS.map((n) => card(n)))).toBe(ITEMS.join(' '));
    // An icon drawn as `<svg>` is a picture too (a service page's icons over each service's name).
    expect(kept(ITEMS.slice(0, 4).map((n) => card(n, '<svg viewBox="0 0 8 8"></svg>')))).toBe(
      ITEMS.slice(0, 4).join(' '),
    );
  });

  it("leaves a declared article's or product's lead as it was (a shop's badges, a promotion's free gifts)", () => {
    expect(
      kept(
        ITEMS.slice(0, 4).map((n) => card(n)),
        true,
      ),
    ).toBe('');
  });

  it('still drops a hero and its credit, linked cards, buttons and cards of two pictures', () => {
    expect(kept(ITEMS.slice(0, 2).map((n) => card(n)))).toBe('');
    expect(kept(ITEMS.slice(0, 4).map((n) => `<a href="/${n.length}">${card(n)}</a>`))).toBe('');
    expect(kept(ITEMS.slice(0, 4).map((n) => card(`<a href="/${n.length}">${n}</a>`)))).toBe('');
    expect(kept(ITEMS.slice(0, 4).map((n) => `<button>${card(n)}</button>`))).toBe('');
    expect(kept(ITEMS.slice(0, 4).map((n) => card(n, '<img src="/a.jpg"><img src="/b.jpg">')))).toBe('');
  });

  it("reads a picture's own line and its caption's as one card, and no card without a picture", () => {
    const doc = parsePage(`<div id="root">${card('Tea Towels')}<p id="bare">Honey Jars</p></div>`);
    const root = doc.getElementById('root')!;
    const col = root.querySelector('.col')!;
    expect(pictureCard(root.querySelector('span')!, root)).toBe(col);
    expect(pictureCard(root.querySelector('.col p')!, root)).toBe(col);
    expect(pictureCard(doc.getElementById('bare')!, root)).toBeNull();
    // A caption long enough to be a teaser's excerpt is no card's.
    const long = parsePage(`<div id="root">${card('A '.repeat(70))}</div>`).getElementById('root')!;
    expect(pictureCard(long.querySelector('p')!, long)).toBeNull();
    // A video's thumbnail under its play mark is no item's card.
    const play = parsePage(`<div id="root">${card('▶')}</div>`).getElementById('root')!;
    expect(pictureCard(play.querySelector('p')!, play)).toBeNull();
    // Cards nested in one another are one card read twice: no gallery.
    expect(pictureGallery([root.querySelector('span')!, root.querySelector('.col p')!], root).size).toBe(0);
  });
});
