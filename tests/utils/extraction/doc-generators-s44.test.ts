// @vitest-environment jsdom
// Session 44: documentation generators left, written in the shape of their templates (invented text). Rails Guides'
// opening stands before <main> (docs-rails-guides); a highlighter's YAML key "image" was taken for a picture's label
// (docs-hugo-chroma); Apple DocC (docs-apple-docc) and Swagger UI (docs-swagger-ui) come out right and are locked.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { takeCensus } from '@/utils/extraction/page-census';
import { joinTitleBeforeMain } from '@/utils/extraction/title-before-main';

const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';

const PARA =
  '<p>A lighthouse keeps its character for decades, so the register stores it once and every answer about the ' +
  'light repeats it, with the date of its last inspection and the name of the keeper who signed it.</p>';

describe("a manual's opening before <main> (docs-rails-guides, Rails Guides' section#feature)", () => {
  it('joins the text: the introduction and its list stay, the chapters list does not', () => {
    const doc = loadPage('docs-rails-guides');
    expect(readabilityText(doc)).not.toContain('This guide covers the queue adapters');
    const text = offprint(doc);
    expect(text).toMatch(/^This guide covers the queue adapters of Tramline/m);
    expect(text).toMatch(/^After reading this guide, you will know:\nHow to write a job and put it in a queue\.$/m);
    expect(text).toMatch(/^How a failed job is retried, and when it is given up\.\n1 What is a Job\?$/m);
    expect(text).not.toMatch(/^Chapters$|^What is a Job\?$|Guides Index/m);
  });

  const run = (html: string) => {
    const doc = parsePage(`<body>${html}</body>`);
    joinTitleBeforeMain(takeCensus(doc.body));
    return doc.querySelector('main')!.textContent ?? '';
  };
  const main = `<main><div>${PARA}${PARA}</div></main>`;

  it('moves the paragraphs after the title, in a lone wrapper too, not the title', () => {
    const first = run(
      `<section><div><h1>Lights</h1><p>How the register keeps the lights of a coast, and what it tells a keeper.</p>` +
        `<nav><a href="#a">A</a></nav></div></section><hr>${main}`,
    );
    expect(first).toMatch(/^How the register keeps the lights/);
    expect(first).not.toMatch(/Lights|^A$/);
  });

  it("moves nothing from a site header: a logo's <h1>, a menu of links, or a <main> with its own <h1>", () => {
    for (const html of [
      `<header><h1><a href="/">Lights</a></h1>` +
        `<p>Every light of the coast, who keeps it and when it was last seen.</p></header>${main}`,
      `<div><h1>Lights</h1><ul><li><a href="/a">All the lights of the coast</a></li>` +
        `<li><a href="/b">The keepers of the lights</a></li></ul></div>${main}`,
      `<div><h1>Lights</h1><p>Every light of the coast, who keeps it and when it was last seen.</p></div>` +
        `<main><div><h1>Keepers</h1>${PARA}${PARA}</div></main>`,
    ])
      expect(run(html)).not.toContain('Every light');
  });
});

describe('code is not a notice (docs-hugo-chroma, Hugo and Chroma: one <span> per YAML key)', () => {
  it('keeps the keys that read as picture labels', () => {
    const text = offprint(loadPage('docs-hugo-chroma'));
    expect(text).toMatch(/^image: shipyard\/gallery:4$/m);
    expect(text).toMatch(/^image: shipyard\/thumbs:2\ncaption: off$/m);
    expect(text).not.toMatch(/Edit this page|Table of contents|All rights reserved/);
  });
});

describe('generators that come out right (locked)', () => {
  it('Apple DocC (docs-apple-docc): hero, declaration, overview with its notes, topics', () => {
    const text = offprint(loadPage('docs-apple-docc'));
    expect(text).toMatch(/^TideTable\nA schedule of high and low waters/m);
    expect(text).toMatch(/^Declaration\nstruct TideTable\nOverview$/m);
    expect(text).toMatch(/^Note\nThe heights are given above the chart datum/m);
    expect(text).toMatch(/^Reading the events\nvar events: \[TideEvent\]$/m);
    expect(text).not.toMatch(/Filter|Language:|Objective-C|Terms of Use|GaugeReading/);
  });

  it('Swagger UI (docs-swagger-ui): the description and every operation, not the top bar', () => {
    const text = offprint(loadPage('docs-swagger-ui'));
    expect(text).toMatch(/^The Lockerbox API books parcel lockers/m);
    expect(text).toMatch(/^POST\n\/bookings\/\{bookingId\}\/open\nOpens the booked locker and ends the booking$/m);
    expect(text).toMatch(/^DELETE\n\/bookings\/\{bookingId\}$/m);
    expect(text).not.toMatch(/Explore|Authorize|Swagger Logo/);
  });
});
