// @vitest-environment jsdom
// removeMobileCopies: a section's phone layout printed beside its desktop one (`compare-table-mobile` beside
// `compare-table`, `…_mobilev__x` beside `…_desktopv__y`), when the page says its lines a second time (session 50). A
// block shown on phones only by its framework's class (`d-md-none`) stays: the truths keep such copies (session 37,
// service-bootstrap-breakpoints). Fixture page: tests/fixtures/pages/service-mobile-copies.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { takeCensus } from '@/utils/extraction/page-census';
import { removeMobileCopies } from '@/utils/extraction/mobile-copies';

const PROSE =
  '<p>Send us last year’s payroll export and we set up your staff, their tax codes and their year-to-date pay ' +
  'before your next run.</p><p>We check the first run against your old provider’s figures line by line, and a ' +
  'person from our team calls you if any payslip differs by a penny.</p>';

const run = (body: string) => {
  const doc = parsePage(`<body>${body}</body>`);
  removeMobileCopies(takeCensus(doc.body));
  return doc;
};
const count = (doc: Document, s: string) => (doc.body.textContent ?? '').split(s).length - 1;

describe('removeMobileCopies', () => {
  it('drops the phone copy named after the desktop one, and keeps one copy', () => {
    for (const [desktop, phone] of [
      ['id="compare-table"', 'id="compare-table-mobile"'],
      ['class="hero_desktopv__a81K"', 'class="hero_mobilev__Zq0w"'],
    ]) {
      const doc = run(`<div ${desktop}>${PROSE}</div><div ${phone}>${PROSE}</div>`);
      expect(count(doc, 'differs by a penny')).toBe(1);
    }
  });
  it('keeps a phone block without a desktop twin, a bare "mobile", a phone-only class, text said once', () => {
    for (const cls of ['mobile-note', 'uui-padding mobile', 'mobile-center', 'd-block d-md-none']) {
      const doc = run(`<div class="note">${PROSE}</div><div class="${cls}">${PROSE}</div>`);
      expect(count(doc, 'differs by a penny')).toBe(2);
    }
    const once = run(`<div id="compare-table">Plans</div><div id="compare-table-mobile">${PROSE}</div>`);
    expect(count(once, 'differs by a penny')).toBe(1);
  });
  it("keeps grid columns sized per breakpoint: `mobile-12` beside `desktop-12` is a width, not a copy's name", () => {
    const doc = run(
      `<div class="col desktop-12 mobile-12">${PROSE}</div>` +
        `<div class="col desktop-8 tablet-12 mobile-12">${PROSE}</div>`,
    );
    expect(count(doc, 'differs by a penny')).toBe(2);
    // The same pair named as copies goes (the test above, with a word beside the breakpoint).
    const named = run(`<div class="plans-desktop-12">${PROSE}</div><div class="plans-mobile-12">${PROSE}</div>`);
    expect(count(named, 'differs by a penny')).toBe(1);
  });
  it('reads a long copy whose first lines the page says once no further, and keeps it', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `<p>Line ${i} of the phone guide, said on this page once.</p>`);
    const doc = run(`<div id="guide">${PROSE}</div><div id="guide-mobile">${lines.join('')}${PROSE}</div>`);
    expect(count(doc, 'Line 39 of the phone guide')).toBe(1);
    expect(count(doc, 'differs by a penny')).toBe(2);
  });
});

describe('a payroll comparison printed for desktops and phones (service-mobile-copies)', () => {
  it('says the hero, the plans and the switching section once each', () => {
    const text = offprintPage(loadPage('service-mobile-copies'))!.text;
    expect(text.split('Every plan runs payroll').length - 1).toBe(1);
    expect(text.split('Both plans include the same filing').length - 1).toBe(1);
    expect(text.split('differs by a penny').length - 1).toBe(1);
    expect(text).toContain('Paying staff on the go');
  });
});
