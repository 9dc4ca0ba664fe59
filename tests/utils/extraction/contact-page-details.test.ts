// @vitest-environment jsdom
// A contact page's own details at its text's end (session 73): a hosted builder's contact page prints a title, an
// enquiry form and a column of short lines ("Our details:", a phone, an e-mail, the street, the town, the hours); the
// tail trim of Readability's block and the address tail rule took the column for the site's footer. Fixture page:
// tests/fixtures/pages/service-builder-contact-details.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { contactPageDetails, holdsEnquiryForm } from '@/utils/extraction/contact-page-details';
import { removeContactTail } from '@/utils/extraction/contact-tail';
import { takeCensus } from '@/utils/extraction/page-census';
import { trimEdges } from '@/utils/extraction/trim-edges';

const SLUG = 'service-builder-contact-details';

const prose =
  '<p>Thinking about a rainwater tank or a new pump? Send the form and one of our installers will get back to you ' +
  'within two working days with a written quote.</p>';

const details =
  '<div><p>Our details:</p><p>Phone - 012 345 6789</p><p>Email - quotes@riverbend.example</p><p>Find us at:</p>' +
  '<p>Riverbend Water Systems</p><p>Unit 4</p><p>Mill Lane</p><p>Riverbend, 4471</p></div>';

/** A builder's form: `n` typed fields, each in its own box, two levels under the form's box. */
const fields = (n: number, type = 'text') => {
  const field = (i: number) => `<div><span>Field ${i}</span><input type="${type}"></div>`;
  return `<div class="form">${Array.from({ length: n }, (_, i) => field(i)).join('')}</div>`;
};

/** Whether a page of `body` holds an enquiry form (see holdsEnquiryForm), as the census reads it. */
const enquiry = (body: string) => takeCensus(parsePage(`<body>${body}</body>`).body).enquiryForm;

describe('holdsEnquiryForm', () => {
  it('reads three fields of one form, or a message box, as an enquiry form', () => {
    expect(enquiry(fields(3))).toBe(true);
    expect(enquiry('<form><input type="text"><textarea></textarea></form>')).toBe(true);
    expect(enquiry('<form><input><input type="email"><input type="tel"></form>')).toBe(true);
  });

  it('leaves a search box, a newsletter’s two fields, boxes, buttons and a quantity, and fields in the chrome', () => {
    expect(enquiry(fields(2))).toBe(false);
    expect(enquiry(`<div>${fields(1)}${fields(1)}${fields(1)}</div>`)).toBe(false);
    expect(enquiry(fields(3, 'checkbox'))).toBe(false);
    expect(enquiry(fields(3, 'number'))).toBe(false);
    expect(enquiry(`<footer>${fields(3)}</footer>`)).toBe(false);
    expect(enquiry('<header><form><textarea></textarea></form></header>')).toBe(false);
    expect(holdsEnquiryForm([])).toBe(false);
  });
});

describe('contactPageDetails', () => {
  const census = (body: string) => takeCensus(parsePage(`<body>${body}</body>`).body);

  it('holds on a page named a contact page, by its address or its title, with an enquiry form', () => {
    expect(contactPageDetails('https://firm.example/contact-us', 'Water tanks', census(fields(3)))).toBe(true);
    expect(contactPageDetails('https://firm.example/p/12', 'Contact Us | Firm', census(fields(4)))).toBe(true);
    expect(contactPageDetails('https://firm.example/kontakt/', 'Firma', census(fields(3)))).toBe(true);
  });

  it('does not hold on another page, or without an enquiry form', () => {
    expect(contactPageDetails('https://firm.example/tanks', 'Water tanks | Firm', census(fields(3)))).toBe(false);
    expect(contactPageDetails('https://firm.example/contact/team', 'Our team', census(fields(3)))).toBe(false);
    expect(contactPageDetails('https://firm.example/contact', 'Contact', census(fields(1)))).toBe(false);
    expect(contactPageDetails('https://firm.example/contact', 'Contact', null)).toBe(false);
  });
});

describe('a contact page’s details at the text’s end', () => {
  it('stay at the tail trim when the page is a contact page (ownDetails), and go otherwise', () => {
    const trimmed = (own: boolean) => {
      const root = parsePage(`<div id="r">${prose}${details}</div>`).getElementById('r')!;
      trimEdges(root, undefined, undefined, true, own);
      return root.textContent ?? '';
    };
    expect(trimmed(true)).toContain('Mill Lane');
    expect(trimmed(true)).toContain('Riverbend, 4471');
    expect(trimmed(false)).not.toContain('Mill Lane');
  });

  it('stay at the address tail rule when the page says they are its own', () => {
    const tailed = (own: boolean) => {
      const root = parsePage(`<div id="r">${prose}${details}</div>`).getElementById('r')!;
      removeContactTail(root, false, () => own);
      return root.textContent ?? '';
    };
    expect(tailed(true)).toContain('Phone - 012 345 6789');
    expect(tailed(false)).not.toContain('Phone - 012 345 6789');
  });

  it('keeps the fixture page’s phone, e-mail, street, town and hours after its form', () => {
    const text = offprintPage(loadPage(SLUG))!.text;
    for (const line of [
      'Phone - 012 345 6789',
      'quotes@riverbend-water.example',
      'Unit 4',
      'Mill Lane',
      'Riverbend, 4471',
    ])
      expect(text).toContain(line);
    expect(text).toContain('Weekdays 8:00 - 16:30');
    expect(text).toContain('Thinking about a rainwater tank');
  });
});
