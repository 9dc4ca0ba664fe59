// @vitest-environment jsdom
// Service pages (session 40) from builders that print no landmarks and hashed class names (styled-components,
// CSS modules, an unseen builder's div soup): the header's menu and mega menu before the `<h1>`, and the footer's
// link columns with the rights line after it; and a GOV.UK Design System page, which comes out right. Fixture pages:
// tests/fixtures/pages/service-{hashed-div-header,govuk-design-system}.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { takeCensus } from '@/utils/extraction/page-census';
import { removeLeadMenus } from '@/utils/extraction/lead-menus';
import { removeFooterBand } from '@/utils/extraction/footer-band';
import { removeConsentBanners } from '@/utils/extraction/consent-banner';

const menu = (id: string, n = 6) =>
  `<div id="${id}">${Array.from({ length: n }, (_, i) => `<a href="/p${i}">Item ${i}</a>`).join('')}</div>`;
const prose =
  '<p>We close your books every month and send a statement you can read in five minutes, with every account ' +
  'reconciled and every receipt matched before your accountant sees a single number of it.</p>';
const footer =
  '<div id="foot"><div><p>Company</p><a href="/a">About</a><a href="/b">Careers</a><a href="/c">Press</a></div>' +
  '<div><a href="/d">Privacy</a><a href="/e">Terms</a></div><p>© 2026 Ledgerly, Inc.</p></div>';

describe('removeLeadMenus', () => {
  it('drops menus before the page’s <h1> on a page without landmarks, not the text or a short link line', () => {
    const doc = parsePage(
      `<div>${menu('menu')}</div><div><div id="crumbs"><a href="/">Home</a> / <a href="/s">Services</a></div>` +
        `<div><h1>Bookkeeping</h1>${prose}</div></div>`,
    );
    removeLeadMenus(takeCensus(doc.body));
    expect(doc.getElementById('menu')).toBeNull();
    expect(doc.getElementById('crumbs')).not.toBeNull();
    expect(doc.body.textContent).toContain('We close your books');
  });
  it('leaves a page with a <nav> or a <header> to them, and a grid of card titles', () => {
    const withNav = parsePage(`<nav><a href="/">Home</a></nav>${menu('menu')}<h1>Bookkeeping</h1>${prose}`);
    removeLeadMenus(takeCensus(withNav.body));
    expect(withNav.getElementById('menu')).not.toBeNull();
    const cards = Array.from(
      { length: 6 },
      (_, i) => `<a href="/s${i}">How we cut a bakery’s bill by a third, ${i}</a>`,
    );
    const grid = parsePage(`<div id="grid">${cards.join('')}</div><h1>Stories</h1>${prose}`);
    removeLeadMenus(takeCensus(grid.body));
    expect(grid.getElementById('grid')).not.toBeNull();
  });
});

describe('removeFooterBand', () => {
  it('drops the link columns and the rights line after the <h1> on a page without landmarks', () => {
    const doc = parsePage(`<div><h1>Bookkeeping</h1>${prose}</div>${footer}`);
    removeFooterBand(takeCensus(doc.body));
    expect(doc.getElementById('foot')).toBeNull();
    expect(doc.body.textContent).toContain('We close your books');
  });
  it('leaves a <footer> and a page with a <header>; takes only the band from the text’s box', () => {
    const inFooter = parsePage(`<div><h1>Bookkeeping</h1>${prose}</div><footer>${footer}</footer>`);
    removeFooterBand(takeCensus(inFooter.body));
    expect(inFooter.getElementById('foot')).not.toBeNull();
    const inText = parsePage(`<div id="text"><h1>Bookkeeping</h1>${prose}${footer.replace('foot', 'f2')}</div>`);
    removeFooterBand(takeCensus(inText.body));
    expect(inText.getElementById('f2')).toBeNull();
    expect(inText.getElementById('text')).not.toBeNull();
    const withHeader = parsePage(`<header><a href="/">Ledgerly</a></header><div><h1>B</h1>${prose}</div>${footer}`);
    removeFooterBand(takeCensus(withHeader.body));
    expect(withHeader.getElementById('foot')).not.toBeNull();
  });
});

describe('a service page in styled-components’ hashed div soup (service-hashed-div-header)', () => {
  it('keeps the text, not the header menu, the mega menu or the footer', () => {
    const text = offprintPage(loadPage('service-hashed-div-header'))!.text;
    expect(text).toContain('Questions go to a person who knows your business');
    expect(text).not.toMatch(/For accountants|Payouts matched|Log in|Get started|Careers|All rights reserved/);
  });
});

describe('a GOV.UK Design System service page (service-govuk-design-system)', () => {
  it('keeps the guidance, the fee table, the warning and the details, not the banners, menus or feedback', () => {
    const text = offprintPage(loadPage('service-govuk-design-system'))!.text;
    expect(text).toContain('Over 10 metres £210');
    expect(text).toContain('You can be fined up to £50,000');
    expect(text).toContain('ask for a paper form');
    expect(text).not.toMatch(
      /Cookies on GOV\.UK|Beta|Business and self-employed|Fishing quotas|useful|Crown copyright/,
    );
  });
});

describe('a strip of notices before the site’s menu on a page without landmarks (session 45)', () => {
  const bar = (id: string) =>
    `<div id="${id}"><div><p>Free delivery over €40 in Berlin</p><p>Livraison gratuite dès 40 € à Paris</p>` +
    '<p>Entrega gratis desde 40 € en Madrid</p></div><button type="button">Next slide</button></div>';
  it('drops the bar before the first menu band, with the band', () => {
    const doc = parsePage(`${bar('bar')}<div>${menu('menu')}</div><div><h1>Bookkeeping</h1>${prose}</div>`);
    removeLeadMenus(takeCensus(doc.body));
    expect(doc.getElementById('bar')).toBeNull();
    expect(doc.getElementById('menu')).toBeNull();
    expect(doc.body.textContent).toContain('We close your books');
  });
  it('leaves short lines with no menu after them, a block with a heading, and a page with a <header>', () => {
    const noMenu = parsePage(`${bar('bar')}<div><h1>Bookkeeping</h1>${prose}</div>`);
    removeLeadMenus(takeCensus(noMenu.body));
    expect(noMenu.getElementById('bar')).not.toBeNull();
    const headed = parsePage(
      `<div id="intro"><h2>Offers</h2><p>Free delivery over €40</p></div>${menu('menu')}<h1>Bookkeeping</h1>${prose}`,
    );
    removeLeadMenus(takeCensus(headed.body));
    expect(headed.getElementById('intro')).not.toBeNull();
    const withHeader = parsePage(`${bar('bar')}<header><a href="/">L</a></header>${menu('menu')}<h1>B</h1>${prose}`);
    removeLeadMenus(takeCensus(withHeader.body));
    expect(withHeader.getElementById('bar')).not.toBeNull();
  });
});

describe('removeConsentBanners: "Dismiss" on a link without an address (session 45)', () => {
  it('drops the cookie notice whose one answer is a script’s link, in several languages', () => {
    for (const answer of ['Dismiss', 'Verstanden', 'J’ai compris', 'Entendido']) {
      const doc = parsePage(
        `<div><h1>Bookkeeping</h1>${prose}</div><div id="notice"><p>We use cookies to remember your address, ` +
          `see our <a href="/privacy">privacy policy</a>. <a style="cursor:pointer">${answer}</a></p></div>`,
      );
      removeConsentBanners(takeCensus(doc.body));
      expect(doc.getElementById('notice')?.textContent ?? '').not.toContain('cookies');
      expect(doc.body.textContent).toContain('We close your books');
    }
  });
  it('leaves a "Dismiss" whose box speaks of no cookie', () => {
    const doc = parsePage(`<div id="tip"><p>Drag a receipt here to match it.</p><a>Dismiss</a></div>${prose}`);
    removeConsentBanners(takeCensus(doc.body));
    expect(doc.getElementById('tip')).not.toBeNull();
  });
});

describe('a shop’s service page in styled-components’ hashed div soup (service-hashed-shop-bar)', () => {
  it('keeps the text, not the rotating bar of delivery offers or the "Dismiss" cookie notice', () => {
    const text = offprintPage(loadPage('service-hashed-shop-bar'))!.text;
    expect(text).toContain('One bag of up to eight kilograms a week');
    expect(text).not.toMatch(/Free delivery on orders|Gratis bezorging|Entrega gratis|We use cookies|Dismiss/);
  });
});
