// @vitest-environment jsdom
// The main region's copy without the page's machinery: button links, calls to action made of links,
// account lines, shop notices and counters (fixtures: tests/fixtures/pages/{service-calls-to-action,
// shop-category-lines}); the site's footer ending the copy from its rights line, under the probe's hashed class words
// and landmarks (tests/fixtures/pages/service-hashed-footer, session 44).
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { isButtonLink, removeRegionLines } from '@/utils/extraction/region-lines';
import { cleanRegion, mainRegion } from '@/utils/extraction/extract-region';
import { measureText } from '@/utils/extraction/clutter-guard';
import { LIST_HEADING } from '@/utils/extraction/clutter-text';
import { removeClutter } from '@/utils/extraction/remove-clutter';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { perturbLandmarks } from '../../../scripts/lib/perturb-landmarks';

const parse = (html: string) => new JSDOM(html, { url: 'https://example.com/' }).window.document;
const root = (html: string) => {
  const doc = parse(`<body><div id="r">${html}</div></body>`);
  return doc.getElementById('r')!;
};
/** Texts of the elements that hold no element (the lines as written). */
const lines = (el: Element) =>
  Array.from(el.querySelectorAll('*'))
    .filter((e) => !e.firstElementChild)
    .map((e) => (e.textContent ?? '').trim());

describe('removeRegionLines', () => {
  it('removes a bar of links with separators between them, whatever tag holds it', () => {
    const r = root(
      [
        '<article><h3><a href="/news/1">Wayland 1.25 released with a new colour-management protocol</a></h3></article>',
        '<h3><a href="/recent">Past 30 Days Of News</a> | <a href="/reviews">Articles &amp; Reviews</a> | ' +
          '<a href="/news">News Archives</a> | <a href="/rss.php">RSS Feed</a></h3>',
        '<p><a href="/">Home</a> / <a href="/books">Books</a> / <a href="/books/walks">Walks</a></p>',
        '<p class="tags"><a href="/t/indie">Indie</a> <a href="/t/coop">Co-op</a> <a href="/t/rpg">RPG</a></p>',
        '<p><a href="/a">Ana Lopes</a> and <a href="/b">Ben Ode</a> | <a href="/c">Cai Wen</a></p>',
      ].join(''),
    );
    removeRegionLines(r);
    expect(r.textContent).toContain('Wayland 1.25 released');
    expect(r.textContent).not.toMatch(/Past 30 Days|RSS Feed|Home/);
    // Links run together without separators (a game's tags), or with words between them, are not a bar.
    expect(r.textContent).toContain('Indie Co-op RPG');
    expect(r.textContent).toContain('Ana Lopes and Ben Ode');
  });
  it('removes counters, account lines and shop notices', () => {
    const r = root(
      [
        '<p>Showing 24 of 133 results</p>',
        '<p>1–20 of 300</p>',
        '<p>1.2k views</p>',
        '<p>12 comments</p>',
        '<div><a href="/login">Sign in or join</a></div>',
        '<p>Join for free or log in</p>',
        '<p>Free Shipping on Orders over $75. Easy Returns.</p>',
        '<p>Added to your cart! Complete the set?</p>',
        '<p>Members earn 179 points on this purchase.</p>',
        '<p>Sold by Tech Trends</p>',
        '<p>Livraison offerte dès 299€ !</p>',
        '<p>Kostenloser Versand ab 50 €</p>',
        '<p>Envío gratis en pedidos superiores a 40 €</p>',
        '<div><button>Ajouter au panier</button></div>',
        '<p>In den Warenkorb</p>',
        '<p>A line that stays.</p>',
      ].join(''),
    );
    removeRegionLines(r);
    expect(lines(r)).toEqual(['A line that stays.']);
  });

  it('removes calls to action made only of links, several on a line', () => {
    const r = root(
      '<div><a href="/apply">Apply Now</a> <a href="/rates">View Rates</a></div>' +
        '<p><a href="/sales">Contact sales</a></p><div class="c"><h3>Taxes</h3><p>Filed for you.</p>' +
        '<a href="/t">Learn more</a></div><p>Get started with a plan that suits you.</p>',
    );
    removeRegionLines(r);
    expect(r.textContent).not.toMatch(/Apply Now|View Rates|Contact sales|Learn more/);
    expect(r.textContent).toContain('Filed for you.');
    // The same words as plain text are a sentence of the page, not a control.
    expect(r.textContent).toContain('Get started with a plan that suits you.');
  });

  it('removes "Open app", "Let’s connect" and "Connect with our specialists" links; an API name "open" stays', () => {
    const r = root(
      '<div><a href="/login">Open app</a></div><p><a href="/c">Let’s connect</a></p>' +
        '<p><a href="/c2">Connect with our specialists</a></p><p><a href="#event-open">open</a></p>' +
        '<p><a href="#event-close">close</a></p>',
    );
    removeRegionLines(r);
    expect(r.textContent).not.toMatch(/Open app|connect/i);
    expect(lines(r)).toEqual(['open', 'close']);
  });

  it('keeps titles of a listing and category links that start with a verb', () => {
    const r = root(
      '<h3><a href="/c/1">Learn Python</a></h3><ul><li><a href="/c/shop">Shop tents</a></li></ul>' +
        '<div><a href="/c/wn">Explore Winsor &amp; Newton Watercolors</a></div>' +
        '<table><tr><td><a href="/x">See all</a></td></tr></table><p>2019 - 2024</p><p>12 reviews</p>',
    );
    const before = lines(r);
    removeRegionLines(r);
    expect(lines(r)).toEqual(before);
    expect(r.textContent).toContain('See all');
  });
});

describe('isButtonLink', () => {
  const el = (html: string) => root(html).firstElementChild!;
  const chars = (e: Element) => (e.textContent ?? '').trim().length;
  it('knows a link drawn as a button by its class or role', () => {
    for (const html of [
      '<a class="btn btn-orange" href="/demo">Book Your Free Demo</a>',
      '<a class="button-module__QyrFCa__secondary" href="/d">Get a Demo</a>',
      '<a class="ButtonPrimary-sc-x1" href="/s">Get started</a>',
      '<a class="hero-cta" href="/s">Try it free</a>',
      '<a class="button primary round small" href="#contact-us">Talk to a specialist</a>',
      '<a class="button primary small round" href="#contact-us">Schedule a strategy call</a>',
      '<a class="btn" href="/contact/sales">Talk to an Expert</a>',
      '<span role="button">Open in app</span>',
    ]) {
      const e = el(html);
      expect(isButtonLink(e, chars(e)), html).toBe(true);
    }
  });

  it('leaves links that are not buttons, long ones and cards', () => {
    for (const html of [
      '<a class="title" href="/a">Payroll that runs itself</a>',
      '<a class="btn" href="/a">A card link whose text runs to more than forty characters</a>',
      '<a class="btn" href="/a"><img src="/t.jpg" alt="">Tent</a>',
      '<a class="card-button" href="/a"><h3>Ridge 2</h3></a>',
      '<a class="subtitle" href="/a">Abtn</a>',
      '<a class="button" href="/c/wn">Explore Winsor &amp; Newton Watercolors</a>',
    ]) {
      const e = el(html);
      expect(isButtonLink(e, chars(e)), html).toBe(false);
    }
  });
});

describe('cleanRegion', () => {
  it('drops button links and counters from the region copy', () => {
    const doc = parse(
      '<body><main><h1>Payroll</h1><p>Pay your team on time, every time.</p>' +
        '<a class="btn" href="/s">Get started</a>' +
        '<p>1.2k views</p><h2>Pricing</h2><p>$40 a month.</p></main></body>',
    );
    measureText(doc.body);
    const out = cleanRegion(mainRegion(doc.body), doc);
    expect(out.textContent).toContain('Pay your team on time');
    expect(out.textContent).toContain('$40 a month.');
    expect(out.textContent).not.toMatch(/Get started|views/);
  });
});

describe('LIST_HEADING (cross-sell headings)', () => {
  it('names the shop rows that show other products', () => {
    for (const t of [
      'Customers who viewed this item also viewed',
      'People who bought this also bought',
      'Frequently bought together',
      'Recently viewed',
      'Complete the look',
      'Keep exploring iPad.',
    ])
      expect(LIST_HEADING.test(t), t).toBe(true);
    expect(LIST_HEADING.test('Complete guide to tents')).toBe(false);
  });
  it('names the feed widgets of site builders and government CMSs (session 36)', () => {
    for (const t of ['Upcoming Events', 'News Flash', 'News & Events', 'Quick Links', 'From the blog'])
      expect(LIST_HEADING.test(t), t).toBe(true);
    // A section of the page's own ("Recent news" above a paragraph on a marketing page's resources) is not named, nor
    // "Recent posts" (a shop's home page without its posts left a region Readability's hero line won against).
    for (const t of ['Recent news', 'Recent posts', 'Quick-dry fabrics', 'From the blogosphere'])
      expect(LIST_HEADING.test(t), t).toBe(false);
  });
});

describe('removeRegionLines: templates and repeats', () => {
  it('drops lines that are only unrendered template expressions, keeps prices and prose around them', () => {
    const r = root(
      '<p>${{amount_no_decimals}}</p><p>{{ product.title }} {% if sale %}</p><p>$24.00</p><p>Price: {{p}}</p>',
    );
    removeRegionLines(r);
    expect(lines(r)).toEqual(['$24.00', 'Price: {{p}}']);
  });

  it('drops a line that repeats an earlier one word for word (a carousel clone), not list items or links', () => {
    const slide = '<p>Prompt to code anything you can imagine, then share it with your team.</p>';
    const item = '<li>Sensory Bass Headphones with Personal Sound and a 40-hour battery</li>';
    const link = '<p><a href="/p">Sensory Bass Headphones with Active Noise Canceling</a></p>';
    const r = root(`${slide}${slide}${slide}<ul>${item}${item}</ul>${link}${link}`);
    removeRegionLines(r);
    expect(r.querySelectorAll('p:not(:has(a))')).toHaveLength(1);
    expect(r.querySelectorAll('li')).toHaveLength(2);
    expect(r.querySelectorAll('a')).toHaveLength(2);
  });

  it('keeps a description that repeats a description, drops other repeats of and by descriptions', () => {
    const fabric = 'Heavy weight, 6.5 oz, 20-singles, 100% carded cotton (marles 10% viscose)';
    const model = 'The model wears a size large and stands 183 cm tall';
    const fields = `<dt>fabric:</dt><dd>${fabric}</dd><dt>fabric:</dt><dd>${fabric}</dd>`;
    const r = root(
      `<p>${model}</p><dl>${fields}<dt>model:</dt><dd>${model}</dd></dl>` +
        `<div class="tab"><span>Fabric</span><div id="copy">${fabric}</div></div>`,
    );
    removeRegionLines(r);
    expect(Array.from(r.querySelectorAll('dd'), (dd) => dd.textContent)).toEqual([fabric, fabric]);
    expect(r.querySelector('#copy')).toBeNull();
  });
});

describe('the fixture pages’ main regions', () => {
  const fixture = (slug: string, probe = false) => {
    const doc = parse(fs.readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8'));
    if (probe) {
      perturbClasses(doc);
      perturbLandmarks(doc);
    }
    // As in extractArticle: the clutter pass first (it takes the cross-sell list), then the region copy.
    removeClutter(doc);
    measureText(doc.body);
    return cleanRegion(mainRegion(doc.body), doc).textContent ?? '';
  };

  it('service-calls-to-action: sections stay, buttons, link calls to action and counters go', () => {
    const text = fixture('service-calls-to-action');
    for (const kept of ['Payroll that runs itself', 'Automatic tax filing', 'Simple pricing', 'Dana, bakery owner'])
      expect(text).toContain(kept);
    expect(text).not.toMatch(/Get started|Contact sales|Learn more|Book your free demo|Start free trial|views/);
  });

  it('shop-category-lines: every product with its title and price, without counters, cart and account lines', () => {
    const text = fixture('shop-category-lines');
    for (const kept of ['Ridge 2 Backpacking Tent', '$529.00', 'How to choose a tent']) expect(text).toContain(kept);
    expect(text).not.toMatch(/Showing 4 of|Add to cart|Added to your cart|Sign in or join|Free shipping|Canister/);
  });

  it('service-hashed-footer, under the probe: the sections stay, the footer from its columns on goes', () => {
    const text = fixture('service-hashed-footer', true);
    for (const kept of ['Pet sitting at home while you travel', 'A weekly call with your sitter', 'falls ill?'])
      expect(text).toContain(kept);
    expect(text).not.toMatch(/© 2026|All rights reserved|Privacy policy|Terms of service|Careers|Trust and safety/);
  });
});

describe('removeRegionLines: the footer ending the copy (rightsTail)', () => {
  const prose = 'Our fitters measure every window before they quote, and the price they give you is the price you pay.';

  it('drops the rights line, the legal links after it and the columns of links above it', () => {
    const r = root(
      `<div><p>${prose}</p><h4>Company</h4><ul><li><a href="/a">About</a></li><li><a href="/j">Jobs</a></li></ul>` +
        '<p>Copyright © 2026 Glassworks Ltd.</p><div><a href="/p">Privacy</a> <a href="/t">Terms</a></div>' +
        '<span>Made in Leeds</span></div>',
    );
    removeRegionLines(r);
    expect(lines(r).filter(Boolean)).toEqual([prose]);
  });

  it('keeps a rights line followed by a sentence, and one in the middle of the copy', () => {
    const html =
      `<p>${prose}</p><p>© 2026 Glassworks Ltd.</p><p>Photographs are ours unless marked, and may be reused ` +
      'with a credit to the studio.</p>';
    const r = root(html);
    removeRegionLines(r);
    expect(lines(r)).toHaveLength(3);
  });

  it('stops at a heading of the page and at prose above the rights line', () => {
    const r = root(
      `<h2>Our showrooms</h2><ul><li><a href="/leeds">Leeds</a></li><li><a href="/york">York</a></li></ul>` +
        `<p>${prose}</p><p>Alle Rechte vorbehalten.</p>`,
    );
    removeRegionLines(r);
    expect(lines(r)).toEqual(['Our showrooms', 'Leeds', 'York', prose]);
  });
});
