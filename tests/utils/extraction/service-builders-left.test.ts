// @vitest-environment jsdom
// Service pages (session 39): the builders and CMSs no development site shows, written in their templates' shape
// with their chrome (Finalsite's notifications and mega menu, govAccess's alert bar, Google Translate's widget,
// "Was this page helpful?", accessiBe's and UserWay's toolbars, Cookiebot's dialog, Intercom's launcher), a
// landing page's hero whose form the signup-form rule took with its title, the attribution under its last quote,
// and GoDaddy's header (`role=main`) whose logo and call button stayed. Fixture pages: tests/fixtures/pages/
// service-{finalsite-school,granicus-govaccess,duda-hvac,unbounce-hero-form,godaddy-header,bricks-studio,sitecore-sxa}.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { widgetRoot } from '@/utils/extraction/clutter-guard';
import { removeSiteLogos } from '@/utils/extraction/site-logo';
import { takeCensus } from '@/utils/extraction/page-census';

const textOf = (slug: string) => offprintPage(loadPage(slug))!.text;

describe('widgetRoot given the page’s titles', () => {
  it('stops below a box holding an <h1> the widget does not', () => {
    const doc = parsePage(
      '<div id="hero"><div id="t"><h1>Free Roof Inspection</h1></div><div id="f"><form><label>Email</label>' +
        '<input type="email"></form></div></div>',
    );
    const form = doc.querySelector('form')!;
    expect(widgetRoot(form).id).toBe('hero');
    expect(widgetRoot(form, 500, Array.from(doc.querySelectorAll('h1'))).id).toBe('f');
  });
});

describe('an Unbounce landing page with its form in the hero (service-unbounce-hero-form)', () => {
  it('keeps the hero’s title and pitch, not the form, and the last quote’s attribution', () => {
    const text = textOf('service-unbounce-hero-form');
    expect(text.startsWith('Free Roof Inspection in Portland\nA licensed inspector checks')).toBe(true);
    expect(text.endsWith('paying for."\nDana K., Sellwood')).toBe(true);
    expect(text).not.toMatch(/First Name|Service Needed|Book My Free Inspection|Call \(503\)/);
  });
});

describe('a Finalsite school page (service-finalsite-school)', () => {
  it('keeps the sections, not the notification, the mega menu, Google Translate, quick links or UserWay', () => {
    const text = textOf('service-finalsite-school');
    expect(text).toContain('Upper School 9 to 12 $33,900');
    expect(text).toContain('Oakridge offers no merit scholarships');
    expect(text).not.toMatch(/Weather Update|Select Language|Original text|Quick Links|Finalsite|Mission &|Inquire/);
  });
});

describe('a Granicus govAccess city page (service-granicus-govaccess)', () => {
  it('keeps the page, not the alert bar, the widgets, "Was this page helpful?" or accessiBe', () => {
    const text = textOf('service-granicus-govaccess');
    expect(text).toContain('Keep items three feet away from your carts');
    expect(text).not.toMatch(/Road Closure|Translate|Contact Us|Stay Informed|helpful|Seizure Safe|Granicus/);
  });
});

describe('a Duda page under Cookiebot with Intercom (service-duda-hvac)', () => {
  it('keeps the rows, not the header’s call button, the dialog, the launcher’s greeting or the footer', () => {
    const text = textOf('service-duda-hvac');
    expect(text.startsWith('Heating & Cooling Services in Northern Colorado')).toBe(true);
    expect(text).toContain('No overtime or weekend charges');
    expect(text).not.toMatch(/\(970\)|cookies|Need a technician|Schedule Service|Join the Club|Midpoint Drive/);
    expect(readabilityText(loadPage('service-duda-hvac'))).toContain('Heating & Cooling Services');
  });
});

describe('removeSiteLogos', () => {
  const page = (body: string) =>
    parsePage(
      '<html><head><title>Lawn Care Services | Pine Ridge Landscaping</title></head><body>' + body + '</body></html>',
      'https://pineridge.example/services',
    );
  it('drops the site’s name linked to the home page and a call button before the <h1>', () => {
    const doc = page(
      '<div><a id="logo" href="/"><h3>Pine Ridge Landscaping</h3></a><div><a id="tel" href="tel:2085550147">' +
        '(208) 555-0147</a></div><p>or call <span><a id="sp" href="tel:2085550147">(208) 555-0147</a></span>.</p>' +
        '</div>' +
        '<h1>Lawn care</h1><p>Call <a id="in" href="tel:2085550147">(208) 555-0147</a> today.</p>' +
        '<a id="after" href="/">Pine Ridge Landscaping</a>',
    );
    removeSiteLogos(takeCensus(doc.body));
    expect(doc.getElementById('logo')).toBeNull();
    expect(doc.getElementById('tel')).toBeNull();
    expect(doc.getElementById('in')).not.toBeNull();
    expect(doc.getElementById('sp')).not.toBeNull();
    expect(doc.getElementById('after')).not.toBeNull();
  });
  it('keeps a link holding the <h1>, another name and a page without an <h1>', () => {
    const doc = page('<a id="h" href="/"><h1>Pine Ridge Landscaping</h1></a><a id="o" href="/">Home</a>');
    removeSiteLogos(takeCensus(doc.body));
    expect(doc.getElementById('h')).not.toBeNull();
    expect(doc.getElementById('o')).not.toBeNull();
  });
});

describe('a GoDaddy Website Builder page (service-godaddy-header)', () => {
  it('keeps the hero and the sections, not the logo, the call button, the buttons, the form or the cookies', () => {
    const text = textOf('service-godaddy-header');
    expect(text.startsWith('Lawn care that gives you your weekends back')).toBe(true);
    expect(text).toContain('blow the lines out with compressed air');
    expect(text).not.toMatch(/Learn More|Get a Free Quote|Drop us a line|reCAPTCHA|cookies|Powered by|Copyright/);
    expect(readabilityText(loadPage('service-godaddy-header'))).not.toContain('weekends back');
  });
});

describe('a Bricks page (service-bricks-studio)', () => {
  it('keeps the sections and the accordion, not the header, the buttons, the footer or Drift', () => {
    const text = textOf('service-bricks-studio');
    expect(text).toContain('A 30-page guide and every file in print and screen formats');
    expect(text).toContain('costs about half as much');
    expect(text).not.toMatch(/Start a Project|Book a Call|See Our Work|Get in Touch|Kings Yard|Drift/);
  });
  it('still loses the hero’s <h1> and keeps the accordion’s "+" glyphs (no tokens: the score ignores them)', () => {
    const text = textOf('service-bricks-studio');
    expect(text).not.toContain('Brand identity for businesses');
    expect(text).toContain('\n+\n');
  });
});

describe('a Sitecore SXA page (service-sitecore-sxa)', () => {
  it('keeps the title, the rich text and the promos, not the alert, the menus, the sidebar, the footer', () => {
    const text = textOf('service-sitecore-sxa');
    expect(text.startsWith('Cardiology\nThe Riverside Heart Center')).toBe(true);
    expect(text).toContain('results explained on the spot');
    expect(text).not.toMatch(/Visitor update|MyChart|Related Services|Search doctors|Learn more|Price Transparency/);
  });
});
