// A main region for pages without landmarks (session 40, s40-mainless): on a page that prints no <main> and no
// role=main, the box around the page's <h1> that holds a good part of its own text, with the bands of links around
// it (header, side menu, breadcrumbs, footer) left out. Fixture page: tests/fixtures/pages/docs-mainless-manual (a
// manual's index page in the shape GitHub Docs' Primer layout prints: a side menu, breadcrumbs beside the article,
// and a help box and legal links inside the content column).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { mainRegion, visibleChars } from '@/utils/extraction/extract-region';
import { regionWithoutLandmarks } from '@/utils/extraction/region-without-landmarks';
import { removeClutter } from '@/utils/extraction/remove-clutter';

const links = (n: number, word: string) =>
  Array.from({ length: n }, (_, i) => `<div class="i"><a href="/${word}-${i}">${word} page ${i}</a></div>`).join('');
const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<div class="t">Paragraph ${i}: the crew arrives on the day you booked, checks the pipes under every sink and ` +
      'tells you in writing what the repair will cost before any work starts.</div>',
  ).join('');

const region = (html: string) => {
  const doc = parsePage(html);
  return regionWithoutLandmarks(doc.body, (el) => visibleChars(el));
};

describe('regionWithoutLandmarks', () => {
  it('leaves out a header and a footer of links around the box of the <h1>', () => {
    const r = region(
      `<div id="all"><div id="top">${links(12, 'menu')}</div><div id="page"><div id="hero"><h1>Drain cleaning</h1>` +
        `</div>${prose(4)}</div><div id="bottom">${links(10, 'footer')}<div>© 2026 A Plumbing Firm</div></div></div>`,
    );
    expect(r.id).toBe('page');
  });

  it("never leaves out a listing's cards under its title's box: links larger than the box are the page", () => {
    // A job board's category page: a hero with the <h1> and one line, then forty job cards that are links.
    const r = region(
      `<div id="all"><div id="top">${links(8, 'menu')}</div><div id="page"><div id="hero"><h1>Remote jobs</h1>` +
        `${prose(1)}</div><div id="jobs">${links(40, 'senior-engineer-job-at-a-company')}</div></div></div>`,
    );
    expect(r.id).not.toBe('hero');
  });

  it("skips a headline that is wholly a link (a theme's site name): the page's own <h1> anchors the region", () => {
    const r = region(
      `<div id="all"><div id="top"><h1><a href="/">A Plumbing Firm</a></h1>${links(12, 'menu')}</div><div id="page">` +
        `<div id="hero"><h1>Drain cleaning</h1></div>${prose(4)}</div>` +
        `<div id="bottom">${links(10, 'footer')}</div></div>`,
    );
    expect(r.id).toBe('page');
  });

  it('keeps a side column of text beside the content: the box above both, the bands of links out', () => {
    const r = region(
      `<div id="all"><div id="top">${links(20, 'menu')}</div><div id="cols"><div id="thread"><h1>A thread</h1>` +
        `${prose(5)}</div><div id="side">${prose(3)}</div></div><div id="bottom">${links(10, 'footer')}</div></div>`,
    );
    expect(r.id).toBe('cols');
  });

  it('is the body when the chrome around the box is text (nothing is cut), or when the page has no <h1>', () => {
    const around = `<div id="top">${prose(3)}</div><div id="page"><h1>Title</h1>${prose(4)}</div>`;
    expect(region(around).tagName).toBe('BODY');
    expect(
      region(`<div id="top">${links(12, 'menu')}</div><div id="page"><h2>Title</h2>${prose(4)}</div>`).tagName,
    ).toBe('BODY');
  });

  it('leaves out lines of text around a box that holds all the prose and most of the text (a city site)', () => {
    // An alert bar, a side column of contact lines and a footer of address lines: text, not links, but no prose.
    const p = (i: number) =>
      `<p>Paragraph ${i}: every household with city garbage service can set out up to five large items for free ` +
      'collection twice a year, on the regular collection day of the week it books, with no charge for the first ' +
      'two.</p>';
    const lines = (n: number, word: string) =>
      Array.from({ length: n }, (_, i) => `<div>${word} line ${i}: 600 Civic Center Drive</div>`).join('');
    const html = (aside: string) =>
      `<div id="all"><div id="alert">Road closure: Oak Avenue is closed through December 12 for repairs.</div>` +
      `<div id="top">${links(6, 'menu')}</div><div id="cols"><div id="side">${links(3, 'section')}` +
      `${lines(4, 'Contact')}</div><div id="page"><h1>Bulk item pickup</h1>${p(1)}${p(2)}${p(3)}</div></div>` +
      `<div id="bottom">${lines(5, 'Footer')}${links(4, 'footer')}${aside}</div></div>`;
    expect(region(html('')).id).toBe('page');
    // A paragraph of prose outside the box: the page's text is not all in it, nothing is cut.
    expect(region(html(p(4))).tagName).toBe('BODY');
  });

  it('is asked only on a page without <main> or role=main (mainRegion)', () => {
    const html = (landmark: string) =>
      `<div id="top">${links(12, 'menu')}</div><div id="page"${landmark}><h1>Drain cleaning</h1>${prose(4)}</div>`;
    const doc = parsePage(html(''));
    expect(mainRegion(doc.body, removeClutter(doc)!, true).id).toBe('page');
    const withMain = parsePage(html(' role="main"').replace('<div id="page"', '<div id="page"'));
    expect(mainRegion(withMain.body, removeClutter(withMain)!, true).id).toBe('page');
    const small = parsePage(`<div role="main" id="m">x</div>${html('')}`);
    expect(mainRegion(small.body, removeClutter(small)!, true).tagName).toBe('BODY');
  });
});

describe('a manual without landmarks (docs-mainless-manual)', () => {
  it('leaves out the help box and the legal links inside the content column, and the side menu', () => {
    const text = offprintPage(loadPage('docs-mainless-manual'))!.text;
    expect(text).toContain('A pipeline is a file of steps in your repository.');
    expect(text).toContain('Run a pipeline every night or every hour with a cron line.');
    expect(text).not.toMatch(/Help and support|written in the open|Relaybuild Ltd|Matrix builds|Relaybuild \//);
  });
});
