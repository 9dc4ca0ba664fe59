// @vitest-environment jsdom
// A shop's cards that list their colours as swatch links are clouds of short links, which the region copy left out as
// a menu: a WooCommerce category kept its cards of one or two colours and lost those of five or more. Fixture page:
// tests/fixtures/pages/collection-swatch-cards.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { cleanRegion, mainRegion } from '@/utils/extraction/extract-region';
import { measureText } from '@/utils/extraction/clutter-guard';

const COLOURS = ['Amberlight', 'Bluestone', 'Butterrum', 'Flaxen', 'Lilac', 'Meadowlark', 'Sandstone'];

/** A card: a linked picture and title, `colours` swatch links, a price. */
const card = (name: string, colours: number, cls = 'product type-product') =>
  `<li class="${cls}"><a href="/p/${name.replace(/ /g, '-')}"><img src="/i.png" alt=""><h2>${name}</h2></a>` +
  `<div class="swatches">${COLOURS.slice(0, colours)
    .map((c) => `<a href="/p/${name.replace(/ /g, '-')}?colour=${c}">${c}</a>`)
    .join('')}</div><span class="price">$29.95</span></li>`;

/** The region copy's text of a page whose main region holds `html`. */
const region = (html: string) => {
  const doc = parsePage(`<body><main>${html}</main></body>`);
  measureText(doc.body);
  return cleanRegion(mainRegion(doc.body), doc).textContent ?? '';
};

describe('a shop category whose cards list their colours as links', () => {
  it('keeps every card, swatches or not', () => {
    const text = offprintPage(loadPage('collection-swatch-cards'))!.text;
    for (const name of ['Glass Cup 4oz', 'Glass Cup 8oz', 'Travel Cup 12oz', 'Velvet Straw 7in', 'Gift Card'])
      expect(text).toContain(name);
    expect(text).toContain('$32.95');
    expect(text).toContain('Mood Indigo');
    expect(text).not.toMatch(/Wholesale|Careers|Stockists/);
  });
});

describe('cleanRegion with cards that are clouds of links', () => {
  it('keeps a card with many swatches among the grid’s other cards (its title and price)', () => {
    const others = ['Straw', 'Brush', 'Lid', 'Sleeve', 'Gift Card', 'Saucer'].map((n) => card(n, 1)).join('');
    const grid = `<ul class="products">${card('Glass Cup', 7)}${card('Tall Cup', 6)}${others}</ul>`;
    const text = region(`<h1>Cups</h1>${grid}`);
    expect(text).toContain('Glass Cup');
    expect(text).toContain('Tall Cup');
    expect(text).toMatch(/Glass Cup\$29\.95Tall Cup/);
    // Its row of swatches is a cloud of links of its own, without a picture or heading: it still goes.
    expect(text).not.toContain('Sandstone');
  });
  it('leaves out clouds of links beside a small grid, and columns of links without a picture or heading', () => {
    const sentence = 'A paragraph about the cups that runs on for a while, long enough to be prose. ';
    const prose = `<p>${sentence.repeat(6)}</p>`;
    const columns = [1, 2, 3, 4]
      .map(
        (i) => `<div class="col"><h4>Help ${i}</h4>${COLOURS.map((c) => `<a href="/h/${c}">${c}</a>`).join('')}</div>`,
      )
      .join('');
    // Four columns of links that are a small part of the region: a footer's columns, not a grid.
    expect(region(`${prose}${prose}${prose}${prose}${prose}<div>${columns}</div>`)).not.toContain('Help 2');
    // Look-alike clouds of links with neither a picture nor a heading: a tag list, a menu's lists.
    const lists = [1, 2, 3, 4]
      .map((i) => `<div class="tags">${COLOURS.map((c) => `<a href="/t/${c}${i}">${c}${i}</a>`).join('')}</div>`)
      .join('');
    expect(region(`<div>${lists}</div><p>Short note.</p>`)).not.toContain('Flaxen2');
  });
});
