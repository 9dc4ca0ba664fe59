// @vitest-environment jsdom
// Service pages in the shapes of site builders the development pages show on no site or one (session 35): Beaver
// Builder (bxSlider's testimonials), Webflow (an FAQ built from its dropdown component, whose list
// is a `<nav>`; a slider that hides each slide out of view and its content box), a Tailwind landing page (Radix's
// accordion, a marquee's copy) and Avada (the hAtom title, author and date it hides with its style sheet). Fixture
// pages: tests/fixtures/pages/service-beaver-builder, tests/fixtures/pages/service-webflow-faq-slider,
// tests/fixtures/pages/service-tailwind-landing, tests/fixtures/pages/service-avada-snippets.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { measureText } from '@/utils/extraction/clutter-guard';
import { isHiddenSlide, openSlide } from '@/utils/extraction/hidden-slide';
import { asTextBox, isProseNav } from '@/utils/extraction/prose-nav';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('a Beaver Builder service page (service-beaver-builder)', () => {
  it('loses the slides out of view in vanilla Readability', () => {
    const vanilla = readabilityText(loadPage('service-beaver-builder'));
    expect(vanilla).not.toContain('Our tankless unit threw an error code');
  });
  it('keeps its title, its tabs, its FAQ answers and every testimonial once', () => {
    const text = offprintPage(loadPage('service-beaver-builder'))!.text;
    expect(count(text, 'Our tankless unit threw an error code')).toBe(1);
    expect(count(text, 'They replaced our forty-gallon tank')).toBe(1);
    expect(text).toContain('Rust in the water');
    expect(text).toContain('Replacement estimates are free');
    expect(text).not.toMatch(/555-0199|Drain Cleaning|All rights reserved|2211 SE Division/);
  });
});

describe('a Webflow service page (service-webflow-faq-slider)', () => {
  it('keeps its FAQ answers in vanilla Readability, which the clutter pass dropped as navigation', () => {
    const vanilla = readabilityText(loadPage('service-webflow-faq-slider'));
    expect(vanilla).toContain('Where you have no entity');
    expect(vanilla).not.toContain('Luis Carvalho');
  });
  it('keeps every answer and every slide, not the menus', () => {
    const text = offprintPage(loadPage('service-webflow-faq-slider'))!.text;
    expect(text).toContain('Where you have no entity, our own entity employs');
    expect(text).toContain('Most companies run their first payroll within a week');
    for (const name of ['Hannah Obi', 'Luis Carvalho', 'Mieke de Vries']) expect(count(text, name)).toBe(1);
    expect(text).toContain('Reports your accountant wants');
    expect(text).not.toMatch(/Employer of Record|Log in|Careers|All rights reserved/);
  });
});

describe('a Tailwind landing page (service-tailwind-landing)', () => {
  it('keeps its sections, pricing and FAQ answers, not the bars and buttons', () => {
    const text = offprintPage(loadPage('service-tailwind-landing'))!.text;
    expect(text).toContain('Flags are evaluated in memory by the SDK');
    expect(text).toContain('relay proxy');
    expect(text).toContain('Single sign-on, audit logs and a dedicated engineer.');
    expect(count(text, 'Transistor')).toBeLessThanOrEqual(1);
    expect(text).not.toMatch(/Launch Week 4|Log in|Changelog|All rights reserved|Buy plan/);
  });
});

describe('an Avada service page (service-avada-snippets)', () => {
  it('keeps the theme’s hidden date in vanilla Readability (its author becomes the byline)', () => {
    const vanilla = readabilityText(loadPage('service-avada-snippets'));
    expect(vanilla).toContain('2024-03-11T09:42:17+00:00');
  });
  it('leaves them out, the sections kept', () => {
    const text = offprintPage(loadPage('service-avada-snippets'))!.text;
    expect(text).not.toContain('2024-03-11T09:42:17');
    expect(text).not.toMatch(/\badmin\b/);
    expect(text).toContain('Every cleaner passes a DBS check');
    expect(text).toContain('Tom Adeyemi');
    expect(text).not.toMatch(/0161 555 0142|Trafford Park|This website uses cookies/);
  });
});

describe('isHiddenSlide', () => {
  const page = (slides: string) => parsePage(`<body><div class="carousel-track">${slides}</div></body>`);
  it('is a hidden slide beside a shown one of its first class word', () => {
    const doc = page(
      '<div class="slide is-active">We hired our first engineers abroad.</div>' +
        '<div id="b" class="slide" aria-hidden="true">Our accountant stopped asking.</div>',
    );
    measureText(doc.body);
    expect(isHiddenSlide(doc.getElementById('b')!)).toBe(true);
  });
  it('is not a copy of a slide (same text), a carousel’s clone, a lone hidden box or a menu’s panel', () => {
    const doc = page(
      '<div class="quote">The best to-do list app</div>' +
        '<div id="copy" class="quote" aria-hidden="true">The best to-do list app</div>' +
        '<div id="clone" class="quote slick-cloned" aria-hidden="true">Nothing short of stellar</div>' +
        '<div id="other" class="note" aria-hidden="true">A note only a script shows.</div>' +
        '<div id="menu" class="quote submenu" aria-hidden="true">Pricing and plans</div>',
    );
    measureText(doc.body);
    for (const id of ['copy', 'clone', 'other', 'menu']) expect(isHiddenSlide(doc.getElementById(id)!)).toBe(false);
  });
  it('opens with the content box the script hid inside it, not an icon', () => {
    const doc = page(
      '<div id="s" class="slide" aria-hidden="true"><div id="c" aria-hidden="true">A long quote from a client.</div>' +
        '<i id="i" aria-hidden="true">→</i></div>',
    );
    openSlide(doc.getElementById('s')!);
    expect(['s', 'c', 'i'].map((id) => doc.getElementById(id)!.hasAttribute('aria-hidden'))).toEqual([
      false,
      false,
      true,
    ]);
  });
});

describe('isProseNav', () => {
  it('is a `<nav>` holding a sentence and few links, outside a header or menu', () => {
    const doc = parsePage(
      '<body><main><nav id="a" class="w-dropdown-list"><p>No. Where you have no entity, our own entity employs ' +
        'your team member on your behalf.</p></nav><nav id="b"><a href="/a">Payroll</a> <a href="/b">Employer of ' +
        'Record</a> <a href="/c">Contractors</a> <a href="/d">Pricing for teams of every size</a></nav>' +
        '<nav id="c" role="navigation"><p>No. Where you have no entity, our own entity employs your member.</p></nav>' +
        '</main><header><nav id="d"><p>Open every day of the week from seven until late at night.</p></nav></header>' +
        '</body>',
    );
    measureText(doc.body);
    expect(['a', 'b', 'c', 'd'].map((id) => isProseNav(doc.getElementById(id)!))).toEqual([true, false, false, false]);
    const box = asTextBox(doc.getElementById('a')!);
    expect([box.tagName, box.className, box.textContent]).toEqual([
      'DIV',
      'w-dropdown-list',
      'No. Where you have no entity, our own entity employs your team member on your behalf.',
    ]);
  });
});
