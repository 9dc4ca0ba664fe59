// @vitest-environment jsdom
// Service pages (session 64), from real contact pages of unseen sites (a corpus of local businesses', schools' and
// firms' contact pages a scraper's tests keep; not committed: the fixtures are pages written in their shapes):
// - A school's contact page printing no landmark: its directory of offices (a table of rows, each office's number and
//   e-mail address as `tel:` and `mailto:` links) stands in one box with the page's footer, and the climb from the
//   footer's rights line took the box, the whole content with it (removeFooterBand). Fixture
//   tests/fixtures/pages/service-contact-directory-table.
// - A contact page's e-mail address or phone number printed as its own link (`<p><a href="mailto:…">…</a></p>`): the
//   tidy pass read the paragraph as a link line and removed it (removeLines), on a page that declares no article.
//   Fixture tests/fixtures/pages/service-contact-link-lines.
// - A contact page whose copy is its details (the firm's name, address, numbers, e-mail and hours under the page's
//   title, or under a lead line that introduces them: "Onze gegevens zijn:"): the tail trim read the details as the
//   site's address block ending the copy and removed them, the page's whole content (contactTail). Fixture
//   tests/fixtures/pages/service-contact-details-copy.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { holdsContactDirectory, isContactLinkLine } from '@/utils/extraction/form-contacts';
import { removeContactTail } from '@/utils/extraction/contact-tail';
import { tidyArticle } from '@/utils/extraction/tidy-article';

describe("a contact page's directory beside the footer is its content (removeFooterBand)", () => {
  const SLUG = 'service-contact-directory-table';

  it("keeps the offices' numbers and addresses and drops the footer", () => {
    const text = offprintPage(loadPage(SLUG))!.text;
    expect(text).toContain('Admissions');
    expect(text).toContain('1-802-555-0121');
    expect(text).toContain('press@hollins.example');
    expect(text).toContain('Ashford, Vermont 05490');
    expect(text).not.toMatch(/Copyright|Trademark Notice|Employment/);
  });

  it('stops the climb below a box holding four contact links or more outside the part climbed from', () => {
    const row = (n: number) =>
      `<tr><td>Office ${n}</td><td><a href="tel:+1802555010${n}">802-555-010${n}</a></td>` +
      `<td><a href="mailto:office${n}@school.example">office${n}@school.example</a></td></tr>`;
    const box = (rows: number) => {
      const doc = parsePage(
        `<div id="box"><table>${[1, 2, 3, 4].slice(0, rows).map(row).join('')}</table>` +
          '<div id="foot"><p>© 2026 The School</p><a href="mailto:web@school.example">web@school.example</a>' +
          '<a href="tel:+18025550999">802-555-0999</a><a href="mailto:jobs@school.example">Jobs</a>' +
          '<a href="tel:+18025550998">Fax</a></div></div>',
      );
      return holdsContactDirectory(doc.getElementById('box')!, doc.getElementById('foot')!);
    };
    expect(box(2)).toBe(true);
    expect(box(1)).toBe(false);
    // The footer's own contact links (four, inside the part) are no directory beside it.
    expect(box(0)).toBe(false);
  });
});

describe("a contact page's e-mail address or phone number printed as its link is no link line (removeLines)", () => {
  const SLUG = 'service-contact-link-lines';

  it('keeps the e-mail address and the mobile number printed as links', () => {
    const text = offprintPage(loadPage(SLUG))!.text;
    expect(text).toContain('studio@fernlow.example');
    expect(text).toContain('+44 7700 900412');
    expect(text).toContain('Tel: 0113 496 0731');
    expect(text).not.toMatch(/view the map|Write to us|T&C/);
  });

  it('keeps such a line on a page that declares no article, and removes it on one that does', () => {
    const doc = parsePage('<html><body></body></html>');
    const html =
      '<p>We fit out shops, bars and restaurants across the north of England, from the first sketch to the opening ' +
      'night, and we look after them afterwards.</p><p>Write or call us about your project:</p>' +
      '<p><a href="mailto:studio@fernlow.example">studio@fernlow.example</a></p>' +
      '<p><a href="tel:+441134960731">0113 496 0731</a></p>' +
      '<p>We answer every enquiry within two working days, and we are glad to visit your premises first.</p>';
    const kept = tidyArticle(html, doc, { contacts: true }).text;
    expect(kept).toContain('studio@fernlow.example');
    expect(kept).toContain('0113 496 0731');
    const trimmed = tidyArticle(html, doc, { contacts: false }).text;
    expect(trimmed).not.toContain('studio@fernlow.example');
  });

  it('reads a line as a contact detail only when its links are all contact links and it says one', () => {
    const line = (html: string) => {
      const p = parsePage(`<p id="l">${html}</p>`).getElementById('l')!;
      return isContactLinkLine(p, (p.textContent ?? '').trim());
    };
    expect(line('<a href="mailto:hello@studio.example">hello@studio.example</a>')).toBe(true);
    expect(line('Call <a href="tel:+442079460000">020 7946 0000</a>')).toBe(true);
    // A button to write, a link to another page, and a contact link beside one are link lines still.
    expect(line('<a href="mailto:hello@studio.example">Email us</a>')).toBe(false);
    expect(line('<a href="/contact">hello@studio.example</a>')).toBe(false);
    expect(line('<a href="mailto:a@b.example">a@b.example</a> <a href="/team">Our team</a>')).toBe(false);
  });
});

describe('a contact page whose copy is its details keeps them (contactTail)', () => {
  const SLUG = 'service-contact-details-copy';
  const tailed = (html: string) => {
    const doc = parsePage(`<div id="root">${html}</div>`);
    const root = doc.getElementById('root')!;
    return { removed: removeContactTail(root), text: root.textContent ?? '' };
  };
  const details =
    '<p>Harbour Bikes<br>12 Quay Street<br>Whitby YO21 3PU<br>Tel. 01947 555018<br>shop@harbourbikes.example</p>' +
    '<p>Opening hours:</p><p>Mon–Fri 9:00–17:30<br>Sat 9:00–16:00</p>';

  it("keeps the shop's address, numbers, e-mail and hours under the lead line", () => {
    const text = offprintPage(loadPage(SLUG))!.text;
    expect(text).toContain('4301 AB Zierikzee');
    expect(text).toContain('tel. 0111-555018');
    expect(text).toContain('info@verhoef-fietsen.example');
    expect(text).toContain('Zaterdag: 09.00 uur - 17.00 uur');
    expect(text).not.toMatch(/E-bikes|Verhuur/);
  });

  it('keeps details under a title or an introducing line, and removes them after a paragraph', () => {
    expect(tailed(`<p>Contact</p>${details}`).removed).toBe(false);
    expect(
      tailed(`<p>Contact</p><p>Come and see us in the shop, or call or write to us at:</p>${details}`).removed,
    ).toBe(false);
    const footer = tailed(
      '<h2>Repairs</h2><p>We service every make of bike, and most repairs are done while you wait or on the same ' +
        `day.</p>${details}`,
    );
    expect(footer.removed).toBe(true);
    expect(footer.text).not.toContain('01947 555018');
  });

  it('removes a rights line alone still', () => {
    const { removed } = tailed('<p>Contact</p><p>© 2004-2026 Harbour Bikes Ltd. All Rights Reserved.</p>');
    expect(removed).toBe(true);
  });
});
