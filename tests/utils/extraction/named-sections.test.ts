// @vitest-environment jsdom
// Sphinx, MkDocs, Docusaurus and Hugo print a section's id from its title: `<div class="section" id="sharing-tables">`
// under "Sharing tables¶", `id="pagination"` under "Pagination¶". The share-bar rule (a share word in the class or id,
// under 200 characters) and the region's chrome words (`pagination`, `search`, `related`, `nav` …) read those ids as
// chrome, and a manual's short section went with its heading; where the region lost it, Readability's block won and
// more went with it (its negative words: `widgets`). A section that prints its own permalink to its id is the manual's.
// Fixture page: tests/fixtures/pages/docs-sphinx-named-sections (Sphinx 3's alabaster theme, `div.section` boxes).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { namesOwnSection } from '@/utils/extraction/document-sections';
import { isChrome } from '@/utils/extraction/extract-region';
import { removeClutter } from '@/utils/extraction/remove-clutter';
import { SHARE_CLASS } from '@/utils/extraction/clutter-text';

describe("a manual's section named by its title (docs-sphinx-named-sections)", () => {
  it('keeps "Widgets", "Pagination" and "Sharing tables" with their text', () => {
    const text = offprintPage(loadPage('docs-sphinx-named-sections'))?.text ?? '';
    expect(text).toContain('Pagination¶\nA table of a whole year is long');
    expect(text).toContain('Sharing tables¶\nSave a table with table.save(path)');
    expect(text).toContain('Widgets¶\nEach table can be shown by a widget of the dashboard');
    expect(text).not.toContain('Quick search');
  });

  it('is no share bar nor chrome; a box of chrome named so without a permalink to itself still is', () => {
    const doc = parsePage(
      '<body><main><h1>Tables</h1>' +
        '<p>A paragraph of prose long enough to be the first line of the text of a manual.</p>' +
        '<div class="section" id="sharing-tables" data-t="own"><h2>Sharing tables<a class="headerlink" ' +
        'href="#sharing-tables">¶</a></h2><p>Save a table to hand it to another harbour master.</p></div>' +
        '<div id="sharing-buttons" data-t="bar"><a href="https://example.com/share?u=1">Share</a> ' +
        '<a href="https://example.com/post?u=1">Post</a></div>' +
        '<h2 id="pagination" data-t="heading">Pagination<a href="#pagination">#</a></h2>' +
        '<div id="pagination-links" class="pagination" data-t="pager"><h2>Pages<a href="#pagination-links">#</a></h2>' +
        '<a href="?p=2">2</a></div></main></body>',
    );
    const el = (t: string) => doc.querySelector(`[data-t=${t}]`)!;
    expect(namesOwnSection(el('own'), SHARE_CLASS)).toBe(true);
    expect(namesOwnSection(el('bar'), SHARE_CLASS)).toBe(false);
    expect(isChrome(el('heading'), false)).toBe(false);
    expect(isChrome(el('pager'), false)).toBe(true);
    removeClutter(doc);
    expect(doc.querySelector('[data-t=own]')).not.toBeNull();
    expect(doc.querySelector('[data-t=bar]')).toBeNull();
  });
});
