// @vitest-environment jsdom
// Service pages (session 58), from real pages of unseen sites (not committed; the fixture is a page written in their
// shape):
// A page written as a letter (a practice's notice of new hours, a site's closing notice) opens with a salutation,
// "Liebe_r Besucher_in,", a short line before the first prose that the lead trim took for a kicker (trimEdges), and
// closes with a sign-off the tail trim took for a label. Fixture tests/fixtures/pages/service-practice-letter.
// A trades business's landing page (a hand-written static page): the services grid's first card lost its heading and
// the grid its title, both before the text's first prose (the lead trim), while the other cards kept theirs. Fixture
// tests/fixtures/pages/service-card-row-headings.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { perturbLandmarks } from '../../../scripts/lib/perturb-landmarks';

const SLUG = 'service-practice-letter';

describe("a letter's salutation and sign-off stay at the text's edges (trimEdges)", () => {
  it('keeps the salutation before the first paragraph and the sign-off after the last', () => {
    const text = offprintPage(loadPage(SLUG))!.text;
    expect(text).toMatch(/^\s*Liebe Patientinnen und Patienten,\s+zum neuen Jahr/);
    expect(text).toMatch(/im neuen Jahr gut zu versorgen\.\s+Ihr Praxisteam am Lindenplatz\s*$/);
    expect(text).not.toMatch(/Impressum|Notdienst|Hauptmenü|Allgemeinmedizin · Hausbesuche/);
  });

  it('keeps them with the classes hashed and the landmarks gone', () => {
    const doc = loadPage(SLUG);
    perturbClasses(doc);
    perturbLandmarks(doc);
    const text = offprintPage(doc)!.text;
    expect(text).toContain('Liebe Patientinnen und Patienten,');
    expect(text).toContain('Ihr Praxisteam am Lindenplatz');
  });

  it('still drops a short line before the text that ends otherwise, and a closing line without a salutation', () => {
    for (const [salute, kept] of [
      ['Aktuelles aus der Praxis', false],
      ['By Anna Becker,', false],
      ['Dear patients,', true],
    ] as const) {
      const doc = loadPage(SLUG);
      const p = [...doc.querySelectorAll('p')].find((e) => e.textContent === 'Liebe Patientinnen und Patienten,')!;
      p.textContent = salute;
      const text = offprintPage(doc)!.text;
      expect(text.includes(salute)).toBe(kept);
      expect(text.includes('Ihr Praxisteam am Lindenplatz')).toBe(kept);
    }
  });
});

describe('the first card of a row keeps its heading, and the row its title (trimEdges)', () => {
  const CARDS = 'service-card-row-headings';

  it('keeps the grid title and the first card heading over its text, like the other cards', () => {
    const text = offprintPage(loadPage(CARDS))!.text;
    expect(text).toMatch(/^\s*Our Services\s+Homes & Renovations\s+Wiring for new homes/);
    expect(text).toMatch(/Fault Finding\s+Tripping breakers/);
    expect(text).not.toMatch(/Call 0400|Licence 123456C|Back to top/);
  });

  it('keeps them with the classes hashed and the landmarks gone', () => {
    const doc = loadPage(CARDS);
    perturbClasses(doc);
    perturbLandmarks(doc);
    const text = offprintPage(doc)!.text;
    expect(text).toMatch(/Homes & Renovations\s+Wiring for new homes/);
  });

  it('drops a lone box heading (no card with a heading after it) and a heading that is the page headline', () => {
    const doc = loadPage(CARDS);
    for (const h of [...doc.querySelectorAll('.card h3')].slice(1)) h.replaceWith(doc.createTextNode(h.textContent!));
    expect(offprintPage(doc)!.text).not.toContain('Homes & Renovations');
    const doc2 = loadPage(CARDS);
    doc2.title = 'Homes & Renovations | Harbour Line Electrical';
    expect(offprintPage(doc2)!.text).not.toMatch(/Homes & Renovations\s+Wiring/);
  });
});
