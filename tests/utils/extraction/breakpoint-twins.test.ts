// @vitest-environment jsdom
// removeBreakpointTwins: a section printed for phones beside its twin for wider screens, two children of one parent
// saying the same lines, one shown on phones only (`mobile-only`, `elementor-hidden-desktop`, `d-md-none`,
// `visible-xs`, `md:hidden`), the other hidden there (`phone-hidden`, `elementor-hidden-mobile`, `d-none d-md-block`,
// `hidden-xs`, `hidden md:block`): the phone copy goes (session 72, a solar dealer's hosted builder). Fixture page:
// tests/fixtures/pages/service-builder-breakpoint-twins.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { takeCensus } from '@/utils/extraction/page-census';
import { isPhoneHidden, isPhoneOnly, removeBreakpointTwins } from '@/utils/extraction/breakpoint-twins';

const PROSE =
  '<h2>Boiler servicing</h2><p>We service gas and oil boilers once a year, check the flue and the pressure, and ' +
  'leave a signed record for your insurer.</p><ul><li>A flue gas analysis on every visit</li>' +
  '<li>The condensate trap cleaned and refilled</li></ul>';

const run = (body: string) => {
  const doc = parsePage(`<body>${body}</body>`);
  removeBreakpointTwins(takeCensus(doc.body));
  return doc;
};
const count = (doc: Document, s: string) => (doc.body.textContent ?? '').split(s).length - 1;

const PAIRS: [string, string][] = [
  ['grid-row phone-hidden stretched-mobile', 'grid-row tablet-hidden mobile-only stretched-mobile'],
  ['elementor-section elementor-hidden-mobile', 'elementor-section elementor-hidden-desktop elementor-hidden-tablet'],
  ['d-none d-md-block', 'd-block d-md-none'],
  ['hidden-xs', 'visible-xs'],
  ['hidden md:block', 'md:hidden'],
];

describe('removeBreakpointTwins', () => {
  it("drops the phone copy of a pair and keeps the wider screens' one, in either order", () => {
    for (const [wide, phone] of PAIRS) {
      for (const order of ['wide-first', 'phone-first']) {
        const w = `<div id="wide" class="${wide}">${PROSE}</div>`;
        const p = `<div id="phone" class="${phone}">${PROSE}</div>`;
        const doc = run(`<div class="row">${order === 'wide-first' ? w + p : p + w}</div>`);
        expect(count(doc, 'condensate trap'), `${phone} (${order})`).toBe(1);
        expect(doc.getElementById('wide'), wide).not.toBeNull();
        expect(doc.getElementById('phone'), phone).toBeNull();
      }
    }
  });
  it("reads no divider's drawing as a line: its stylesheet is text only the phone copy holds", () => {
    const divider =
      '<div class="divider-box"><svg viewBox="0 0 1920 347"><style>.wave-4-bottom-0{fill:#FFFFFF;}</style>' +
      '<path d="M0 0h1920v347z"></path></svg></div>';
    const heading = '<h2>A passion for clean heating since 1998</h2>';
    const doc = run(`<div class="row"><div class="grid-row phone-hidden">${heading}</div>
      <div class="grid-row tablet-hidden mobile-only">${heading}${divider}</div></div>`);
    expect(count(doc, 'clean heating since')).toBe(1);
  });
  it('keeps a phone block whose lines no sibling hidden on phones says (elsewhere on the page, another shape)', () => {
    // The twin is no sibling: the page says the lines twice, but no pair says so.
    const apart = run(`<div class="a"><div class="d-none d-md-block">${PROSE}</div></div>
      <div class="b"><div class="d-md-none">${PROSE}</div></div>`);
    expect(count(apart, 'condensate trap')).toBe(2);
    // A sibling with no breakpoint class says the lines: no pair.
    const plain = run(`<div class="row"><div class="col">${PROSE}</div><div class="d-md-none">${PROSE}</div></div>`);
    expect(count(plain, 'condensate trap')).toBe(2);
    // A pricing table for wider screens, cards for phones: the cards' lines are short, the table says other words.
    const table =
      '<div class="table-responsive d-none d-md-block"><table><tr><th></th><th>Basic</th><th>Plus</th></tr>' +
      '<tr><th>Annual service visits included in the plan</th><td>1</td><td>2</td></tr></table></div>';
    const cards =
      '<div class="d-md-none"><div class="card"><h4>Basic</h4><p>One annual service visit and a phone line</p></div>' +
      '<div class="card"><h4>Plus</h4><p>Two service visits a year and priority call-outs</p></div></div>';
    const shapes = run(`<div class="row">${table}${cards}</div>`);
    expect(count(shapes, 'Two service visits a year')).toBe(1);
  });
  it('keeps a block whose classes say both, and a phone copy of short lines (a button, a menu)', () => {
    const both = run(`<div class="row"><div class="phone-hidden">${PROSE}</div>
      <div class="mobile-only phone-hidden">${PROSE}</div></div>`);
    expect(count(both, 'condensate trap')).toBe(2);
    const short = run(`<div class="row"><div class="hidden-xs"><a href="/book">Book a service</a></div>
      <div class="visible-xs"><a href="/book">Book a service</a></div></div>`);
    expect(count(short, 'Book a service')).toBe(2);
  });
  it('reads the class words: shown on phones only, hidden on phones', () => {
    for (const cls of ['mobile-only', 'elementor-hidden-desktop', 'd-block d-lg-none', 'visible-xs', 'show-on-mobile'])
      expect(isPhoneOnly(cls), cls).toBe(true);
    for (const cls of ['mobile-menu', 'mobile', 'd-none', 'hidden', 'phone-hidden mobile-only'])
      expect(isPhoneOnly(cls), cls).toBe(false);
    for (const cls of [
      'phone-hidden',
      'hide-on-mobile',
      'elementor-hidden-mobile',
      'd-none d-md-block',
      'desktop-only',
    ])
      expect(isPhoneHidden(cls), cls).toBe(true);
    for (const cls of ['hidden', 'd-none', 'visually-hidden', 'tablet-hidden'])
      expect(isPhoneHidden(cls), cls).toBe(false);
  });
});

describe("a water tank installer's page printed for wide screens and phones (service-builder-breakpoint-twins)", () => {
  it('says the hero and the installation list once each, and keeps the call to action', () => {
    const text = offprintPage(loadPage('service-builder-breakpoint-twins'))!.text;
    expect(text.split('RAINWATER TANKS AND PRESSURE PUMPS').length - 1).toBe(1);
    expect(text.split('Every tank we install is fitted').length - 1).toBe(1);
    expect(text.split('WHAT A TANK INSTALLATION INCLUDES').length - 1).toBe(1);
    expect(text.split('A changeover valve to the municipal supply').length - 1).toBe(1);
    expect(text).toContain('we will quote within two working days');
  });
});
