// @vitest-environment jsdom
// Service pages (session 56), from real pages of unseen sites (not committed; the fixture is a page written in their
// shape):
// A section a builder prints twice for two breakpoints, with no class to tell the copies apart (Elementor's
// containers, styled by their element ids): the copy's paragraphs went as repeats of the first's (removeRepeats),
// its headings stayed, a run of titles over nothing. Fixture tests/fixtures/pages/service-elementor-unnamed-copies.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { perturbLandmarks } from '../../../scripts/lib/perturb-landmarks';

const count = (text: string, s: string) => text.split(s).length - 1;

describe("a repeated copy's headings go with its repeated lines (removeRepeats)", () => {
  const SLUG = 'service-elementor-unnamed-copies';
  const headings = ['Who We Are', 'How We Work', 'Our Promise'];

  it('keeps each heading once, over its paragraph, and the last section after the copies', () => {
    const text = offprintPage(loadPage(SLUG))!.text;
    for (const h of headings) expect(count(text, h)).toBe(1);
    expect(count(text, 'Brightline Roofing is a family crew')).toBe(1);
    expect(text).toMatch(/Who We Are\s+Brightline Roofing is a family crew/);
    expect(text).toMatch(/Areas We Cover\s+We work within forty miles/);
    expect(text).not.toMatch(/Copyright|Cookie Policy|Slate, tile and flat roofs/);
  });

  it('keeps each heading once with the classes hashed and the landmarks gone', () => {
    const doc = loadPage(SLUG);
    perturbClasses(doc);
    perturbLandmarks(doc);
    const text = offprintPage(doc)!.text;
    for (const h of headings) expect(count(text, h)).toBe(1);
  });

  it('keeps a repeated heading over text of its own', () => {
    const doc = loadPage(SLUG);
    const p = [...doc.querySelectorAll('p')].filter((e) => e.textContent!.startsWith('Every job starts'))[1];
    p.textContent =
      'On a listed building we also bring the conservation officer to the first visit, and we quote for reclaimed ' +
      'slates matched to the old ones before any work begins.';
    const text = offprintPage(doc)!.text;
    expect(count(text, 'How We Work')).toBe(2);
    expect(text).toContain('On a listed building we also bring the conservation officer');
    expect(count(text, 'Who We Are')).toBe(1);
  });
});
