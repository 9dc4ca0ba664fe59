// @vitest-environment jsdom
// Service pages (session 60), from real pages of unseen builders (not committed; the fixtures are pages written in
// their shapes):
// - A form's status boxes: builders print what a form says once sent ("Thank you! Your submission has been
//   received!") and when sending fails in the page, hidden by their style sheet until a script shows one (Webflow's
//   `w-form-done` and `w-form-fail` after the `<form>`; Nicepage's `u-form-send-success`, the Bootstrap templates'
//   `sent-message` inside it). A cleaning firm's services page kept both lines after its call-to-action band's form
//   of buttons (removeFormStatus). Fixture tests/fixtures/pages/service-webflow-form-status.
// - A cookie notice answered by a button drawn as a box: Tilda's `t657` notice says "…файлы cookie…" and answers
//   with `<div class="t657__btn t-btn">Принимаю</div>` (no `<button>`, role or link; no class word names cookies),
//   kept at the end of a guest house's home page (removeConsentBanners' boxButtons, and answers in more languages).
//   Fixture tests/fixtures/pages/service-tilda-cookie-notice.
// - Tilda's record for narrow screens (`t-screenmax-980px`) beside the one for wider screens (`t-screenmin-980px`):
//   a law service's hero was said twice, its headline and its button (removeMobileCopies' narrow records, asked
//   however short). Fixture tests/fixtures/pages/service-tilda-screen-copies.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeClutter } from '@/utils/extraction/remove-clutter';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { perturbLandmarks } from '../../../scripts/lib/perturb-landmarks';

const STATUS = /submission has been received|Something went wrong/;

describe("a form's status boxes go (removeFormStatus)", () => {
  const SLUG = 'service-webflow-form-status';
  const LINES = [
    'Gutter clearing',
    'The boards behind the gutters are washed with soft brushes and purified water',
    'Ready for clear gutters before the autumn rain?',
    'Call us or book a visit online, and we will send a fixed price within a working day.',
  ];

  it("keeps the call to action's text and leaves out what its form says once sent", () => {
    const text = offprintPage(loadPage(SLUG))!.text;
    for (const line of LINES) expect(text).toContain(line);
    expect(text).not.toMatch(STATUS);
    expect(text).not.toMatch(/All rights reserved|Quick to book/);
  });

  it('does so with the landmarks gone (the class words are the structure here)', () => {
    const doc = loadPage(SLUG);
    perturbLandmarks(doc);
    const text = offprintPage(doc)!.text;
    for (const line of LINES) expect(text).toContain(line);
    expect(text).not.toMatch(STATUS);
  });

  it('removes status boxes of several builders in or after a form, and nothing that only sits near one', () => {
    const page = (form: string) =>
      parsePage(`<html><body><main><h1>Contact</h1><p>We answer within a day.</p>${form}</main></body></html>`);
    const cases = [
      // Webflow: after the form, in the same parent.
      '<div class="w-form"><form><a href="/c">Call us</a></form><div class="w-form-done"><div>Thank you! Your ' +
        'submission has been received!</div></div><div class="w-form-fail"><div>Oops! Something went wrong while ' +
        'submitting the form.</div></div></div>',
      // Nicepage: inside the form.
      '<form class="u-form"><input name="name"><div class="u-form-send-message u-form-send-success">Thank you! Your ' +
        'submission has been received!</div><div class="u-form-send-error u-form-send-message">Something went ' +
        'wrong, please try again.</div></form>',
      // A Bootstrap template (BootstrapMade): inside the form.
      '<form class="php-email-form"><textarea name="message"></textarea><div class="my-3"><div class="error-message">' +
        'Something went wrong.</div><div class="sent-message">Your submission has been received. Thank you!</div>' +
        '</div></form>',
    ];
    for (const form of cases) {
      const doc = page(form);
      removeClutter(doc);
      expect(doc.body.textContent).not.toMatch(STATUS);
      expect(doc.body.textContent).toContain('We answer within a day.');
    }
    // A word naming an outcome alone styles something else; a status-named box that does not follow the form
    // straight away stays.
    const kept = page(
      '<form><span class="text-success">In stock: ships today</span></form><p>Or write to us.</p>' +
        '<div class="success-message">Our success stories: 400 roofs cleaned this year.</div>',
    );
    removeClutter(kept);
    expect(kept.body.textContent).toContain('In stock: ships today');
    expect(kept.body.textContent).toContain('Our success stories');
  });
});

describe('a cookie notice whose answer is a box with a button class goes (removeConsentBanners)', () => {
  const SLUG = 'service-tilda-cookie-notice';

  it("removes Tilda's t657 notice from the page before extraction, and keeps the page's sections", () => {
    const doc = loadPage(SLUG);
    removeClutter(doc);
    expect(doc.body.textContent).not.toMatch(/cookie|Принимаю/);
    const text = offprintPage(loadPage(SLUG))!.text;
    expect(text).toContain('Ремонт после переезда');
    expect(text).toContain('и я предложу два-три ближайших свободных дня.');
    expect(text).not.toMatch(/cookie|Принимаю/);
  });

  it('does so with the classes hashed only when a class word still names a button', () => {
    const doc = loadPage(SLUG);
    perturbClasses(doc);
    removeClutter(doc);
    // Hashed class names say nothing of a button: the notice is no answer's box then (nothing else is taken).
    expect(doc.body.textContent).toContain('Ремонт после переезда');
  });

  it('reads answers in several languages from boxes named as buttons, and no other box', () => {
    const notice = (answer: string, cls = 'btn') =>
      parsePage(
        `<html><body><main><h1>Услуги</h1><p>Текст страницы о наших услугах.</p></main>` +
          `<div class="bar"><div class="bar-text">This site uses cookies to work.</div>` +
          `<div class="${cls}">${answer}</div></div></body></html>`,
      );
    for (const answer of ['Принимаю', 'Приймаю', 'Akceptuję', 'Přijmout vše', 'Kabul et', 'Accepteren']) {
      const doc = notice(answer);
      removeClutter(doc);
      expect(doc.body.textContent).not.toContain('cookies');
    }
    // A box that names no button, or a button box whose text is no answer, leaves the notice alone.
    for (const doc of [notice('Принимаю', 'bar-label'), notice('Read our policy')]) {
      removeClutter(doc);
      expect(doc.body.textContent).toContain('cookies');
    }
  });
});

describe("Tilda's record for narrow screens goes when the page says its lines again (removeMobileCopies)", () => {
  const SLUG = 'service-tilda-screen-copies';
  const LEAD = 'Приеду в удобный день, настрою инструмент по камертону';

  it("keeps the hero's lines once, and every section", () => {
    const text = offprintPage(loadPage(SLUG))!.text;
    expect(text.split(LEAD).length - 1).toBe(1);
    expect(text).not.toContain('Записаться');
    for (const line of ['Ремонт после переезда', 'Почему меня зовут снова', 'Как записаться'])
      expect(text).toContain(line);
  });

  it('keeps a narrow record whose lines the page does not say elsewhere', () => {
    const doc = parsePage(
      '<html><body><div class="t-records"><div class="r t-rec t-screenmin-980px"><h1>Настройка фортепиано</h1>' +
        '<p>Приеду в удобный день и настрою инструмент.</p></div><div class="r t-rec t-screenmax-980px">' +
        '<p>Только для телефонов: звоните по номеру на экране.</p></div></div></body></html>',
    );
    removeClutter(doc);
    expect(doc.body.textContent).toContain('Только для телефонов');
    const twin = parsePage(
      '<html><body><div class="t-records"><div class="r t-rec t-screenmin-980px"><h1>Настройка фортепиано</h1>' +
        '<p>Приеду в удобный день и настрою инструмент.</p></div><div class="r t-rec t-screenmax-980px">' +
        '<h2>Настройка фортепиано</h2><p>Приеду в удобный день и настрою инструмент.</p></div></div></body></html>',
    );
    removeClutter(twin);
    expect(twin.body.textContent!.split('Приеду в удобный день').length - 1).toBe(1);
  });
});
