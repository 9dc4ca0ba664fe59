// @vitest-environment jsdom
// Service pages in the shapes of site builders and CMSs the development pages show on few sites or none (session
// 36): a WordPress block theme (cover, columns, media-text, details, latest posts), WPBakery (its tabs and accordion),
// Wix (rich-text boxes and a repeater), HubSpot CMS (drag-and-drop modules, a CTA, a form), a CivicPlus department
// page (its editor widget beside the contact, quick-links, news-flash and events widgets) and a Drupal page of
// paragraphs (a fee table, an accordion of `<details>`, related links). Fixture pages:
// tests/fixtures/pages/service-{gutenberg-blocks,wpbakery-tabs,wix-sections,hubspot-modules,civicplus-department,
// drupal-paragraphs}.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, readabilityText } from '../../helpers/extraction-pages';

const count = (text: string, part: string) => text.split(part).length - 1;

describe('a CivicPlus department page (service-civicplus-department)', () => {
  it('keeps the department’s text, not its quick links, news flash or events (the region kept them all)', () => {
    const text = offprintPage(loadPage('service-civicplus-department'))!.text;
    expect(text).toContain('Fences under 4 feet high');
    expect(text).toContain('Call the inspection line');
    expect(text).not.toMatch(/Leaf Collection|Zoning Board of Appeals|Fee Schedule|View All|CivicPlus/);
  });
});

describe('a WordPress block theme’s service page (service-gutenberg-blocks)', () => {
  it('keeps the cover, columns, media-text and details blocks, not the latest posts or the template parts', () => {
    const text = offprintPage(loadPage('service-gutenberg-blocks'))!.text;
    expect(text).toContain('Every plant named, counted and spaced');
    expect(text).toContain('Contractor recommendations if you want them');
    expect(text).toContain('From $5,000');
    expect(text).toContain('Yes. A revision within a year');
    expect(text).not.toMatch(/From the journal|Planting for dry shade|Riverside Drive|All rights reserved|Careers/);
  });
});

describe('a WPBakery service page (service-wpbakery-tabs)', () => {
  it('keeps every tab’s and accordion panel’s text, not the sidebar’s recent posts or the footer widgets', () => {
    const text = offprintPage(loadPage('service-wpbakery-tabs'))!.text;
    expect(text).toContain('Classrooms, gyms and cafeterias');
    expect(text).toContain('Report it through the client portal');
    expect(text).not.toMatch(/Recent Posts|green cleaning|Smallman Street|Client Portal\n/);
  });
  it('says each tab’s label once, as its panel’s heading (see removeRepeatedTabs); vanilla Readability twice', () => {
    expect(count(offprintPage(loadPage('service-wpbakery-tabs'))!.text, 'Medical clinics')).toBe(1);
    expect(count(readabilityText(loadPage('service-wpbakery-tabs')), 'Medical clinics')).toBe(2);
  });
});

describe('a Wix service page (service-wix-sections)', () => {
  it('keeps every section and the repeater’s items, not the menu, the buttons or the footer', () => {
    const text = offprintPage(loadPage('service-wix-sections'))!.text;
    expect(text).toContain('You leave with a treatment plan');
    expect(text).toContain('Rehabilitation after knee and hip replacement');
    expect(text).toContain('Clinical Pilates, 1:1 (55 min): $95');
    expect(text).not.toMatch(/Our Team|Book Now|Harbour Street, Unit 3|Proudly created/);
  });
  it('keeps the site menu in vanilla Readability', () => {
    expect(readabilityText(loadPage('service-wix-sections'))).toContain('Our Team');
  });
});

describe('a HubSpot CMS service page (service-hubspot-modules)', () => {
  it('keeps the modules and the accordion’s hidden answers, not the form or the footer', () => {
    const text = offprintPage(loadPage('service-hubspot-modules'))!.text;
    expect(text).toContain('Backups you have tested');
    expect(text).toContain('Twelve months, then month to month');
    expect(text).not.toMatch(/Work email|Book my assessment|Canal Street|All rights reserved/);
  });
  it('loses the hidden answers in vanilla Readability', () => {
    expect(readabilityText(loadPage('service-hubspot-modules'))).not.toContain('Twelve months');
  });
});

describe('a Drupal service page built from paragraphs (service-drupal-paragraphs)', () => {
  it('keeps the summary, the fee table and the accordion, not the related services, feedback form or menus', () => {
    const text = offprintPage(loadPage('service-drupal-paragraphs'))!.text;
    expect(text).toContain('Pensioner concession (desexed) $21');
    expect(text).toContain('transferred for free until its current registration ends');
    expect(text).not.toMatch(/Cat registration|Was this page helpful|Main navigation|Traditional Owners/);
  });
  it('keeps the main menu in vanilla Readability', () => {
    expect(readabilityText(loadPage('service-drupal-paragraphs'))).toContain('Main navigation');
  });
});
