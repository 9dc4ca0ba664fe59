// @vitest-environment jsdom
// Service pages (session 55): a CMS page of sections that declares no article at all (no SEO plugin: no og:type, no
// schema.org type), whose FAQ's answers are the section with the most paragraphs. Readability keeps the FAQ; its
// answers read as an article's prose (three paragraphs and more), so the region, under twice the FAQ's words, was held
// to an article's ratio and lost. The pick of headed sections (picksHeadedSections) was asked only under
// og:type=article; it is asked here too, on a CMS page with its <main> or a page printing no landmark.
// Fixture page: tests/fixtures/pages/service-elementor-faq-pick (Elementor on the Hello theme, no SEO plugin).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, readabilityText } from '../../helpers/extraction-pages';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { perturbLandmarks } from '../../../scripts/lib/perturb-landmarks';

const SLUG = 'service-elementor-faq-pick';
const sections = ['Annual sweeps', 'Camera inspections', 'Crowns and flashing'];
const faq = 'Creosote is the tar that condenses on the cool walls of a flue';

describe('a pick of headed sections on a page that declares no article (picksHeadedSections)', () => {
  it('Readability keeps the FAQ alone', () => {
    const read = readabilityText(loadPage(SLUG));
    expect(read).toContain(faq);
    for (const s of sections) expect(read).not.toContain(s);
  });

  it('keeps the sections before the FAQ, and the chrome out', () => {
    const text = offprintPage(loadPage(SLUG))!.text;
    for (const s of [...sections, 'Questions we are often asked', 'A clean flue, checked top to bottom']) {
      expect(text).toContain(s);
    }
    expect(text).toContain(faq);
    expect(text).not.toMatch(/Relining|27 Quarry Street|Chimney care for the Ashford valley/);
  });

  it('keeps them on the same page printing no landmark, its classes hashed', () => {
    const doc = loadPage(SLUG);
    perturbClasses(doc);
    perturbLandmarks(doc);
    const text = offprintPage(doc)!.text;
    for (const s of sections) expect(text).toContain(s);
    expect(text).toContain(faq);
    expect(text).not.toMatch(/Relining|27 Quarry Street/);
  });

  it("keeps the FAQ alone on a WordPress post's body class (a post's sidebar has headed sections too)", () => {
    const doc = loadPage(SLUG);
    doc.body.className = 'post-template-default single single-post postid-118 single-format-standard';
    const text = offprintPage(doc)!.text;
    expect(text).toContain(faq);
    for (const s of sections) expect(text).not.toContain(s);
  });

  it('keeps the FAQ alone with marks of comments in the page (a blog post and its comments)', () => {
    const doc = loadPage(SLUG);
    const comment = (name: string, day: string, said: string) =>
      `<li class="comment"><article class="comment-body"><footer class="comment-meta">` +
      `<div class="comment-author vcard"><b class="fn">${name}</b> <span class="says">says:</span></div>` +
      `<div class="comment-metadata"><time datetime="2026-05-0${day}">May ${day}, 2026</time></div></footer>` +
      `<div class="comment-content"><p>${said}</p></div></article></li>`;
    doc
      .getElementById('content')!
      .insertAdjacentHTML(
        'beforeend',
        `<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on this page</h2>` +
          `<ol class="comment-list">` +
          comment('Dana', '2', 'Our stove drew much better after the relining, thank you.') +
          `${comment('Priya', '4', 'The camera report showed two cracked tiles we never knew about.')}</ol></div>`,
      );
    const text = offprintPage(doc)!.text;
    expect(text).toContain(faq);
    for (const s of sections) expect(text).not.toContain(s);
  });
});
