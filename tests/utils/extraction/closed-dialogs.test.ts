// @vitest-environment jsdom
// A `<dialog>` without `open` is not shown: the browser's own style hides it until a script opens it. TypeDoc 0.27
// prints its search box so, with the status line "Preparing search index..." in it, and that line stood first in the
// text of an interface page whose Readability block won. Fixture page: tests/fixtures/pages/docs-typedoc-search-dialog
// (an interface "FiringTarget", TypeDoc 0.27's shape).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeClutter } from '@/utils/extraction/remove-clutter';

describe("a closed dialog's text (docs-typedoc-search-dialog)", () => {
  it("is not TypeDoc's page text: the search status goes, the interface stays", () => {
    const got = offprintPage(loadPage('docs-typedoc-search-dialog'))!;
    expect(got.text).not.toContain('Preparing search index');
    expect(got.text).toContain('Interface FiringTarget');
    expect(got.text).toContain('The target of a firing.');
    expect(got.text).toContain('rate: number');
  });

  it('goes in the clutter pass; an open dialog is left to the rules that read dialogs', () => {
    const doc = parsePage(
      '<body><header><dialog data-t="closed" aria-label="Search"><input><div>Preparing search index...</div>' +
        '</dialog></header><main><h1>Kilns</h1>' +
        '<p>Electric kilns fire by the heat of coiled elements in their walls.</p>' +
        '<dialog data-t="open" open>' +
        '<p>A kiln is a furnace for firing clay and glaze, electric or fuelled.</p></dialog>' +
        '</main></body>',
    );
    removeClutter(doc);
    expect(doc.querySelector('[data-t=closed]')).toBeNull();
    expect(doc.querySelector('[data-t=open]')).not.toBeNull();
  });
});
