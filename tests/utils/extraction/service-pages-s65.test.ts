// @vitest-environment jsdom
// Service pages (session 65): a CMS's page read as a pick of its headed sections where its `<body>` class cannot say
// it is a page (hashed, renamed). `picksHeadedSections` asked `isCmsPage` (WordPress's `page-id-N`, Drupal's basic
// page) on pages that print their `<main>`; under `--perturb classes` a tutoring firm's WordPress page (folds 0–2)
// fell 0.944 → 0.210: Readability, no longer weighing class words, kept one section of it and the choice kept that.
// og:type=article with no `article:published_time` is a page's label: SEO plugins print the time on posts.
// Fixture: tests/fixtures/pages/service-hashed-cms-page (invented text, a page builder's shape, class names hashed).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, readabilityText } from '../../helpers/extraction-pages';

const published = (doc: Document) => {
  const m = doc.createElement('meta');
  m.setAttribute('property', 'article:published_time');
  m.setAttribute('content', '2022-08-30T12:00:41+00:00');
  doc.head.append(m);
  return doc;
};

describe("a page's headed sections beside Readability's block, its body class unreadable (undatedLabel)", () => {
  const sections = ['Why a tutor helps with chemistry', 'Atomic structure and bonding', 'Organic chemistry'];

  it('keeps the sections Readability left out before and after the one it kept', () => {
    const read = readabilityText(loadPage('service-hashed-cms-page'));
    for (const s of sections) expect(read).not.toContain(s);
    const text = offprintPage(loadPage('service-hashed-cms-page'))!.text;
    for (const s of sections) expect(text).toContain(s);
    expect(text).toContain('Students who are working towards an exam');
    expect(text).not.toMatch(/Become a tutor|All rights reserved|Log in/);
  });

  it("keeps Readability's block when the page prints a publication time (a post)", () => {
    const text = offprintPage(published(loadPage('service-hashed-cms-page')))!.text;
    expect(text).toContain('Students who are working towards an exam');
    for (const s of sections) expect(text).not.toContain(s);
  });

  it("reads session 43's WordPress page with its body class hashed and its <main> kept as the page", () => {
    const doc = loadPage('service-flatsome-sections');
    doc.body.className = 'c7f2a1 c09b3e';
    const text = offprintPage(doc)!.text;
    for (const s of ['Who we work for', 'Turf care', 'Hard surfaces']) expect(text).toContain(s);
    expect(text).not.toMatch(/Residential Lawn Care|14 Orchard Lane|All rights reserved/);
  });
});
