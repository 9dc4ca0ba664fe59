// @vitest-environment jsdom
// Legacy GitBook (3.x) and HonKit print, after every page's text, the box its search script fills:
// `div.search-results` with '<span class="search-results-count"></span> results matching "<span
// class="search-query"></span>"' over an empty list, and 'No results matching ""'. Readability's block of a short
// page took it, and real pages' text ended in 'No results matching ""'. Fixture page:
// tests/fixtures/pages/docs-gitbook-empty-results (a short manual page, GitBook 3.2.3's shape).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeClutter } from '@/utils/extraction/remove-clutter';

describe("a search's empty results box (docs-gitbook-empty-results)", () => {
  it("is not the text: it ends with the page's last sentence", () => {
    const got = offprintPage(loadPage('docs-gitbook-empty-results'))!;
    expect(got.text).not.toContain('results matching');
    expect(got.text).toMatch(/unpack it into \/opt\/ferrylog\.$/);
    expect(got.text).toContain('The Ferrylog agent runs beside each ticket gate');
  });

  it('goes in the clutter pass; a box of results with results, or the page inside a results box, stays', () => {
    const doc = parsePage(
      '<body><main><div id="book-search-results"><div class="search-noresults"><section>' +
        '<h1 id="logs">Reading the logs</h1><p>Each gate writes one line per crossing.</p></section></div>' +
        '<div class="search-results" data-t="empty"><h1 class="search-results-title">' +
        '<span class="search-results-count"></span> results matching "<span class="search-query"></span>"</h1>' +
        '<ul class="search-results-list"></ul></div></div>' +
        '<div class="search-results" data-t="full"><h2>2 results matching "gate"</h2><ul>' +
        '<li><a href="/logs.html">Reading the logs</a></li><li><a href="/gates.html">Ticket gates</a></li></ul></div>' +
        '<div class="search-results" data-t="heading"><h2>Results of the harbour survey</h2></div>' +
        '</main></body>',
    );
    removeClutter(doc);
    expect(doc.querySelector('[data-t=empty]')).toBeNull();
    expect(doc.querySelector('[data-t=full]')).not.toBeNull();
    expect(doc.querySelector('[data-t=heading]')).not.toBeNull();
    expect(doc.body.textContent).toContain('Each gate writes one line per crossing.');
  });

  // Doxygen prints its box at the top of every page whose search is on: `#MSearchResults` over an empty
  // `div#SRResults` and three status lines its script shows one at a time. A real Doxygen 1.13 page's text opened with
  // "Searching... No Matches" (fixture docs-doxygen-code-tooltips, Doxygen 1.11's shape).
  it("Doxygen's status lines go with their box; a box of status lines and a result's link stays", () => {
    const doc = parsePage(
      '<body><div id="MSearchResultsWindow"><div id="MSearchResults"><div class="SRPage"><div id="SRIndex">' +
        '<div id="SRResults"></div><div class="SRStatus" id="Loading">Loading...</div>' +
        '<div class="SRStatus" id="Searching">Searching...</div>' +
        '<div class="SRStatus" id="NoMatches">No Matches</div></div></div></div></div>' +
        '<div class="search-results" data-t="found"><div></div><div>Tide tables</div>' +
        '<div><a href="/tides.html">Tides</a></div></div>' +
        '<div class="search-results" data-t="prose"><div></div>' +
        '<div>The gauge is read every six minutes, and its heights are corrected for the datum of the port.</div>' +
        '</div>' +
        '<main><h1>Gauges</h1><p>A paragraph of prose long enough to be the first line of a manual page.</p></main>' +
        '</body>',
    );
    removeClutter(doc);
    expect(doc.body.textContent).not.toContain('Searching...');
    expect(doc.body.textContent).not.toContain('No Matches');
    expect(doc.querySelector('[data-t=found]')).not.toBeNull();
    expect(doc.querySelector('[data-t=prose]')).not.toBeNull();
    const text = offprintPage(loadPage('docs-doxygen-code-tooltips'))?.text ?? '';
    expect(text).not.toContain('Searching...');
    expect(text).toContain('auto before = tidepool::gauge::latest(harbour);');
  });
});
