// @vitest-environment jsdom
// Service pages (session 63), from real contact pages of unseen sites (not committed; the fixtures are pages written
// in their shapes):
// - A contact page's details, each in an item of an icon box, a label and the detail, under the column's heading and
//   lead line: the tail trim counted the empty icon boxes as lines and stopped short of the heading, and it read no
//   address in a street's line ending in its postcode after the town ("…, Johannesburg, 2090"), so it took the phone,
//   WhatsApp and e-mail lines as the site's footer (contactTail). Fixture
//   tests/fixtures/pages/service-contact-icon-details.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeContactTail } from '@/utils/extraction/contact-tail';

const tailed = (html: string) => {
  const doc = parsePage(`<div id="root">${html}</div>`);
  const root = doc.getElementById('root')!;
  return { removed: removeContactTail(root), text: root.textContent ?? '' };
};

const prose =
  '<p>We resurface, tile and seal pools on the East Rand, and we test every pool for leaks before the new coat ' +
  'goes on.</p>';

describe("a contact column's details in icon items are the page's (contactTail)", () => {
  const SLUG = 'service-contact-icon-details';

  it('keeps every detail under the heading and drops the form and the footer', () => {
    const text = offprintPage(loadPage(SLUG))!.text;
    expect(text).toContain('12 Koppie Street, Sunward Park, Boksburg, 1459');
    expect(text).toContain('011 555 0187');
    expect(text).toContain('072 555 0144');
    expect(text).toContain('quotes@bluewater-pools.example');
    expect(text).toContain("Let's bring your pool back");
    expect(text).not.toMatch(/Send Request|Your details|All rights reserved|Quick Links/);
  });

  it('counts lines with text only: empty icon boxes do not end the walk short of the heading', () => {
    const icon = '<div class="icon"><svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z"/></svg></div>';
    const item = (label: string, value: string) =>
      `<div class="item">${icon}<div><div>${label}</div><div>${value}</div></div></div>`;
    const { removed, text } = tailed(
      `${prose}<div class="contact-info"><h2>Talk to us</h2><p>Call, message or write to us about any pool work ` +
        'at all.</p>' +
        item('Hours:', 'Mon–Fri 8am–5pm') +
        item('Phone:', '011 555 0187') +
        item('WhatsApp:', '072 555 0144') +
        item('Fax:', '011 555 0188') +
        item('Email:', 'quotes@bluewater-pools.example') +
        '</div>',
    );
    expect(removed).toBe(false);
    expect(text).toContain('quotes@bluewater-pools.example');
  });
});

describe("a street's line ending in its postcode after the town is an address (contactTail)", () => {
  it("reads the line as the address of the site's footer block", () => {
    for (const address of [
      '12 Koppie Street, Sunward Park, Boksburg, 1459',
      'B8, Shanti Nagar Society, Karve Road, Pune, Maharashtra 411004',
      'Keizersgracht 100, 1015 CX Amsterdam',
    ]) {
      const { removed, text } = tailed(
        `<h2>Our work</h2>${prose}<div class="foot"><p>${address}</p><p>Bluewater Pools</p></div>` +
          '<div class="foot2"><p>Tel 011 555 0187</p></div>',
      );
      expect(removed).toBe(true);
      expect(text).not.toContain('011 555 0187');
    }
  });

  it('reads no place and year, nor a line without a house number, as one', () => {
    for (const line of ['Boksburg, Sunward Park, 2024', 'Shows in Berlin, Hamburg, 2026']) {
      const { removed, text } = tailed(
        `<h2>Our work</h2>${prose}<div class="foot"><p>${line}</p><p>Bluewater Pools</p></div>` +
          '<div class="foot2"><p>Tel 011 555 0187</p></div>',
      );
      expect(removed).toBe(false);
      expect(text).toContain('011 555 0187');
    }
  });
});
