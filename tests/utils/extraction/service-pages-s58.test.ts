// @vitest-environment jsdom
// Service pages (session 58), from real pages of unseen sites (not committed; the fixture is a page written in their
// shape):
// A page written as a letter (a practice's notice of new hours, a site's closing notice) opens with a salutation,
// "Liebe_r Besucher_in,", a short line before the first prose that the lead trim took for a kicker (trimEdges), and
// closes with a sign-off the tail trim took for a label. Fixture tests/fixtures/pages/service-practice-letter.
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
