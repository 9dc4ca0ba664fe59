// @vitest-environment jsdom
// Folded panels (tabs, accordion bodies, FAQ answers) are hidden until a click but are the page's
// content: the clutter pass opens them instead of removing them; hidden menus and modals still go.
// Fixture page: tests/fixtures/pages/folded-panels.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { isFoldedPanel } from '@/utils/extraction/folded-panel';

const URL_ = 'http://fakehost/test/page.html';
const load = () =>
  new JSDOM(fs.readFileSync('tests/fixtures/pages/folded-panels/source.html', 'utf8'), { url: URL_ }).window.document;
const PANELS = [
  'Drivers are covered for damage to their own car',
  'Other road users, cyclists and pedestrians are covered',
  'Make sure everyone is safe, call the emergency services',
  'the line called insurance and safety on your receipt',
];

describe('folded panels', () => {
  it('are lost by vanilla Readability (hidden)', () => {
    const text = new Readability(load()).parse()?.textContent ?? '';
    expect(text).toContain('Passengers are covered for injuries');
    for (const p of PANELS) expect(text).not.toContain(p);
  });

  it('are kept by Offprint, without the hidden menu and the sign-up modal', () => {
    const doc = load();
    const { textContent } = articleText(extractArticle(doc, URL_)!.contentHtml, doc);
    for (const p of PANELS) expect(textContent).toContain(p);
    expect(textContent).toContain('Passengers are covered for injuries');
    expect(textContent.split('\n')).toContain('What do I do after an accident?');
    expect(textContent).not.toMatch(/Drive with us|Careers|ten euros off/);
  });

  it('leave out a decorative figure whose class happens to name an accordion (a drawn form, aria-hidden)', () => {
    const doc = load();
    const { textContent } = articleText(extractArticle(doc, URL_)!.contentHtml, doc);
    expect(textContent).toContain('Passengers are covered for injuries');
    expect(textContent).not.toMatch(/Policy number|What happened on your trip|Send my claim/);
  });

  it('are told from menus and modals by role and class words', () => {
    const el = (html: string) => new JSDOM(html).window.document.body.firstElementChild!;
    expect(isFoldedPanel(el('<div role="tabpanel" hidden>x</div>'))).toBe(true);
    expect(isFoldedPanel(el('<div class="accordion-body" aria-hidden="true">x</div>'))).toBe(true);
    expect(isFoldedPanel(el('<div class="faq-answer" hidden>x</div>'))).toBe(true);
    expect(isFoldedPanel(el('<div class="navbar-collapse collapse" aria-hidden="true">x</div>'))).toBe(false);
    expect(isFoldedPanel(el('<div class="modal" hidden>x</div>'))).toBe(false);
    expect(isFoldedPanel(el('<div class="offscreen-menu" aria-hidden="true">x</div>'))).toBe(false);
    expect(isFoldedPanel(el('<figure class="PaymentAccordionGraphic" aria-hidden="true">x</figure>'))).toBe(false);
  });
});
