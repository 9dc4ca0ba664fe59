// @vitest-environment jsdom
// Service pages built from a CMS's components. Adobe Experience Manager names every component `cmp-…`
// ("cmp-text", "cmp-teaser", "cmp-container"), which the consent rule read as a consent manager's box:
// every short component went, and what was left was the real consent box. A page whose sections sit in a box
// named for a sticky nav (its scroll-spy) lost them all as a bar. A page labelled og:type=website whose
// introduction runs to three paragraphs kept Readability's introduction. Fixture pages:
// tests/fixtures/pages/{service-aem-components,service-sticky-nav-wrapper,service-website-prose,service-picture-grid}.
// Feature icons and testimonials are picture boxes in a grid: their text is content, not captions.
// An accordion whose answers sit in boxes named "dropdown" (Squarespace's accordion block) keeps its questions and
// answers: tests/fixtures/pages/service-squarespace-accordion.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { CONSENT_CLASS } from '@/utils/extraction/clutter-text';
import { cleanRegion, isChrome, mainRegion, visibleChars } from '@/utils/extraction/extract-region';
import { measureText } from '@/utils/extraction/clutter-guard';
import { removeDropdownMenus } from '@/utils/extraction/dropdown-menu';
import { takeCensus } from '@/utils/extraction/page-census';

const URL_ = 'http://fakehost/test/page.html';
const load = (slug: string) =>
  new JSDOM(fs.readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8'), { url: URL_ }).window.document;
const source = (slug: string) => fs.readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8');
const parse = (html: string) => new JSDOM(html, { url: URL_ }).window.document;
const offprint = (doc: Document) => {
  const core = extractArticle(doc, URL_);
  return core ? articleText(core.contentHtml, doc).textContent : null;
};

describe('a service page made of Adobe Experience Manager components', () => {
  it('keeps the components and leaves the consent box out', () => {
    const text = offprint(load('service-aem-components'))!;
    expect(text).toContain('Stop a breach fast');
    expect(text).toContain('Breach readiness assessment');
    expect(text).toContain('Reports your board and your insurer can read');
    expect(text).not.toContain('We value your privacy');
  });
});

describe('CONSENT_CLASS', () => {
  it.each(['cookie-banner', 'consent-box', 'gdpr', 'qc-cmp2-container', 'qc-cmp-persistent-link', 'cmpbox', 'cmp'])(
    'names a consent box: %s',
    (words) => expect(CONSENT_CLASS.test(words)).toBe(true),
  );
  it.each(['cmp-text', 'cmp-teaser__title', 'cmp-container responsivegrid', 'cmp-title__text', 'compare-plans'])(
    'does not name a component: %s',
    (words) => expect(CONSENT_CLASS.test(words)).toBe(false),
  );
});

describe('a service page whose sections sit in a sticky nav’s box', () => {
  it('keeps every section, not only the hero', () => {
    const text = offprint(load('service-sticky-nav-wrapper'))!;
    expect(text).toContain('Send messages between services');
    expect(text).toContain('Dead-letter queues for poison messages');
    expect(text).toContain('Is there a message size limit?');
    expect(text).not.toMatch(/^Overview$/m);
  });
  it('reads a nav box holding half of the region as a wrapper, a small one as chrome', () => {
    const doc = load('service-sticky-nav-wrapper');
    measureText(doc.body);
    const main = mainRegion(doc.body);
    const total = visibleChars(main);
    expect(isChrome(doc.querySelector('.secondary-sticky-nav')!, false, total)).toBe(false);
    expect(isChrome(doc.querySelector('.scrollspy-nav')!, false, total)).toBe(true);
    // Without the region's size (outside the region copy) the class words decide, as before.
    expect(isChrome(doc.querySelector('.secondary-sticky-nav')!, false)).toBe(true);
    expect(cleanRegion(main, doc).textContent).toContain('Simple pricing');
  });
  it('keeps a consent box that holds half of the region as chrome', () => {
    const doc = new JSDOM(
      '<body><main><p>Short page.</p><div class="consent-nav"><p>' +
        'We and our partners store cookies. '.repeat(10) +
        '</p></div></main></body>',
    ).window.document;
    measureText(doc.body);
    const main = doc.querySelector('main')!;
    expect(isChrome(doc.querySelector('.consent-nav')!, false, visibleChars(main))).toBe(true);
  });
});

describe('a service page labelled og:type=website whose introduction runs to three paragraphs', () => {
  const page = source('service-website-prose');
  it('keeps every section (the region), not Readability’s introduction', () => {
    const text = offprint(parse(page))!;
    expect(text).toContain('A leak over a warehouse floor');
    expect(text).toContain('Blistered or alligatored built-up roofs');
    expect(text).toContain('Flashing rebuild around a unit');
    expect(text).toContain('Roof survey with infrared moisture scan');
  });
  // Without its closing FAQ, which Readability also takes (its block is then a pick of sections: skipsSections),
  // the sections all stand after Readability's introduction.
  const noFaq = page.replace(
    /<div class="container"><div class="row"><section class="col faq">[\s\S]*?<\/section><\/div><\/div>/,
    '',
  );
  it('keeps Readability’s article when the page says og:type=article (a news page’s label)', () => {
    const text = offprint(parse(noFaq.replace('content="website"', 'content="article"')))!;
    expect(text).toContain('A leak over a warehouse floor');
    expect(text).not.toContain('Flashing rebuild around a unit');
  });
  it('keeps Readability’s article when the page declares a product (a shop’s region keeps its cart lines)', () => {
    const product = '<script type="application/ld+json">{"@type": "Product", "name": "Roof repair"}</script>';
    const text = offprint(parse(noFaq.replace('</head>', `${product}</head>`)))!;
    expect(text).not.toContain('Flashing rebuild around a unit');
  });
  it('keeps every section under og:type=article when Readability took the introduction and the FAQ', () => {
    const text = offprint(parse(page.replace('content="website"', 'content="article"')))!;
    expect(text).toContain('Flashing rebuild around a unit');
    expect(text).toContain('Do you handle insurance claims?');
  });
});

describe('a service page whose features and testimonials are pictures with text', () => {
  it('keeps the text of a grid of pictures and leaves a photo’s caption in the flow out', () => {
    const text = offprint(load('service-picture-grid'))!;
    expect(text).toContain('Tickets go to the agent with the right skills');
    expect(text).toContain('Shared inbox');
    expect(text).toContain('We used to lose requests between three mailboxes');
    expect(text).toContain('Omar Reyes');
    expect(text).toContain('Within two weeks of moving to Tidewater');
    expect(text).not.toContain('The Larkspur support team in their Leeds office');
  });
});

describe('an accordion whose answers sit in boxes named "dropdown" (service-squarespace-accordion)', () => {
  it('keeps each question and its answer', () => {
    const text = offprint(load('service-squarespace-accordion'))!;
    expect(text).toContain('Do you work outside Portland?');
    expect(text).toContain('We work within 40 miles of downtown Portland');
    expect(text).toContain('How far ahead should I book?');
    expect(text).toContain('Spring fills up by February');
    expect(text).not.toContain('Book a consultation');
  });
  it('leaves an accordion’s folds to the dropdown rule’s menus alone, and still removes a menu', () => {
    const doc = parse(
      '<body><h3><button class="accordion-item__click-target" aria-controls="a1" aria-expanded="false">' +
        'Do you ship abroad?</button></h3>' +
        '<div class="accordion-item__dropdown" role="region" id="a1"><p>To 30 countries.</p></div>' +
        '<button class="faq-toggle" aria-controls="a2">Is it safe?</button>' +
        '<div class="faq-dropdown" id="a2"><p>Yes, tested.</p></div>' +
        '<button class="topics-toggle" aria-controls="m1">Topics ▾</button>' +
        '<div class="topics-dropdown" id="m1"><a href="/a">Alpha</a></div>' +
        '<button class="nav-toggle" aria-controls="n1">Women ▾</button>' +
        '<div class="nav_dropdown" role="region" id="n1"><a href="/w">Dresses</a></div>' +
        '<p>A paragraph of the page, longer than every box above together, so that none holds half of it.</p></body>',
    );
    removeDropdownMenus(takeCensus(doc.body));
    expect(doc.getElementById('a1')).not.toBeNull();
    expect(doc.getElementById('a2')).not.toBeNull();
    expect(doc.body.textContent).toContain('Do you ship abroad?');
    expect(doc.getElementById('m1')).toBeNull();
    // A shop's menu that calls itself a region is still a menu.
    expect(doc.getElementById('n1')).toBeNull();
    expect(doc.body.textContent).not.toContain('Topics ▾');
  });
});
