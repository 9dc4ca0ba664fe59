// @vitest-environment jsdom
// Site builders' service pages. Divi prints each blurb's title as `<h4 class="et_pb_module_header">` beside its
// description, and Readability drops it as a page header: the offers lost their names. A testimonial's attribution
// in a `<footer>` inside its `<blockquote>` is the quotation's, not the site's footer band, and the top bar above
// the header (Divi's `#top-header`: phone, e-mail) is not the page's either. Fixture pages:
// tests/fixtures/pages/service-divi-blurbs, tests/fixtures/pages/service-testimonial-quotes.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { cleanRegion, isChrome, isPageBand, mainRegion } from '@/utils/extraction/extract-region';
import { measureText } from '@/utils/extraction/clutter-guard';
import { takeCensus } from '@/utils/extraction/page-census';
import { unmarkSectionHeadings } from '@/utils/extraction/section-headings';

const TITLES = ['Residential cleaning', 'Move-out cleaning', 'Office cleaning', 'Post-construction cleaning'];

describe('Divi blurbs (service-divi-blurbs)', () => {
  it('lose their titles in vanilla Readability', () => {
    const vanilla = readabilityText(loadPage('service-divi-blurbs'));
    expect(vanilla).toContain('Weekly, biweekly or monthly visits');
    for (const t of TITLES) expect(vanilla).not.toContain(t);
  });
  it('keep each title above its description in Offprint', () => {
    const lines = offprintPage(loadPage('service-divi-blurbs'))!.text.split('\n');
    for (const t of TITLES) expect(lines).toContain(t);
    const at = lines.indexOf('Move-out cleaning');
    expect(lines[at + 1]).toMatch(/^Inside the oven, the fridge/);
    expect(lines.join('\n')).not.toContain('Powered by WordPress');
  });
  it('unmark a module title beside a text of its own, not one alone or beside links', () => {
    const doc = parsePage(
      '<body><div class="et_pb_blurb_container"><h4 class="et_pb_module_header" id="a">Deep cleaning</h4>' +
        '<div class="et_pb_blurb_description"><p>Every surface, inside the cupboards and behind the fridge.</p></div>' +
        '</div><div class="et_pb_blurb_container"><h4 class="et_pb_module_header" id="b">Alone</h4></div>' +
        '<div class="et_pb_blurb_container"><h4 class="et_pb_module_header" id="c">Quick links</h4>' +
        '<a href="/a">Residential cleaning services</a> <a href="/b">Commercial cleaning services</a></div>' +
        '<div><h4 class="footer-header" id="d">Contact</h4><p>1812 Pacific Ave, Tacoma, WA 98402, United States</p>' +
        '</div></body>',
    );
    unmarkSectionHeadings(takeCensus(doc.body));
    expect(doc.getElementById('a')!.getAttribute('class')).toBe('');
    expect(doc.getElementById('b')!.getAttribute('class')).toBe('et_pb_module_header');
    expect(doc.getElementById('c')!.getAttribute('class')).toBe('et_pb_module_header');
    // Only Divi's module title is read so: another header class beside a text stays a header.
    expect(doc.getElementById('d')!.getAttribute('class')).toBe('footer-header');
  });
});

describe('a testimonial’s footer inside its blockquote (service-testimonial-quotes)', () => {
  it('stays in the region copy with its quotation', () => {
    const doc = loadPage('service-testimonial-quotes');
    measureText(doc.body);
    const text = cleanRegion(mainRegion(doc.body), doc).textContent ?? '';
    expect(text).toContain('They found roots in our lateral');
    expect(text).toContain('Maribel Ortiz');
    expect(text).toContain('Dev Anand');
  });
  it('is the quotation’s or the figure’s, while a footer outside them is the page’s band', () => {
    const doc = parsePage(
      '<body><div><blockquote><p>Quick and tidy.</p><footer id="q">Ana</footer></blockquote>' +
        '<figure><img src="a.png" alt=""><footer id="f">Photo: Ben</footer></figure></div>' +
        '<footer id="p">© 2025 Harbor Line Plumbing</footer></body>',
    );
    measureText(doc.body);
    expect(isPageBand(doc.getElementById('q')!)).toBe(false);
    expect(isPageBand(doc.getElementById('f')!)).toBe(false);
    expect(isPageBand(doc.getElementById('p')!)).toBe(true);
    expect(isChrome(doc.getElementById('q')!, false)).toBe(false);
    expect(isChrome(doc.getElementById('p')!, false)).toBe(true);
  });
});

describe('a top bar above the site’s header (service-divi-blurbs: Divi’s #top-header)', () => {
  it('is left out of the region copy, with the page’s sections kept', () => {
    const doc = loadPage('service-divi-blurbs');
    measureText(doc.body);
    const text = cleanRegion(mainRegion(doc.body), doc).textContent ?? '';
    expect(text).not.toContain('(206) 555-0188');
    expect(text).toContain('Our cleaning services');
    expect(text).toContain('Inside the oven, the fridge');
  });
  it('is chrome by its class words unless it holds the page’s heading; a kicker named "preheader" is not one', () => {
    const doc = parsePage(
      '<body><div class="top-bar" id="a">Call (253) 555-0142 · Mon–Sat 7am–7pm</div>' +
        '<div class="header-top" id="b"><h1>Drain cleaning</h1></div>' +
        '<p class="section-preheader" id="c">Why choose us</p><div id="utility_bar">Client Portal</div></body>',
    );
    measureText(doc.body);
    expect(isChrome(doc.getElementById('a')!, false)).toBe(true);
    expect(isChrome(doc.getElementById('b')!, false)).toBe(false);
    expect(isChrome(doc.getElementById('c')!, false)).toBe(false);
    expect(isChrome(doc.getElementById('utility_bar')!, false)).toBe(true);
  });
});
