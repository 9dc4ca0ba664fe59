// @vitest-environment jsdom
// A mega menu's panels on a page without chrome landmarks (session 46): the panels the header's toggles open
// (`aria-expanded`, the panel after the toggle or named by `aria-controls`) go with their toggles; an FAQ's folds
// after the `<h1>`, a panel holding a heading or prose, and a page with a `<header>` or a `<nav>` keep theirs.
// Fixture page: tests/fixtures/pages/service-hashed-mega-menu.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { takeCensus } from '@/utils/extraction/page-census';
import { removeMenuPanels } from '@/utils/extraction/menu-panels';

const items = (n: number) =>
  Array.from({ length: n }, (_, i) => `<li><a href="/p${i}">Product ${i}</a><span>Stores files ${i}</span></li>`);
const panel = (id: string, n = 4) => `<div id="${id}"><p>Storage</p><ul>${items(n).join('')}</ul></div>`;
const prose =
  '<p>You pay for what you store, and nothing for reading it back. Our customers moving from the big clouds tell ' +
  'us their storage bill dropped by two thirds, mostly because the egress line disappeared from it.</p>';
const faq =
  '<div><button id="q" aria-expanded="false">Can I keep my bucket names?</button><div id="a"><p>Yes: create them ' +
  'again and copy your files.</p><a href="/a">Guide</a><a href="/b">Domains</a><a href="/c">Clients</a></div></div>';

describe('removeMenuPanels', () => {
  it('drops the panels the header’s toggles open before the <h1>, with their toggles, not the FAQ after it', () => {
    const doc = parsePage(
      `<div><ul><li><button id="t1" aria-expanded="false">Products</button>${panel('p1')}</li>` +
        `<li><a id="t2" href="#" aria-expanded="false" aria-controls="p2">Company</a></li></ul>${panel('p2')}</div>` +
        `<div><h1>Object storage</h1>${prose}${faq}</div>`,
    );
    removeMenuPanels(takeCensus(doc.body));
    for (const id of ['p1', 't1', 'p2', 't2']) expect(doc.getElementById(id)).toBeNull();
    for (const id of ['q', 'a']) expect(doc.getElementById(id)).not.toBeNull();
    expect(doc.body.textContent).toContain('You pay for what you store');
  });
  it('keeps a panel that holds a heading or prose, one of fewer than three links, and a page with a <header>', () => {
    const headed = parsePage(
      `<div><button aria-expanded="false">Products</button><div id="p"><h2>Storage</h2>${items(4).join('')}</div>` +
        `</div><h1>Object storage</h1>${prose}`,
    );
    removeMenuPanels(takeCensus(headed.body));
    expect(headed.getElementById('p')).not.toBeNull();
    const withProse = parsePage(
      `<div><button aria-expanded="false">About</button><div id="p">${prose}${items(4).join('')}</div></div>` +
        `<h1>Object storage</h1>${prose}`,
    );
    removeMenuPanels(takeCensus(withProse.body));
    expect(withProse.getElementById('p')).not.toBeNull();
    const few = parsePage(`<div><button aria-expanded="false">More</button>${panel('p', 2)}</div><h1>S</h1>${prose}`);
    removeMenuPanels(takeCensus(few.body));
    expect(few.getElementById('p')).not.toBeNull();
    const withHeader = parsePage(
      `<header><a href="/">Home</a></header><div><button aria-expanded="false">Products</button>${panel('p')}</div>` +
        `<h1>Object storage</h1>${prose}`,
    );
    removeMenuPanels(takeCensus(withHeader.body));
    expect(withHeader.getElementById('p')).not.toBeNull();
  });
});

describe('a cloud host’s page in hashed div soup with a mega menu (service-hashed-mega-menu)', () => {
  it('keeps the text and the FAQ, not the menu’s panels, their descriptions or the company blurb', () => {
    const text = offprintPage(loadPage('service-hashed-mega-menu'))!.text;
    expect(text).toContain('Object storage for small teams');
    expect(text).toContain('We bill the extra terabytes at the same flat price');
    expect(text).not.toMatch(/Cold Archive|Keep backups for cents|Talk to an engineer|team of twenty|Solutions/);
  });
});
