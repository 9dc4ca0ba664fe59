// @vitest-environment jsdom
// Session 45: a manual's sections before Readability's block (docs-section-precedes, class-free markup in the shape of
// Sphinx's HTML4 writer: sections as <div>s with ids, class entries as <dl> with a "[source]" link and permalinks).
// With no class words to weigh, Readability cleans the first sections of "Available filters" away (their links to
// settings and guides pass a fifth of their text) and its block starts inside the text; the region copy still holds
// them. The mirror of continuedSections (session 40) joins the sibling sections of the rank the block starts in.
import { describe, expect, it } from 'vitest';
import { precedingSections } from '@/utils/extraction/preceding-sections';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { perturbLandmarks } from '../../../scripts/lib/perturb-landmarks';

describe("a document's sections before Readability's block (docs-section-precedes)", () => {
  it('are kept: the sibling sections of the rank the block starts in, in their order', () => {
    const doc = loadPage('docs-section-precedes');
    const vanilla = readabilityText(doc);
    expect(vanilla).toContain('The squeeze filter reads every response');
    expect(vanilla).not.toContain('Keeps the whole response in memory'); // cleaned out of Readability's block
    const text = offprintPage(doc)?.text ?? '';
    // The section heading and its signature before it, each with its own "¶", stay (session 49: holdsPermalink).
    expect(text).toMatch(
      /^Buffer filter¶\nclass BufferFilter\[source\]¶\nKeeps the whole response in memory until the view returns/,
    );
    expect(text).toMatch(/^Trace filter¶\nclass TraceFilter\[source\]¶\nAdds a trace number to each request\./m);
    expect(text.indexOf('a new random number.')).toBeLessThan(text.indexOf('The squeeze filter reads'));
    expect(text).toMatch(/^Filter ordering¶/m);
    expect(text).not.toMatch(/Search 2\.4|Contents|Browse|Tallow Software Foundation/);
  });

  const sentence = (name: string) =>
    `The ${name.toLowerCase()} filter reads every response on its way out, and it changes nothing that an earlier ` +
    'filter has already marked as final, so the order of the filters matters.';
  const names = ['Squeeze', 'Stamp', 'Guard'];
  const region = (head: string) =>
    parsePage(
      `<body><div id="r"><h1>Filters</h1><div><h2>Available filters</h2>${head}` +
        names.map((n) => `<div><h3>${n} filter</h3><p>${sentence(n)}</p></div>`).join('') +
        '</div></div></body>',
    ).getElementById('r')!;
  const block = names.flatMap((n) => [`${n} filter`, sentence(n)]).join('\n');
  const textOf = (r: Element) => [...r.querySelectorAll('h1,h2,h3,p,li')].map((e) => e.textContent).join('\n');
  const prose =
    '<p>Keeps the whole response in memory until the view returns, and it writes the rest to disk when a response ' +
    'grows past the limit that the settings give, so that a worker never holds more than that limit at once.</p>';

  it('reads the sections before the block from structure', () => {
    const r = region(`<div><h3>Buffer filter</h3>${prose}</div>`);
    const nodes = precedingSections(r, textOf(r), block);
    expect(nodes?.map((n) => n.textContent?.slice(0, 13))).toEqual(['Buffer filter']);
  });

  it('is not a list of links, a navigation box, a section under a higher heading, nor one with a form', () => {
    const links =
      '<ul>' +
      ['Logging', 'Models', 'Sessions', 'Settings', 'Templates']
        .map((t) => `<li><a href="/en/2.4/ref/${t.toLowerCase()}/">${t} reference of the framework</a></li>`)
        .join('') +
      '</ul>';
    for (const head of [
      `<div><h3>Other references</h3>${links}</div>`,
      `<nav><h3>Buffer filter</h3>${prose}</nav>`,
      `<div><h3>Buffer filter</h3>${prose}<form><input name="q"></form></div>`,
      `<div><h3>Buffer filter</h3>${prose}<h2>Comments</h2></div>`,
      `<div><h4>Buffer filter</h4>${prose}</div>`,
    ]) {
      const r = region(head);
      expect(precedingSections(r, textOf(r), block)).toBeNull();
    }
  });

  it("are never the block's own first sections, when a table of contents above the text lists their headings", () => {
    // Each heading's line is first found in the contents list, so the block's last section read as its start and
    // the sections before it (the block's own) were put before the block a second time.
    const toc =
      '<div><h2>On this page</h2><ul>' +
      names.map((n) => `<li><a href="#${n.toLowerCase()}">${n} filter</a></li>`).join('') +
      '</ul></div>';
    const r = parsePage(
      `<body><div id="r"><h1>Filters</h1>${prose}${toc}<div>` +
        names.map((n) => `<div><h3>${n} filter</h3><p>${sentence(n)}</p></div>`).join('') +
        '</div></div></body>',
    ).getElementById('r')!;
    expect(precedingSections(r, textOf(r), block)).toBeNull();
  });

  it('leave no line twice in a hashed manual whose contents list stands above its text (docs-title-lead)', () => {
    const doc = loadPage('docs-title-lead');
    perturbClasses(doc);
    perturbLandmarks(doc);
    const lines = (offprintPage(doc)?.text ?? '').split('\n').filter((l) => l.split(' ').length >= 3);
    expect(lines).toContain(
      "Settling a household ledger at the end of the month closes the month's entries and " +
        "leaves next month's standing orders open for the call after this one.",
    );
    expect(lines.length).toBe(new Set(lines).size);
  });
});
