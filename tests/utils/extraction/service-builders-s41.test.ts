// @vitest-environment jsdom
// Service pages (session 41): builders no development site is known to show, written in their templates' shape
// with invented text, that come out right and are locked here: a USWDS agency page (the official-site banner, the
// extended header, side navigation, the identifier), a Kajabi sales page (hello bar, pricing blocks, "Powered by
// Kajabi") and a Hostinger Website Builder page (`block-header`, grid text boxes, its cookie banner). Fixture pages:
// tests/fixtures/pages/service-{uswds-agency,kajabi-sales,hostinger-blocks}.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';

const textOf = (slug: string) => offprintPage(loadPage(slug))!.text;

describe('a USWDS agency page (service-uswds-agency)', () => {
  it('keeps the page, not the official-site banner, the menus, side navigation, footer or identifier', () => {
    const text = textOf('service-uswds-agency');
    expect(text).toContain('Drilling or deepening a well $25,000');
    expect(text).toContain('Do I have to repay the grant?\nNo, unless you sell the farm');
    expect(text).not.toMatch(/official website|Here’s how you know|Grants and loans|Return to top|FOIA|USA\.gov/);
  });
});

describe('a Kajabi sales page (service-kajabi-sales)', () => {
  it('keeps the features, pricing and questions, not the hello bar, menu, buttons or "Powered by Kajabi"', () => {
    const text = textOf('service-kajabi-sales');
    expect(text).toContain('One to one\n$3,600\nTwelve calls');
    expect(text).toContain('What if I miss a session?');
    expect(text).not.toMatch(/4 seats left|Save my seat|Podcast|Find my program|Join the cohort|Kajabi|Privacy/);
  });
});

describe('a Hostinger Website Builder page (service-hostinger-blocks)', () => {
  it('keeps the text boxes, not the block header, the button, the footer or the cookie banner', () => {
    const text = textOf('service-hostinger-blocks');
    expect(text).toContain('Solar panels\nPollen and bird mess');
    expect(text).toContain('Gutters from £60.');
    expect(text).not.toMatch(/Home|Get a free quote|07700|cookies/);
  });
});
