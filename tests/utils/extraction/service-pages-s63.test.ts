// @vitest-environment jsdom
// Service pages (session 63), from real contact pages of unseen sites (not committed; the fixtures are pages written
// in their shapes):
// - A contact page's details, each in an item of an icon box, a label and the detail, under the column's heading and
//   lead line: the tail trim counted the empty icon boxes as lines and stopped short of the heading, and it read no
//   address in a street's line ending in its postcode after the town ("…, Johannesburg, 2090"), so it took the phone,
//   WhatsApp and e-mail lines as the site's footer (contactTail). Fixture
//   tests/fixtures/pages/service-contact-icon-details.
// - A contact page's details at its text's edges: the edge trim read "Call us / Iresh - 99701 80947" and "Mail us /
//   design@…" after the last prose, and "+7 928 231-31-91" and "Пн-Пт 09:00-19:00" before or after it, as label scraps
//   (trimEdges, on a page that declares no article). Fixture tests/fixtures/pages/service-elementor-contact-boxes.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeContactTail, saysContactDetail } from '@/utils/extraction/contact-tail';
import { trimEdges } from '@/utils/extraction/trim-edges';

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

describe("a contact detail at the text's edges stays on a page that declares no article (trimEdges)", () => {
  const SLUG = 'service-elementor-contact-boxes';

  it("keeps the icon boxes' labels and details after the last prose", () => {
    const text = offprintPage(loadPage(SLUG))!.text;
    expect(text).toMatch(/Call us\s+Aoife - 021 555 0183\s+Mail us\s+hello@lumen-interiors\.example/);
    expect(text).not.toMatch(/All rights reserved|Projects/);
  });

  const LEAD =
    '<p>Краски, штукатурки и лаки для дома и офиса: подберём цвет, посчитаем расход и привезём заказ в удобный ' +
    'для вас день.</p>';
  const trimmed = (html: string, contacts: boolean) => {
    const root = document.createElement('div');
    root.innerHTML = html;
    trimEdges(
      root,
      () => false,
      () => false,
      contacts,
    );
    return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
  };

  it('keeps a phone number printed in pairs, its label and opening hours before and after the prose', () => {
    const html =
      '<p>Отдел продаж</p><p>+7 928 555-31-91</p>' +
      LEAD +
      '<p>Мы работаем без выходных и принимаем заказы по телефону и почте.</p><p>Режим работы</p>' +
      '<p>Пн-Пт 09:00-19:00</p><p>Без выходных</p>';
    const kept = trimmed(html, true);
    expect(kept).toMatch(/^Отдел продаж\s*\+7 928 555-31-91\s*Краски/);
    expect(kept).toMatch(/Режим работы\s*Пн-Пт 09:00-19:00$/);
    // On a declared article (contacts off) the edges are trimmed as before.
    expect(trimmed(html, false)).not.toContain('+7 928');
  });

  it('still drops a kicker, a link line and a call to action at the edges', () => {
    const kept = trimmed(
      `<p>Новинки</p>${LEAD}<p>Доставка по всему краю, от одного ведра и до целого склада.</p>` +
        '<p><a href="/catalog">Каталог</a></p><p>Подробнее</p>',
      true,
    );
    expect(kept).toMatch(/^Краски.*склада\.$/);
  });

  it('reads a phone, an e-mail or hours as a detail, not a date, a price or a year', () => {
    for (const t of ['+7 928 555-31-91', 'Tel : 022 6617 9800', 'hello@lumen.example', 'Mo–Fr 8:00–17:00 Uhr'])
      expect(saysContactDetail(t)).toBe(true);
    for (const t of ['Updated 12-03-2024', 'From $1,200 a room', 'Since 1998', 'Call us today'])
      expect(saysContactDetail(t)).toBe(false);
  });
});
