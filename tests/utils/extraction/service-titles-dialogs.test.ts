// @vitest-environment jsdom
// Service pages (session 38): consent managers' dialogs of any size (OneTrust's preference centre); a quotation's
// attribution in a `figcaption` (Bootstrap's `blockquote-footer`); Kadence's and Astra/Spectra's pages, whose `<h1>`
// is still lost (a rule keeping it was tried and reverted: see docs/extraction.md). Fixture
// pages: tests/fixtures/pages/service-{kadence-hero,astra-spectra,generatepress-onetrust}.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { removeConsentDialogs } from '@/utils/extraction/consent-banner';
import { takeCensus } from '@/utils/extraction/page-census';
import { htmlToText } from '@/utils/extraction/html-to-text';

const PROSE =
  'Ledgerline keeps the books of around two hundred small businesses, and we reconcile your accounts every month.';

describe('removeConsentDialogs', () => {
  it('removes a consent manager’s dialog past the banner rules’ size, not a dialog holding the page', () => {
    const panel = `<p>${'These cookies are necessary for the website to function. '.repeat(12)}</p>`.repeat(3);
    const doc = parsePage(
      `<main><p>${PROSE.repeat(40)}</p></main><div role="dialog" aria-modal="true" id="pc">${panel}</div>` +
        `<dialog id="post"><h1>A post</h1><p>Accept cookies from the bakery.</p></dialog>`,
    );
    removeConsentDialogs(takeCensus(doc.body));
    expect(doc.getElementById('pc')).toBeNull();
    expect(doc.getElementById('post')).not.toBeNull();
  });
});

describe('a quotation’s attribution', () => {
  it('is a line of the text, beside its quote in a figure or loose in a slide; a picture’s caption is not', () => {
    const text = htmlToText(
      '<figure><blockquote><p>We stopped dreading January.</p></blockquote>' +
        '<figcaption class="blockquote-footer">Priya Shah, Shah Opticians</figcaption></figure>' +
        '<div class="carousel-item"><blockquote><p>Payroll just happens.</p></blockquote>' +
        '<figcaption class="blockquote-footer">Tom Rees</figcaption></div>' +
        '<figure><img src="a.jpg"><figcaption>The shop in 1962</figcaption></figure>',
    );
    expect(text).toContain('Priya Shah, Shah Opticians');
    expect(text).toContain('Tom Rees');
    expect(text).not.toContain('The shop in 1962');
  });
});

describe('a Kadence service page (service-kadence-hero)', () => {
  it('keeps the sections, not the header, the drawer or the footer; the hero’s title is lost, as in vanilla', () => {
    const text = offprintPage(loadPage('service-kadence-hero'))!.text;
    expect(text.startsWith('Books that are right every month')).toBe(true);
    expect(text).toContain('We work in Xero, QuickBooks Online');
    expect(text).not.toMatch(/Book a Call|Mill Lane|Kadence WP|Payroll\nPricing/);
    expect(readabilityText(loadPage('service-kadence-hero'))).not.toContain('Bookkeeping Services');
  });
});

describe('an Astra page of Spectra blocks (service-astra-spectra)', () => {
  it('keeps the info boxes and the FAQ, not the buttons or the footer; the <h1> is lost, as in vanilla', () => {
    const text = offprintPage(loadPage('service-astra-spectra'))!.text;
    expect(text.startsWith('Licensed plumbers on call')).toBe(true);
    expect(text).toContain('Camera inspection and hydro-jetting');
    expect(text).toContain('Turn it clockwise until it stops.');
    expect(text).not.toMatch(/Call \(813\)|Call Now|Learn More|Kennedy Blvd|Astra WordPress Theme/);
    expect(readabilityText(loadPage('service-astra-spectra'))).not.toContain('Emergency Plumbing in Tampa Bay');
  });
});

describe('a GeneratePress service page under OneTrust (service-generatepress-onetrust)', () => {
  it('keeps the page’s sections, not the banner, the preference centre, the sidebar or the footer', () => {
    const text = offprintPage(loadPage('service-generatepress-onetrust'))!.text;
    expect(text).toContain('Light rain does not spoil a pure-water clean.');
    expect(text).not.toMatch(/cookies|Privacy Preference Center|Why Brightpane|Kirkstall Road|GeneratePress/);
  });
  it('leaves its title out, as Readability does (it repeats the document’s title)', () => {
    expect(offprintPage(loadPage('service-generatepress-onetrust'))!.text).not.toContain('Commercial Window Cleaning');
  });
});
