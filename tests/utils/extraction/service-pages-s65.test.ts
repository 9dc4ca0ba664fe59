// @vitest-environment jsdom
// Service pages (session 65), from real about, team and services pages of unseen sites (a scraper's corpus of small
// and mid-sized firms' pages kept for its tests; not committed: the fixture is a page written in their shape):
// - A team page printing each member's name as a heading linked to a profile (LinkedIn, a bio page), some linked and
//   some not, each over a paragraph of the member's bio: the tidy pass read the linked headings as link lines and
//   removed them, so half the names went and their bios stood under no one (removeLines; headsSectionSeries). Fixture
//   tests/fixtures/pages/service-team-linked-names.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { headsSectionSeries } from '@/utils/extraction/linked-headings';
import { tidyArticle } from '@/utils/extraction/tidy-article';

describe('a linked heading over its own paragraph, in a series of such sections, is no link line (removeLines)', () => {
  const SLUG = 'service-team-linked-names';

  it("keeps every member's name, linked or not, above the bio", () => {
    const text = offprintPage(loadPage(SLUG))!.text;
    for (const name of [
      'Tobias Quent, Co-founder and Chief Scientist',
      'Ines Varga, Chief Financial Officer',
      'Dev Ashdown, Vice President, Customer Success',
      'Lotte Brandt, Vice President, Engineering',
    ])
      expect(text).toContain(name);
    expect(text.indexOf('Dev Ashdown')).toBeLessThan(text.indexOf('Dev leads the team'));
    expect(text).not.toMatch(/All rights reserved|Pricing/);
  });

  const bio = (n: number) =>
    `<p>Member ${n} joined the firm in 2019 and leads a team of six people ` +
    "who look after the firm's clients in the north.</p>";
  const name = (n: number, linked: boolean) =>
    linked ? `<a href="https://profiles.example/m${n}">Member ${n}, Director</a>` : `Member ${n}, Director`;
  const section = (n: number, linked: boolean) => `<h3>${name(n, linked)}</h3>${bio(n)}`;

  it('reads the series: three headings of the level over their own prose, the linked one among them', () => {
    const doc = parsePage(`<div id="root">${section(1, true)}${section(2, false)}${section(3, false)}</div>`);
    const root = doc.getElementById('root')!;
    expect(headsSectionSeries(root.querySelector('h3')!, root)).toBe(true);
    // Two sections are no series; a heading over a short line or a link row heads no prose.
    const two = parsePage(`<div id="root">${section(1, true)}${section(2, false)}</div>`).getElementById('root')!;
    expect(headsSectionSeries(two.querySelector('h3')!, two)).toBe(false);
    const short = parsePage(
      `<div id="root"><h3><a href="/x">Member 1</a></h3><p>Director.</p>${section(2, false)}${section(3, false)}` +
        `${section(4, false)}</div>`,
    ).getElementById('root')!;
    expect(headsSectionSeries(short.querySelector('h3')!, short)).toBe(false);
  });

  it('keeps the linked heading on a page that declares no article, and removes a lone teaser heading as before', () => {
    const tidied = (html: string, contacts: boolean) => {
      const doc = parsePage(`<div id="root">${html}</div>`);
      return tidyArticle(doc.getElementById('root')!, doc, { contacts }).text;
    };
    const series = `${section(1, true)}${section(2, false)}${section(3, false)}`;
    expect(tidied(`<p>${'Our people. '.repeat(12)}</p>${series}`, true)).toContain('Member 1, Director');
    expect(tidied(`<p>${'Our people. '.repeat(12)}</p>${series}`, false)).not.toContain('Member 1, Director');
    // An article's teaser heading between its paragraphs: one linked heading, no series.
    const teaser = `${bio(1)}<h3><a href="/other-story">Read next: the other story</a></h3>${bio(2)}${bio(3)}`;
    expect(tidied(teaser, true)).not.toContain('Read next');
  });
});
