// @vitest-environment jsdom
// removeMarquees: a strip of six copies or more of one short phrase ("Book Now *", "SECURE YOUR SPOT - ENROL NOW"),
// the band a script scrolls across the page (session 50). Fixture page: tests/fixtures/pages/service-marquee-band.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { takeCensus } from '@/utils/extraction/page-census';
import { removeMarquees } from '@/utils/extraction/marquees';

const run = (body: string) => {
  const doc = parsePage(`<body>${body}</body>`);
  removeMarquees(takeCensus(doc.body));
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
};

const copies = (n: number, item: string) => Array.from({ length: n }, () => item).join('');
const prose = '<p>We start with a tasting of every blend.</p>';

describe('removeMarquees', () => {
  it('drops a row of spans and a list that say one phrase six times or more', () => {
    expect(run(`${prose}<div>${copies(8, '<span>Book Now <span>*</span></span>')}</div>`)).toBe(
      'We start with a tasting of every blend.',
    );
    expect(run(`${prose}<ul>${copies(6, '<li><p>ENROL NOW</p></li>')}</ul>`)).toBe(
      'We start with a tasting of every blend.',
    );
  });
  it('keeps five copies, a row with other text, a row of stars, and a table’s cells', () => {
    expect(run(`<div>${copies(5, '<span>Book Now</span>')}</div>`)).toBe('Book Now'.repeat(5));
    expect(run(`<div>${copies(6, '<span>Yes</span>')}<span>No</span></div>`)).toBe(`${'Yes'.repeat(6)}No`);
    expect(run(`<div>Plans: ${copies(6, '<span>Yes</span>')}</div>`)).toBe(`Plans: ${'Yes'.repeat(6)}`);
    expect(run(`<div>${copies(6, '<span>★</span>')}</div>`)).toBe('★'.repeat(6));
    expect(run(`<table><tr>${copies(6, '<td>check</td>')}</tr></table>`)).toBe('check'.repeat(6));
  });
});

describe('a studio’s service page with two marquees (service-marquee-band)', () => {
  it('keeps the sections and the rating, not the scrolling calls to action', () => {
    const text = offprintPage(loadPage('service-marquee-band'))!.text;
    expect(text).toContain('From leaf to label');
    expect(text).toContain('Most tea ranges take three to four weeks');
    expect(text).toContain('★★★★★★');
    expect(text).not.toContain('Free Consultation');
    expect(text).not.toContain('BOOK YOUR TASTING TODAY');
  });
});
