// @vitest-environment jsdom
// A manual's release notes print each release as a section under its version number, often the link to the release
// or to the diff from the last one, with its date ("<h2><a href=…/releases/tag/1.0.6>1.0.6</a></h2>",
// release-please's "<h2><a href=…/compare/…>2.4.0</a> (2026-03-02)</h2>"), and its changes as short list items.
// On a real Starlight page (a connector's release notes) the tidy pass took four of seven version headings as link
// lines or lead lines, and changes that begin "Updated …" as datelines (fixture docs-starlight-release-notes).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { isReleaseLine, isVersionHeading } from '@/utils/extraction/release-notes';
import { tidyArticle } from '@/utils/extraction/tidy-article';

const heading = (html: string, tag = 'h2') => {
  const h = document.createElement(tag);
  h.innerHTML = html;
  return h;
};

describe("a manual's release notes (docs-starlight-release-notes)", () => {
  it("keeps every release's version heading and every change listed under it, without the chrome", () => {
    const text = offprintPage(loadPage('docs-starlight-release-notes'))?.text ?? '';
    for (const line of [
      '2.4.0 (2026-03-02)',
      'Updated the bundled harbour list to the spring schedule',
      '2.3.1',
      'Updated documentation',
      '2.3.0 — 2026-01-15',
      'Published timetables can be exported as iCalendar files',
      "Updated to the operators' new data feed",
    ])
      expect(text).toContain(line);
    for (const chrome of ['Edit page', 'Last updated', 'On this page', 'Query options', 'Holiday services'])
      expect(text).not.toContain(chrome);
  });

  it('reads a version number, with a date or a label at most, as a heading of a release', () => {
    for (const h of [
      '<a href="https://example.org/releases/tag/1.0.6">1.0.6</a>',
      '<a href="https://example.org/compare/v1...v2">2.4.0</a> (2026-03-02)',
      '[1.0.0] - 2017-06-20',
      'v3.0.0-beta.2 — March 3, 2026',
      '<a href="https://example.org/releases/tag/v4.1">v4.1</a> (latest)',
    ])
      expect(isVersionHeading(heading(h))).toBe(true);
    for (const h of ['Version 2 is out', '2024 in review', '<a href="/posts/1">10 ferries to take</a>', '1.0.6'])
      expect(isVersionHeading(heading(h, h === '1.0.6' ? 'p' : 'h2'))).toBe(false);
  });

  it('reads a list item as a change only under a version heading, through its label headings', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<h2>2.3.0</h2><h3>Features</h3><ul><li id="a">Updated documentation</li></ul>' +
      '<h2>Other posts</h2><ul><li id="b">Updated 3 hours ago</li></ul>' +
      '<h3>1.0.0</h3><h3>Fixes</h3><ul><li id="c">Updated the list</li></ul>';
    expect(isReleaseLine(root.querySelector('#a')!)).toBe(true);
    expect(isReleaseLine(root.querySelector('#b')!)).toBe(false);
    // "Fixes" is no section of "1.0.0": a heading of the same rank ends the release's section.
    expect(isReleaseLine(root.querySelector('#c')!)).toBe(false);
  });

  it("still takes a stand-alone link line and a list's dateline elsewhere", () => {
    const html =
      '<p>The harbour opens at six and the first ferry leaves when the tide allows, which the board by the quay ' +
      'shows each morning for the day ahead, with the times of the last crossing.</p>' +
      '<h3><a href="https://news.example.org/ferries">Ten ferries worth the trip</a></h3>' +
      '<p>The quay has a café that opens with the harbour, and its terrace looks over the whole crossing so you can ' +
      'watch the ferry come in while you wait for it to dock and unload.</p>' +
      '<ul><li>Updated 3 hours ago</li></ul>';
    const { text } = tidyArticle(html, document, { url: 'https://example.org/harbour/' });
    expect(text).not.toContain('Ten ferries worth the trip');
    expect(text).not.toContain('Updated 3 hours ago');
  });
});
