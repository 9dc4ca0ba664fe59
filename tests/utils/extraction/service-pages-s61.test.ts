// @vitest-environment jsdom
// Service pages (session 61), from real pages of unseen builders (not committed; the fixtures are pages written in
// their shapes):
// - An accordion's questions in a box whose class says "header": Tilda prints each question of its `t668` FAQ as
//   `<div class="t668__header"><div class="t668__title">` above the `t668__content` panel of its answer, and
//   Readability drops any box whose class says header: the answers stayed and every question went (session 59's bike
//   repairer's FAQ, fixture service-tilda-icon-rows, and real Tilda FAQ pages). Kadence's `kt-accordion-header-wrap`
//   and Bootstrap 4's `card-header` are the same shape (unmarkDisclosureHeaders). Fixture
//   tests/fixtures/pages/service-tilda-faq-accordion.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeClutter } from '@/utils/extraction/remove-clutter';
import { perturbLandmarks } from '../../../scripts/lib/perturb-landmarks';

describe("an accordion's questions in a header box are kept (unmarkDisclosureHeaders)", () => {
  const SLUG = 'service-tilda-faq-accordion';
  const QUESTIONS = [
    'Muss ich beim Termin zu Hause sein?',
    'Wie oft muss ein Kamin gekehrt werden?',
    'Was kostet eine Kehrung?',
    'Macht das Kehren Schmutz in der Wohnung?',
    'Stellen Sie auch Bescheinigungen für den Vermieter aus?',
  ];
  const ANSWER = 'Die Kehrung eines Schornsteins kostet 58 Euro';

  it('keeps every question above its answer', () => {
    const text = offprintPage(loadPage(SLUG))!.text;
    for (const q of QUESTIONS) expect(text).toContain(q);
    expect(text.indexOf('Was kostet eine Kehrung?')).toBeLessThan(text.indexOf(ANSWER));
    expect(text).toContain('Ihre Frage war nicht dabei?');
    expect(text).not.toMatch(/Impressum|Made on|USt-IdNr/);
  });

  it('does so with the landmarks gone', () => {
    const doc = loadPage(SLUG);
    perturbLandmarks(doc);
    const text = offprintPage(doc)!.text;
    for (const q of QUESTIONS) expect(text).toContain(q);
  });

  const page = (inner: string) =>
    parsePage(`<html><body><div class="page"><p>We answer the questions we hear most.</p>${inner}</div></body></html>`);
  const classOf = (doc: Document, sel: string) => doc.querySelector(sel)!.getAttribute('class');

  it("unmarks the header boxes of Tilda's, Kadence's and Bootstrap's accordions", () => {
    const tilda = page(
      '<div class="t668"><div class="t668__accordion"><div class="t668__wrapper" id="t"><div class="t668__header">' +
        '<div class="t668__title t-name">Do you sweep on Saturdays?</div><div class="t668__icon"></div></div><div ' +
        'class="t668__content"><div class="t668__text">Yes, from eight until noon.</div></div></div></div></div>',
    );
    removeClutter(tilda);
    expect(classOf(tilda, '#t > div')).toBe('');
    const kadence = page(
      '<div class="kt-accordion-pane kt-accordion-pane-1" id="k"><div class="kt-accordion-header-wrap"><button ' +
        'class="kt-blocks-accordion-header kt-acccordion-button-label-show" aria-expanded="false"><span ' +
        'class="kt-blocks-accordion-title">Can I pay in instalments?</span></button></div><div ' +
        'class="kt-accordion-panel"><div class="kt-accordion-panel-inner"><p>Over twelve months, with no interest.' +
        '</p></div></div></div>',
    );
    removeClutter(kadence);
    expect(classOf(kadence, '#k > div')).toBe('');
    expect(kadence.querySelector('#k span')!.closest('[class*=header]')).toBeNull();
    const bootstrap = page(
      '<div class="card" id="b"><div class="card-header" id="headingOne"><h5 class="mb-0"><button class="btn ' +
        'btn-link" data-toggle="collapse" data-target="#c1" aria-controls="c1">Do you fit boilers we bought?</button>' +
        '</h5></div><div id="c1" class="collapse"><div class="card-body">Yes, if it is new.</div></div></div>',
    );
    removeClutter(bootstrap);
    expect(classOf(bootstrap, '#b > div')).toBe('');
  });

  it("leaves a site header, a comment section's header and a band's header as they were", () => {
    const site = page(
      '<div id="s"><div class="site-header"><a href="/">Harbour Plumbing</a> Call 0117 496 0000</div>' +
        '<div class="site-content"><p>Leaks fixed the same day.</p></div></div>',
    );
    removeClutter(site);
    expect(site.querySelector('#s > div')!.getAttribute('class')).toBe('site-header');
    const comments = page(
      '<div id="c"><div class="comments-header" aria-expanded="true">3 comments</div><div class="comments-body">' +
        '<p>Great work.</p></div></div>',
    );
    removeClutter(comments);
    expect(comments.querySelector('#c > div')!.getAttribute('class')).toBe('comments-header');
    const band = page(
      '<div id="b"><div class="section-header">Our services</div><div class="section-content"><p>Boilers.</p></div>' +
        '<div class="section-content"><p>Drains.</p></div></div>',
    );
    removeClutter(band);
    expect(band.querySelector('#b > div')!.getAttribute('class')).toBe('section-header');
    // A pricing card's header and a section's header above one body: the same two boxes, no disclosure named.
    const cards = page(
      '<div class="card" id="p"><div class="card__header">Try for free</div><div class="card__body"><p>Up to 500 ' +
        'contacts.</p></div></div><div class="row" id="r"><div class="row section-header">Our services</div>' +
        '<div class="row section-body"><p>Boilers and drains.</p></div></div>',
    );
    removeClutter(cards);
    expect(cards.querySelector('#p > div')!.getAttribute('class')).toBe('card__header');
    expect(cards.querySelector('#r > div')!.getAttribute('class')).toBe('row section-header');
    // A toggle that opens a box elsewhere (a tooltip) does not make its header a disclosure's.
    const tip = page(
      '<div id="t"><div class="plan-header"><button aria-controls="tip1">Save 15%</button></div><div ' +
        'class="plan-body"><p>Billed yearly.</p></div></div><div id="tip1">On plans of 10,000 contacts.</div>',
    );
    removeClutter(tip);
    expect(tip.querySelector('#t > div')!.getAttribute('class')).toBe('plan-header');
  });
});
