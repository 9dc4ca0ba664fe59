// @vitest-environment jsdom
// Session 37: Framer's server-rendered layouts, one per breakpoint (`ssr-variant hidden-<breakpoint>`), say a
// section's text three times in a saved page: one of each is kept (see removeLayoutVariants). A `<header>` inside
// `<main>` holding the page's heading and a sentence is the content's opening, not the site's banner (see
// isPageBand). A Bootstrap page's copies for a phone (`d-lg-none`) stayed: the development truths keep what such
// classes hide on a desktop screen (session 37); since session 72 one whose sibling for wider screens says its lines
// goes (removeBreakpointTwins). Fixture pages: tests/fixtures/pages/service-{framer-variants, bootstrap-breakpoints}.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { removeLayoutVariants } from '@/utils/extraction/layout-variants';
import { takeCensus } from '@/utils/extraction/page-census';
import { isPageBand } from '@/utils/extraction/extract-region';

const count = (text: string, part: string) => text.split(part).length - 1;

/** A Framer variant shown at the breakpoints not in `hidden` (of d, t and p). */
const variant = (hidden: string, text: string) =>
  `<div class="ssr-variant ${hidden
    .split('')
    .map((bp) => `hidden-${bp}bp`)
    .join(' ')}">${text}</div>`;

describe('Framer’s layouts per breakpoint (removeLayoutVariants)', () => {
  it('keep one copy of each component, the one holding the most text', () => {
    const doc = parsePage(
      `<body><div>${variant('tp', 'What we do Brand')}${variant('dp', 'What we do')}${variant('dt', 'What we do')}` +
        `${variant('p', 'Flow from idea')}${variant('dt', 'Flow from idea')}</div></body>`,
    );
    removeLayoutVariants(takeCensus(doc.body));
    expect(doc.body.textContent).toBe('What we do BrandFlow from idea');
  });
  it('leave a variant shown at every breakpoint, and copies that are not siblings', () => {
    const doc = parsePage(
      `<body><div class="ssr-variant">Intro</div><div>${variant('tp', 'Nav')}</div>` +
        `<div>${variant('d', 'Nav')}</div></body>`,
    );
    removeLayoutVariants(takeCensus(doc.body));
    expect(doc.body.textContent).toBe('IntroNavNav');
  });
});

describe('a Framer service page (service-framer-variants)', () => {
  it('says each section once and keeps the opening, not the menu, the footer or the badge', () => {
    const text = offprintPage(loadPage('service-framer-variants'))!.text;
    expect(count(text, 'What we do')).toBe(1);
    expect(count(text, 'How a project runs')).toBe(1);
    expect(count(text, 'Can I pay in stages?')).toBe(1);
    expect(text).toContain('We are a two-person studio in Bristol');
    expect(text).toContain('A third when we start');
    expect(text).not.toMatch(/Made in Framer|All rights reserved|Journal|Stokes Croft/);
  });
  it('says them three times in vanilla Readability', () => {
    expect(count(readabilityText(loadPage('service-framer-variants')), 'How a project runs')).toBe(3);
  });
});

describe('a <header> inside <main> (isPageBand)', () => {
  it('is the content’s opening when it holds a heading and a sentence; the page’s band with a title and links', () => {
    const doc = parsePage(
      '<body><header id="site"><h1>Fieldnote</h1><p>Brand and web design studio in Bristol since 2014, ' +
        'for bakeries, roasters and breweries.</p></header><main><header id="hero"><h1>Packaging design</h1>' +
        '<p>Labels and boxes drawn for the way your product is sold: on a shelf, at a market stall or by post, ' +
        'and printed near you.</p></header>' +
        '<header id="crumbs"><a href="/">Home</a> <a href="/s">Services</a><h1>Packaging</h1></header></main></body>',
    );
    expect(isPageBand(doc.getElementById('site')!)).toBe(true);
    expect(isPageBand(doc.getElementById('hero')!)).toBe(false);
    expect(isPageBand(doc.getElementById('crumbs')!)).toBe(true);
  });
});

describe('a Bootstrap landing page with a phone’s copies (service-bootstrap-breakpoints)', () => {
  it('keeps every section, and the accordion a phone shows beside the desktop’s pills', () => {
    const text = offprintPage(loadPage('service-bootstrap-breakpoints'))!.text;
    // The accordion a phone shows (`d-lg-none`) says the pills' panels (`d-none d-lg-block`, its sibling) word for
    // word: it goes (removeBreakpointTwins, session 72; sessions 37–71 kept its lists, session 56 its headings).
    expect(count(text, 'Auto-enrolment pensions')).toBe(1);
    expect(count(text, 'Monthly bookkeeping')).toBe(1);
    expect(text).toContain('Up to 800 transactions a month');
    expect(text).toContain('the pension provider stopped writing to us');
    expect(text).not.toMatch(/About us|Queen Square|All rights reserved|Free first month/);
  });
  it('loses the pricing in vanilla Readability', () => {
    expect(readabilityText(loadPage('service-bootstrap-breakpoints'))).not.toContain('Fixed monthly pricing');
  });
});
