// @vitest-environment jsdom
// A builder's page whose content is a grid of like cards with no prose (session 72): Duda's attractions, each card a
// picture, a category, a name and a "Find Out More" button, and Readability's block the footer's address. Fixture page:
// tests/fixtures/pages/service-duda-attraction-cards.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { cardsOverContacts, removeBeforeTitle } from '@/utils/extraction/contact-block-cards';

const ADDRESS = '18 Church St, Riverbend, 4471, South Africa stay@willowbend.example\nTel: (+27) 021 555 0142';

/** A region: a title, then `cards` like cards of a category and a name, then the footer's address lines. */
function region(cards: string[], opts: { before?: boolean; prose?: boolean } = {}): Element {
  const card = (name: string) =>
    `<div class="row"><div><a><img src="p.jpg"></a></div><div><div><span>Category</span></div>` +
    `<div><span>${name}</span></div></div></div>`;
  const grid = cards.map(card).join('');
  const prose = opts.prose
    ? '<p>Our farm lies on the river. Guests walk its trails at dawn and dusk all year.</p>'
    : '';
  const doc = parsePage(
    `<div id="r">${opts.before ? grid : ''}<div><h1>Attractions</h1></div>${opts.before ? '' : grid}${prose}` +
      `<div><div>18 Church St, Riverbend, 4471, South Africa stay@willowbend.example</div>` +
      `<div>Tel: (+27) 021 555 0142</div><div>Fax: (+27) 021 555 0143</div></div></div>`,
  );
  return doc.getElementById('r')!;
}

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');

describe('cardsOverContacts', () => {
  it('takes three like cards after the title over the footer’s address', () => {
    const r = region(['Heron Path', 'Old Cellar', 'Stone Mill']);
    expect(cardsOverContacts(r, textOf(r), ADDRESS)).toBe(true);
  });

  it('leaves two cards, cards before the title, and a block that is no address', () => {
    const two = region(['Heron Path', 'Old Cellar']);
    expect(cardsOverContacts(two, textOf(two), ADDRESS)).toBe(false);
    const before = region(['Heron Path', 'Old Cellar', 'Stone Mill'], { before: true });
    expect(cardsOverContacts(before, textOf(before), ADDRESS)).toBe(false);
    const r = region(['Heron Path', 'Old Cellar', 'Stone Mill']);
    expect(cardsOverContacts(r, textOf(r), 'Heron Path\nOld Cellar\nStone Mill')).toBe(false);
  });

  it('does not read the footer’s address lines as cards', () => {
    const none = region([]);
    expect(cardsOverContacts(none, textOf(none), ADDRESS)).toBe(false);
  });

  it('leaves cards whose lines are sentences', () => {
    const r = region([
      'The path is long. It runs to the river',
      'The cellar is old. It opens at ten',
      'The mill turns. It grinds',
    ]);
    expect(cardsOverContacts(r, textOf(r), ADDRESS)).toBe(false);
  });
});

describe('removeBeforeTitle', () => {
  it('drops what stands before the region’s <h1>, at every level', () => {
    const doc = parsePage(
      '<div id="r"><p>stay@example</p><div><p>BOOK NOW</p><h1>Attractions</h1><p>A</p></div><p>B</p></div>',
    );
    const r = doc.getElementById('r')!;
    expect(removeBeforeTitle(r)).toBe(true);
    expect(textOf(r)).toBe('AttractionsAB');
  });
});

describe('a Duda page of attraction cards (service-duda-attraction-cards)', () => {
  it('keeps the cards under the title, not the footer’s address, the header or the cookie bar', () => {
    const text = offprintPage(loadPage('service-duda-attraction-cards'))!.text;
    expect(text).toBe(
      'Attractions\nWalking Trails\nTHE RIVERBEND HERON PATH\nWine Routes\nOLD CELLAR TASTING ROOM\nHistory\n' +
        'THE STONE MILL MUSEUM\nNature Reserves\nKESTREL HILL RESERVE',
    );
  });
});
