// @vitest-environment jsdom
// Service pages (session 43): a WordPress page of sections under og:type=article, which Readability reads as one of
// its sections (Flatsome's UX Builder prints each text deep in its own banner and column, and Readability keeps the
// one with the most paragraphs); and a site builder's heading modules. Jimdo prints every heading of a page as a
// module of its own, `<div class="j-module n j-header"><h2 id="cc-m-header-N">`, before the text module it titles;
// Readability dropped each as a site header (its class and its heading's id say "header") and the page kept its
// paragraphs under none of its section titles.
// Fixture pages: tests/fixtures/pages/service-flatsome-sections, tests/fixtures/pages/service-jimdo-modules.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { perturbLandmarks } from '../../../scripts/lib/perturb-landmarks';

describe("a CMS page's headed sections beside Readability's block (picksHeadedSections)", () => {
  const sections = ['Who we work for', 'Turf care', 'Beds and borders', 'Hard surfaces'];

  it('keeps the sections Readability left out before and after the one it kept', () => {
    const doc = loadPage('service-flatsome-sections');
    const read = readabilityText(loadPage('service-flatsome-sections'));
    for (const s of sections) expect(read).not.toContain(s);
    const text = offprintPage(doc)!.text;
    for (const s of sections) expect(text).toContain(s);
    expect(text).toContain('Each spring we send you a short report');
    expect(text).not.toMatch(/Residential Lawn Care|14 Orchard Lane|All rights reserved/);
  });

  it("keeps Readability's block on the same page with a header but no <main> (the region is a guess then)", () => {
    const doc = loadPage('service-flatsome-sections');
    perturbLandmarks(doc);
    const masthead = doc.getElementById('masthead')!;
    const header = doc.createElement('header');
    header.append(...masthead.childNodes);
    masthead.replaceWith(header);
    const text = offprintPage(doc)!.text;
    expect(text).toContain('Each spring we send you a short report');
    for (const s of sections) expect(text).not.toContain(s);
  });

  // Session 48 (bareRegionPage): a page that prints no landmark at all (an unseen theme's div soup, the body class
  // hashed or gone) is read as the CMS page with its <main> is: its region is the body less the chrome found.
  it('keeps the sections on the same page printing no landmark at all, its body class hashed', () => {
    const doc = loadPage('service-flatsome-sections');
    perturbLandmarks(doc);
    doc.body.className = 'c7f2a1 c09b3e';
    const text = offprintPage(doc)!.text;
    for (const s of sections) expect(text).toContain(s);
    expect(text).toContain('Each spring we send you a short report');
    expect(text).not.toMatch(/Residential Lawn Care|14 Orchard Lane|All rights reserved/);
  });

  it('keeps the block on a post: the body class of a WordPress post, not a page', () => {
    const doc = loadPage('service-flatsome-sections');
    doc.body.className = 'post-template-default single single-post postid-214 single-format-standard';
    const text = offprintPage(doc)!.text;
    for (const s of sections) expect(text).not.toContain(s);
  });
});

describe("a builder's heading modules (unmarkSectionHeadings, isHeadingModule)", () => {
  it("keeps a Jimdo page's section titles above the paragraphs they title", () => {
    const lines = offprintPage(loadPage('service-jimdo-modules'))!.text.split('\n');
    const at = (line: string) => lines.indexOf(line);
    for (const title of ['Für Kinder', 'Für Erwachsene', 'Preise', 'Probestunde']) expect(at(title)).toBeGreaterThan(0);
    expect(at('Für Kinder')).toBeLessThan(lines.findIndex((l) => l.startsWith('Die Jüngsten beginnen')));
    expect(at('Probestunde')).toBe(lines.findIndex((l) => l.startsWith('Die erste Stunde ist kostenlos')) - 1);
  });

  it('leaves the site chrome out still: the menu, the footer links and the login link', () => {
    const text = offprintPage(loadPage('service-jimdo-modules'))!.text;
    expect(text).not.toMatch(/Lehrkräfte|Impressum|Datenschutz|Anmelden/);
  });

  it('leaves a header box alone when the box after it is not a module of the same stream', () => {
    const doc = parsePage(`<html><body><div class="site-main">
      <div class="section-header"><h2 id="s-header-1">Unsere Angebote</h2></div>
      <div class="section-content">
      <p>${'Ein Satz über die Angebote der Schule, lang genug für einen Absatz. '.repeat(4)}</p>
      <p>${'Noch ein Satz über den Unterricht und die Räume der Schule im Ort. '.repeat(4)}</p></div>
      </div></body></html>`);
    expect(offprintPage(doc)!.text).not.toContain('Unsere Angebote');
  });
});
