// @vitest-environment jsdom
// Service pages (session 56), from real pages of unseen sites (not committed; the fixtures are pages written in their
// shapes):
// - a firm's services in a grid's rows, each a heading in one column and its paragraph in the other: the first
//   heading stood before the text's first prose and went as a kicker (trimEdges); it opens the page's headed sections
//   (see opensSections). Fixture tests/fixtures/pages/service-grid-row-sections (Bootstrap rows between <hr>s).
// - a section a builder prints twice for two breakpoints, with no class to tell the copies apart (Elementor's
//   containers, styled by their element ids): the copy's paragraphs went as repeats of the first's (removeRepeats),
//   its headings stayed, a run of titles over nothing. Fixture tests/fixtures/pages/service-elementor-unnamed-copies.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { perturbLandmarks } from '../../../scripts/lib/perturb-landmarks';

const count = (text: string, s: string) => text.split(s).length - 1;

describe("the first of a page's headed sections before its first prose (opensSections)", () => {
  const SLUG = 'service-grid-row-sections';
  const services = [
    'Cash Flow Forecasting',
    'Annual Budgeting',
    'Part-Time Finance Director',
    'Monthly Management Accounts',
    'Audit Preparation',
    'Raising Finance',
  ];

  it('keeps every service with its heading, the first one too, and the chrome out', () => {
    const text = offprintPage(loadPage(SLUG))!.text;
    for (const s of services) expect(text).toContain(s);
    expect(text.trim().startsWith('Cash Flow Forecasting')).toBe(true);
    expect(text).toContain('We build a thirteen-week cash forecast');
    expect(text).not.toMatch(/All Rights Reserved|North Pier Studio|About the Firm/);
  });

  it('keeps it with the classes hashed and the landmarks gone', () => {
    const doc = loadPage(SLUG);
    perturbClasses(doc);
    perturbLandmarks(doc);
    const text = offprintPage(doc)!.text;
    for (const s of services) expect(text).toContain(s);
  });

  it("drops a kicker over a post's prose (a declared article), whatever headings follow", () => {
    const doc = loadPage(SLUG);
    doc.head.insertAdjacentHTML('beforeend', '<meta property="og:type" content="article">');
    doc.head.insertAdjacentHTML(
      'beforeend',
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",' +
        '"headline":"Our Services","datePublished":"2026-05-02"}</script>',
    );
    const text = offprintPage(doc)!.text;
    expect(text).not.toContain('Cash Flow Forecasting');
    expect(text).toContain('We build a thirteen-week cash forecast');
  });

  it('drops a lone short heading before the prose when no like headings follow', () => {
    const doc = loadPage(SLUG);
    const rows = [...doc.querySelectorAll('.col-md-4 h2')].slice(1);
    for (const h of rows) h.outerHTML = `<h3>${h.textContent}</h3>`;
    const text = offprintPage(doc)!.text;
    expect(text).not.toContain('Cash Flow Forecasting');
    expect(text).toContain('Annual Budgeting');
  });
});

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
