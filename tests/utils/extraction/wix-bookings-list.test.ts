// Session 69 (s69-service34): Wix Bookings prints a salon's list of services as `<li>` cards, each a name in a link
// with no address (`<a role="link" tabindex="-1"><h2>…</h2></a>`), a duration and a price on lines of their own.
// Readability's conditional cleaning dropped the names (all link text), and the edge trimming's tail took the short
// lines after the description, so one card's price was left. unwrapUnlinkedHeadings keeps the names as headings, and
// trimEdges keeps a tail list of like cards that link nowhere (inCardList). Fixture
// tests/fixtures/pages/service-wix-bookings-list.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeClutter } from '@/utils/extraction/remove-clutter';
import { unwrapUnlinkedHeadings } from '@/utils/extraction/unlinked-headings';
import { trimEdges } from '@/utils/extraction/trim-edges';

const SERVICES = [
  ['Brow Lamination', '45 min', 'From 38 British pounds'],
  ['Brow Shape and Tint', '30 min', 'From 24 British pounds'],
  ['Lash Lift', '1 hr', '42 British pounds'],
  ['Lash and Brow Package', '1 hr 15 min', 'From 65 British pounds'],
];

describe("Wix Bookings' list of services (unwrapUnlinkedHeadings, inCardList)", () => {
  it("keeps every service's name, duration and price under the page's description", () => {
    const text = offprintPage(loadPage('service-wix-bookings-list'))!.text;
    expect(text).toContain('Choose a service below and book a time that suits you.');
    for (const lines of SERVICES) expect(text).toContain(lines.join('\n'));
    expect(text).not.toMatch(/Book Now|WILLOW LANE|Facials|Proudly created/);
  });

  /** The page's `#list` after the heading rule ran alone: the headings left inside a link. */
  const linked = (card: string) => {
    const doc = parsePage(`<html><body><main><div id="list">${card}</div></main></body></html>`);
    removeClutter(doc, { unwrapUnlinkedHeadings });
    return [doc.querySelectorAll('#list h2').length, doc.querySelectorAll('#list a h2').length];
  };

  it('takes a heading out of a link with no address that holds it alone, and no other link', () => {
    expect(linked('<a role="link" tabindex="-1" aria-label="Lash Lift"><h2>Lash Lift</h2></a>')).toEqual([1, 0]);
    expect(linked('<a>\n  <h3>Lash Lift</h3>\n</a>'.replace(/h3/g, 'h2'))).toEqual([1, 0]);
    expect(linked('<a href="/lash-lift"><h2>Lash Lift</h2></a>')).toEqual([1, 1]);
    expect(linked('<a name="lash-lift"><h2>Lash Lift</h2></a>')).toEqual([1, 1]);
    expect(linked('<a id="lash-lift"><h2>Lash Lift</h2></a>')).toEqual([1, 1]);
    expect(linked('<a><h2>Lash Lift</h2><p>A lift that lasts six weeks.</p></a>')).toEqual([1, 1]);
    expect(linked('<a><img src="/lash.jpg" alt=""><h2>Lash Lift</h2></a>')).toEqual([1, 1]);
  });

  const prose =
    '<p>Our studio shapes, tints and lifts brows and lashes to suit your face, from a quick tidy before work to a ' +
    'full lamination.</p>';

  /** The cards left after trimEdges on the prose (enough for the trim's budget) and `cards` (each a card's lines). */
  const trimmed = (cards: string[][], link = false, title = '') => {
    const items = cards.map(
      ([name, ...rest]) =>
        `<li><div><h2>${link ? `<a href="/s/${name.length}">${name}</a>` : name}</h2></div>` +
        `<div>${rest.map((l) => `<p>${l}</p>`).join('')}</div></li>`,
    );
    const root = parsePage(`<div id="root">${prose.repeat(8)}<ul>${title}${items.join('')}</ul></div>`).getElementById(
      'root',
    )!;
    trimEdges(root);
    return root.querySelectorAll('li').length;
  };

  it('keeps a tail list of three like cards or more that link nowhere', () => {
    expect(trimmed(SERVICES)).toBe(4);
    expect(trimmed(SERVICES.slice(0, 3))).toBe(3);
    // Wix prints the list's title for screen readers as a `<span>` among the items.
    expect(trimmed(SERVICES, false, '<span id="title">Service Information</span>')).toBe(4);
    // A card one line short of the others (a service with no price shown) is still of the list's shape.
    expect(trimmed([...SERVICES.slice(0, 3), ['Brow Tidy', '15 min']])).toBe(4);
  });

  it('still trims teaser cards linked to their pages, two cards, and cards of unlike shapes', () => {
    expect(trimmed(SERVICES, true)).toBe(0);
    expect(trimmed(SERVICES.slice(0, 2))).toBe(0);
    expect(trimmed([['Brow Tidy'], ['Lash Lift'], ['Tint']])).toBe(0);
    expect(trimmed([...SERVICES.slice(0, 3), ['Brow Tidy', '15 min', 'From 8', 'Gift card', 'Ask us']])).toBe(0);
  });

  it("leaves a teaser list's last date out where its links went and each card prints an excerpt", () => {
    const excerpt = (n: number) =>
      `Post ${n} tells how a reading corner needs less floor than most people think, one chair and the right ...`;
    const cards = [1, 2, 3].map((n) => [excerpt(n), `Sep ${n}, 2025`]);
    const items = cards.map(([e, d]) => `<li><div><p>${e}</p><p><span>${d}</span></p></div></li>`).join('');
    const root = parsePage(`<div id="root">${prose.repeat(8)}<ul>${items}</ul></div>`).getElementById('root')!;
    trimEdges(root);
    expect(root.textContent).toContain('Sep 2, 2025');
    expect(root.textContent).not.toContain('Sep 3, 2025');
  });
});
