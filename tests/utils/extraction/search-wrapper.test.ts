// @vitest-environment jsdom
// Legacy GitBook (and HonKit) print each page inside the box their search script fills with results
// (`#book-search-results > .search-noresults`): the region copy dropped it as a search box, and then Readability's
// block as that box's text, so a short page kept nothing (fixture docs-gitbook-legacy).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { isChrome } from '@/utils/extraction/extract-region';

describe('a search box around the page text (docs-gitbook-legacy)', () => {
  it('keeps the page: its list, its section and its steps', () => {
    expect(readabilityText(loadPage('docs-gitbook-legacy'))).toContain('A laptop with a free USB port');
    const text = offprintPage(loadPage('docs-gitbook-legacy'))?.text ?? '';
    for (const line of ['A logger with firmware 4.2 or later', 'Order of work', 'Export the first readings'])
      expect(text).toContain(line);
    expect(text).not.toContain('Quay Road 14');
    expect(text).not.toContain('Pairing the buoy on Linux');
  });

  it('is the page only while it holds a titled text; a results box, a search field and a modal stay chrome', () => {
    const doc = parsePage(
      '<body><div id="book-search-results"><div class="search-noresults"><section><h1>Install</h1>' +
        '<p>Run the installer.</p></section></div><div class="search-results"><h1 class="search-results-title">' +
        'No results</h1><ul class="search-results-list"></ul></div></div>' +
        '<div class="search"><h1>Search</h1><input></div>' +
        '<div class="search-modal"><h1>Search the docs</h1><p>Type a word.</p></div></body>',
    );
    const at = (sel: string) => isChrome(doc.querySelector(sel)!, false, 1000);
    expect(at('#book-search-results')).toBe(false);
    expect(at('.search-noresults')).toBe(false);
    expect(at('.search-results')).toBe(true);
    expect(at('.search')).toBe(true);
    expect(at('.search-modal')).toBe(true);
  });
});
