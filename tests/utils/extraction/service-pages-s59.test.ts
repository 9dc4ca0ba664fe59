// @vitest-environment jsdom
// Service pages (session 59), from real pages of unseen sites (not committed; the fixture is a page written in their
// shape):
// A builder's grid of icons, each beside a title and a line (a Tilda page's "why us" features and its checklist of
// what a service covers), prints an empty box between the grid's rows (Tilda's `t-clear` separator; Bootstrap's
// `w-100` column break and a float's clearfix are the same). The grid test read that box as a paragraph without a
// picture, so each icon's box was taken for a captioned picture and its text left out of the article's text
// (htmlToText's inPictureGrid). Fixture tests/fixtures/pages/service-tilda-icon-rows.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { htmlToText } from '@/utils/extraction/html-to-text';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { perturbLandmarks } from '../../../scripts/lib/perturb-landmarks';

const SLUG = 'service-tilda-icon-rows';
const FEATURES = [
  'Same-week visits',
  'Book by Wednesday and we reach you before the weekend, evenings included.',
  'Electric vans',
  'Our vans run on electricity, and old parts go to a local recycling scheme.',
];
const CHECKS = [
  'Gears indexed and the chain cleaned, measured and oiled',
  'Headset, bottom bracket and hubs checked for play',
];

describe("a grid of icons keeps its items' text when an empty box breaks its rows (htmlToText)", () => {
  it("keeps every feature's title and line, and the checklist, in the page's text", () => {
    const text = offprintPage(loadPage(SLUG))!.text;
    for (const line of [...FEATURES, ...CHECKS]) expect(text).toContain(line);
    expect(text).toMatch(/Why riders book us\s+Same-week visits\s+Book by Wednesday/);
    expect(text).not.toMatch(/Made on|Company no\.|Strava club/);
  });

  it('keeps them with the classes hashed and the landmarks gone', () => {
    const doc = loadPage(SLUG);
    perturbClasses(doc);
    perturbLandmarks(doc);
    const text = offprintPage(doc)!.text;
    for (const line of [...FEATURES, ...CHECKS]) expect(text).toContain(line);
  });

  it('reads a grid whose rows an empty box breaks as content, and a lone captioned photo still as a caption', () => {
    const icon = (t: string) =>
      `<div><img src="/i/${t}.svg" alt=""><div><p>${t}</p><p>${t} does it well.</p></div></div>`;
    const grid = (sep: string) =>
      `<h2>Features</h2><div>${icon('Routing')}${icon('Inbox')}${sep}${icon('Reports')}${icon('Alerts')}${sep}</div>`;
    for (const sep of ['<div class="t-clear"></div>', '<div class="w-100"> </div>', '<br>'])
      expect(htmlToText(grid(sep))).toContain('Reports does it well.');
    // A photo beside an empty box is still one photo: its line is a caption.
    expect(
      htmlToText('<p>Text.</p><div><div><img src="/b.jpg"><span>Photo: AP</span></div><div class="clear"></div></div>'),
    ).toBe('Text.');
    // A box with words between the pictures is the flow of a text, not a grid's break.
    expect(htmlToText(`<div>${icon('Routing')}<p>Then the next part of the story.</p>${icon('Inbox')}</div>`)).toBe(
      'Then the next part of the story.',
    );
  });
});
