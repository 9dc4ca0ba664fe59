// @vitest-environment jsdom
// Doxygen prints a tooltip for every linked name of a code fragment or a source listing (`div.ttc`: the name, its
// declaration, its brief and "Definition file.hpp:88"), and its stylesheet hides each until the pointer rests on the
// name. They stood in the text after the code: on a real source file's page 56 "Definition …" lines, several hundred
// words. Fixture page: tests/fixtures/pages/docs-doxygen-code-tooltips (a struct "reading_t", Doxygen 1.11's shape).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeClutter } from '@/utils/extraction/remove-clutter';

describe("Doxygen's code tooltips (docs-doxygen-code-tooltips)", () => {
  it('are not the page text: the tooltips go, the code and the documentation stay', () => {
    const got = offprintPage(loadPage('docs-doxygen-code-tooltips'))!;
    expect(got.text).not.toContain('Definition gauge.hpp');
    expect(got.text).not.toContain("Sleeps until the gauge's next sampling slot.");
    expect(got.text).not.toContain('void announce(std::string_view state)');
    expect(got.text).toContain('auto before = tidepool::gauge::latest(harbour);');
    expect(got.text).toContain('if (now.rising_since(before)) tidepool::gauge::announce("flood");');
    expect(got.text).toContain('Whether the water stands higher than at an earlier reading.');
    expect(got.text).toContain('the corrected height, negative below datum.');
  });

  it('go in the clutter pass; a box of the page named "ttc" otherwise stays', () => {
    const doc = parsePage(
      '<body><main><h1>reading_t</h1><p>One reading of a harbour gauge, with the time it was taken.</p>' +
        '<div class="fragment"><div class="line">auto r = latest(harbour);</div>' +
        '<div class="ttc" data-t="tip"><div class="ttname"><a href="#a1">tidepool::latest</a></div>' +
        '<div class="ttdeci">reading_t latest(const harbour_t &amp;h)</div>' +
        '<div class="ttdef"><b>Definition</b> gauge.hpp:88</div></div></div>' +
        '<div class="ttc" data-t="other"><p>Tide tables for the coming week are printed every Monday.</p></div>' +
        '</main></body>',
    );
    removeClutter(doc);
    expect(doc.querySelector('[data-t=tip]')).toBeNull();
    expect(doc.querySelector('[data-t=other]')).not.toBeNull();
    expect(doc.body.textContent).toContain('auto r = latest(harbour);');
  });
});
