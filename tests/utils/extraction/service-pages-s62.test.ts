// @vitest-environment jsdom
// Service pages (session 62), from real contact pages of unseen sites (not committed; the fixtures are pages written
// in their shapes):
// - A contact page's details beside its form: the sign-up rule climbed from the quote form to the card that holds the
//   details too, under its 500 characters, and took "Phone: / Email: / Location:" with the form (holdsContactsBeside).
//   Fixture tests/fixtures/pages/service-contact-card-form.
// - Session 64: the pitch box read by its form where its names are hashed (asksEmailOnly): a form that asks for an
//   e-mail address alone is a sign-up's. Fixture tests/fixtures/pages/article-hashed-trial-box.
// - The details under their own heading and a lead line: the tail trim read them as the site's footer (contactTail).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeClutter } from '@/utils/extraction/remove-clutter';
import { widgetRoot } from '@/utils/extraction/clutter-guard';
import { holdsContactsBeside } from '@/utils/extraction/form-contacts';
import { removeContactTail } from '@/utils/extraction/contact-tail';

describe("a contact page's details beside its form are kept (holdsContactsBeside)", () => {
  const SLUG = 'service-contact-card-form';

  it('keeps the details and drops the form', () => {
    const text = offprintPage(loadPage(SLUG))!.text;
    expect(text).toContain('Unit 4, Hookstone Park, Harrogate');
    expect(text).toContain('01423 555 0192');
    expect(text).toContain('quotes@kestrel-gutters.example');
    expect(text).toContain("Let's clear those gutters");
    expect(text).not.toMatch(/Send Request|Tell us about the job|All rights reserved/);
  });

  const card = (details: string) =>
    parsePage(
      '<html><body><h1>Contact</h1><div id="card"><div class="left">' +
        details +
        '</div><div class="right" id="right"><h3>Get your quote</h3><form id="f"><input type="text" name="name">' +
        '<input type="email" name="email"><textarea name="job"></textarea><button>Send</button></form></div></div>' +
        '<p>We clean gutters, fascias and soffits across the county, all ' +
        'year round.</p></body></html>',
    );

  it("stops the form's root below a box whose other part holds a phone number, an e-mail or a contact link", () => {
    for (const details of [
      '<span>Call / WhatsApp</span><span>075 001 4548</span>',
      '<div>Email us</div><div>hello@roofline.example</div>',
      '<p>Ring <a href="tel:+441134960000">the yard</a></p>',
    ]) {
      const doc = card(details);
      expect(widgetRoot(doc.getElementById('f')!, 500, [], holdsContactsBeside).id).toBe('right');
      removeClutter(doc);
      expect(doc.getElementById('right')).toBeNull();
      expect(doc.getElementById('card')!.textContent).toContain(details.replace(/<[^>]+>/g, '').slice(0, 8));
    }
  });

  it('climbs as before past a box of other words (a sign-up box beside its pitch)', () => {
    const doc = card('<p>Tips for a dry winter, once a month.</p>');
    expect(widgetRoot(doc.getElementById('f')!, 500, [], holdsContactsBeside).id).toBe('card');
    // Dates, prices and short numbers are no phone numbers.
    const dated = card('<p>Offer ends 2026-03-01: 20 % off, from £40.</p>');
    expect(widgetRoot(dated.getElementById('f')!, 500, [], holdsContactsBeside).id).toBe('card');
  });

  it("climbs through a box named as a pitch: its phone line is the call to action's (an article's trial box)", () => {
    const doc = parsePage(
      '<html><body><h1>How to price a job</h1><p>Add up your costs first, then your margin, then the fees.</p>' +
        '<div class="block-cta" id="cta"><div class="block-cta-wrapper" id="wrap"><h5>Get in touch: <a ' +
        'href="tel:858-555-0146">858-555-0146</a></h5><h2>Let us earn your trust</h2><div id="right"><form id="f">' +
        '<input type="email" name="email"><button>Start free trial</button></form></div></div></div>' +
        '<p>Then review your rates every quarter.</p></body></html>',
    );
    expect(widgetRoot(doc.getElementById('f')!, 500, [], holdsContactsBeside).id).toBe('cta');
    removeClutter(doc);
    expect(doc.body.textContent).not.toMatch(/Get in touch|earn your trust/);
    expect(doc.body.textContent).toContain('review your rates');
  });

  // Session 64: with class words hashed (`--perturb classes`) the name says nothing; the form does.
  const hashedPitch = (fields: string) =>
    parsePage(
      '<html><body><h1>How to price a job</h1><p>Add up your costs first, then your margin, then the fees.</p>' +
        '<div class="qzkvjx" id="cta"><div class="vwjgkq" id="wrap"><h5>Get in touch: <a ' +
        'href="tel:858-555-0146">858-555-0146</a></h5><h2>Let us earn your trust</h2><div id="right"><form id="f">' +
        `${fields}<input type="hidden" name="src" value="blog"><input type="checkbox" name="terms">` +
        '<button>Start free trial</button></form></div></div></div><p>Then review your rates every quarter.</p>' +
        '</body></html>',
    );

  it('climbs through a box whose form asks for an e-mail address alone, whatever its names (asksEmailOnly)', () => {
    for (const field of ['<input type="email" name="q1">', '<input name="work_email">']) {
      const doc = hashedPitch(field);
      expect(widgetRoot(doc.getElementById('f')!, 500, [], holdsContactsBeside).id).toBe('cta');
      removeClutter(doc);
      expect(doc.body.textContent).not.toMatch(/Get in touch|earn your trust/);
      expect(doc.body.textContent).toContain('review your rates');
    }
  });

  it("drops an article's trial box whose names are hashed (fixture article-hashed-trial-box)", () => {
    const text = offprintPage(loadPage('article-hashed-trial-box'))!.text;
    expect(text).not.toMatch(/Get in touch|415-555-0183|earn your trust|Start Free Trial/);
    expect(text).toContain('Write the figure down and keep it beside the phone.');
    expect(text).toContain('Add a minimum charge');
  });

  it('stops below it where the form asks for more: a name, a phone, a message', () => {
    for (const fields of [
      '<input type="email" name="email"><textarea name="message"></textarea>',
      '<input type="text" name="name"><input type="email" name="email">',
      '<input type="tel" name="phone">',
    ]) {
      const doc = hashedPitch(fields);
      expect(widgetRoot(doc.getElementById('f')!, 500, [], holdsContactsBeside).id).toBe('right');
    }
  });
});

describe('the details under their own heading and a lead line are no footer (contactTail)', () => {
  const tailed = (html: string) => {
    const doc = parsePage(`<div id="root">${html}</div>`);
    const root = doc.getElementById('root')!;
    return { removed: removeContactTail(root), text: root.textContent ?? '' };
  };
  const prose =
    '<p>We clear, repair and replace gutters, downpipes, fascias and soffits on homes and small businesses, and ' +
    'we send photos of the work before we leave.</p>';

  it('keeps a contact section whose heading stands above a lead line, in one box', () => {
    const { removed, text } = tailed(
      `${prose}<div class="contacting"><h2>Reach us</h2><p>Location: 2 Mill Lane, Thornbury, Bristol, South ` +
        'Gloucestershire</p><p>Email: info@roofline.example</p><p>Phone: +44 117 496 0321</p></div>',
    );
    expect(removed).toBe(false);
    expect(text).toContain('+44 117 496 0321');
    const lead = tailed(
      `${prose}<div class="contact-info"><h2>Let's clear those gutters</h2><p>Call, message or write to us ` +
        'about any roofline work.</p><div>Phone:</div><div>0117 496 0321</div><div>Email:</div>' +
        '<div>info@roofline.example</div></div>',
    );
    expect(lead.removed).toBe(false);
  });

  it("still drops the site's address block after the page's last section", () => {
    const footer =
      '<div class="foot"><p>Roofline Bristol Ltd</p><p>Email: info@roofline.example</p>' +
      '<p>Phone: +44 117 496 0321</p></div>';
    // The last section in a box of its own, the footer after it; and both printed flat in one box.
    for (const html of [
      `<div class="s"><h2>Our work</h2>${prose}</div>${footer}`,
      `<h2>Our work</h2>${prose}${footer}`,
    ]) {
      const { removed, text } = tailed(`<p>Gutters cleared the same week, all year round.</p>${html}`);
      expect(removed).toBe(true);
      expect(text).not.toContain('+44 117 496 0321');
      expect(text).toContain('photos of the work');
    }
  });
});
