// Session 70 (s70-service35): a contact page built with Bricks prints its invitation beside its quote form, in one
// block: a heading, a sentence giving the office's phone number and e-mail address ("Call our office at … or write to
// … at any time of the day …"), and the form. The sign-up rule climbed from the form to the block (under its 500
// characters, no two paragraphs of prose) and took the heading and the sentence with it: holdsContactsBeside read
// only short lines for a phone number or an e-mail address. A sentence that gives one now stops the climb too.
// Fixture tests/fixtures/pages/service-bricks-contact-form.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeClutter, CLUTTER_RULES } from '@/utils/extraction/remove-clutter';

describe("a contact sentence beside a quote form (holdsContactsBeside's sentences)", () => {
  it("keeps the block's heading and the sentence that gives the phone number and the address", () => {
    const text = offprintPage(loadPage('service-bricks-contact-form'))!.text;
    expect(text).toContain('We Answer Within a Day\nCall our office at (503) 555-0147 or write to hello@aldercreek');
    expect(text).toContain('Tell us about your roof and we will book a visit in the same week.');
    expect(text).not.toMatch(/Your Email|Send|Get a quote|All rights reserved/);
  });

  const FORM =
    '<form><label>Name:</label><input type="text" name="n"><label>Email:</label><input type="email" name="e">' +
    '<label>Message</label><textarea name="m"></textarea><button type="submit">Send</button></form>';

  /** The block's text left after the sign-up rule alone, the block holding `text` beside `form`. */
  const left = (text: string, form = FORM) => {
    const doc = parsePage(
      `<html><body><main><h1>Contact</h1><div id="box"><h2>Write to Us</h2><div>${text}</div>${form}</div>` +
        '<p>Other text of the page, long enough to be a page of its own beside the small block above.</p>' +
        '</main></body></html>',
    );
    removeClutter(doc, { removeSignupForms: CLUTTER_RULES.removeSignupForms });
    return doc.getElementById('box')?.textContent ?? '';
  };
  const sentence =
    'Call our office at (503) 555-0147 or write to hello@aldercreek.example at any time of the day to hear more ' +
    'about the cleaning and repairs we offer.';

  it('stops below a sentence that gives a phone number or an e-mail address', () => {
    expect(left(sentence)).toContain('Write to Us');
    expect(left(sentence)).toContain('555-0147');
    expect(
      left('Write to hello@aldercreek.example at any time of the day and tell us about your roof and gutters.'),
    ).toContain('Write to Us');
  });

  it("still takes a pitch that gives neither, and a newsletter's box that asks for the address alone", () => {
    expect(left('Tell us about your roof and gutters and we will book a visit in the same week, rain or shine.')).toBe(
      '',
    );
    const signup = '<form><input type="email" name="email" placeholder="Your e-mail"><button>Subscribe</button></form>';
    expect(left(sentence, signup)).toBe('');
  });
});
