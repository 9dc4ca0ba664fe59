// @vitest-environment jsdom
// Docusaurus prints every heading of a site whose navbar hides on scroll as
// `<h2 class="anchor anchorWithHideOnScrollNavbar_WYt5">`: Readability's negative word "scroll" took each section
// heading out of its block, and the manual's opening sentence under its title, shorter than a line of prose and
// followed by a section heading rather than by prose, went as a kicker (fixture docs-docusaurus-hide-on-scroll).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { trimEdges } from '@/utils/extraction/trim-edges';

describe('headings named for scrolling and a manual’s opening sentence (docs-docusaurus-hide-on-scroll)', () => {
  it('keeps the section headings and the opening sentence', () => {
    expect(readabilityText(loadPage('docs-docusaurus-hide-on-scroll'))).not.toContain('Create a parcel');
    const text = offprintPage(loadPage('docs-docusaurus-hide-on-scroll'))?.text ?? '';
    const lines = text.split('\n').map((l) => l.replace(/\u200b/g, '').trim());
    expect(lines[0]).toBe('Create parcels and follow them with the API.');
    for (const line of ['1. Create a parcel', '2. Follow a parcel', 'Statuses']) expect(lines).toContain(line);
    for (const chrome of ['Edit this page', 'On this page', 'Rates API', 'Built with Docusaurus'])
      expect(text).not.toContain(chrome);
  });

  it('keeps an opening sentence before a section heading only; a short line before it still goes', () => {
    const page = (lead: string) =>
      parsePage(
        `<body><div id="root">${lead}<h2 id="setup">Set up the client</h2>` +
          '<p>Install the package with your package manager and pass your key to the constructor when you start.</p>' +
          '<p>The client retries a failed request three times, waiting a second longer before each new try.</p>' +
          '</div></body>',
      );
    const kept = (lead: string) => {
      const doc = page(lead);
      const root = doc.getElementById('root')!;
      trimEdges(
        root,
        () => false,
        (el) => el.tagName === 'H2',
      );
      return root.textContent ?? '';
    };
    expect(kept('<p>Send parcels and track them with the client.</p>')).toContain('Send parcels and track them');
    expect(kept('<p>Updated 2 March 2026</p>')).not.toContain('Updated');
    expect(kept('<p>Read more about our plans.</p>')).not.toContain('Read more');
  });
});

describe('a declared article’s section headings before its first prose (docs-rtd-declared-headings)', () => {
  it('keeps the headings that print their own permalink', () => {
    const text = offprintPage(loadPage('docs-rtd-declared-headings'))?.text ?? '';
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines.slice(0, 2)).toEqual(['Submodules¶', 'tidewatch.gauge module¶']);
    expect(lines).toContain('tidewatch.tables module¶');
    for (const chrome of ['View page source', 'Copyright', 'Contents:']) expect(text).not.toContain(chrome);
  });

  it('drops a short line before the first prose of a declared article still', () => {
    const root = parsePage(
      '<body><div id="root"><h2>Updated 2 March</h2><p>Share</p><h2 id="a">Tides<a href="#a">¶</a></h2>' +
        '<p>The station reads the water level every ten minutes and keeps a day of readings in memory.</p>' +
        '</div></body>',
    ).getElementById('root')!;
    const declared = (el: Element) => el.tagName === 'H2' && !!el.querySelector('a[href^="#"]');
    trimEdges(root, () => false, declared);
    expect(root.textContent).not.toContain('Updated');
    expect(root.textContent).not.toContain('Share');
    expect(root.textContent).toContain('Tides');
  });
});
