// @vitest-environment jsdom
// Older rustdoc (before 1.54) prints its link to an entry's source as "[src]" at the end of the entry's title: in
// every `<h3 class="impl">` and `<h4 class="method">` after the signature, and in the page's `<h1>` beside the
// collapse-all toggle "[−]". On a real enum page 24 titles ended in "[src]" and the page's title read
// "[−][src]Enum qd::error::ErrorKind". Fixture page: tests/fixtures/pages/docs-rustdoc-legacy-srclinks (an enum
// "Tide", rustdoc 1.50's shape).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeClutter } from '@/utils/extraction/remove-clutter';

describe("older rustdoc's source links in titles (docs-rustdoc-legacy-srclinks)", () => {
  it('leave the titles: no "[src]" or "[−]", the signatures and their documentation stay', () => {
    const got = offprintPage(loadPage('docs-rustdoc-legacy-srclinks'))!;
    expect(got.text).not.toContain('[src]');
    expect(got.text).not.toContain('[−]');
    expect(got.text).toMatch(/^Enum harbourline::gauge::Tide/);
    expect(got.text).toContain('pub fn between(earlier: f32, later: f32) -> Self\n');
    expect(got.text).toContain('impl Clone for Tide\n');
    expect(got.text).toContain('Reads the tide from two heights in metres, the earlier first.');
    expect(got.text).toContain('Whether the boats in the outer basin may leave without waiting for the next reading.');
  });

  it('go in the clutter pass from a heading; Sphinx\'s "[source]" after a signature in a <dt> stays', () => {
    const doc = parsePage(
      '<body><main><h1>Module tide</h1><p>Readings of a harbour gauge and the tide they show.</p>' +
        '<h4 id="method.rise"><code>pub fn rise(&amp;self) -&gt; f32</code>' +
        '<a class="srclink" data-t="rust" href="../src/tide/lib.rs.html#40" title="goto source code">[src]</a></h4>' +
        '<p>How far the water rose since the last reading, in metres.</p>' +
        '<dl><dt id="tide.rise"><code>tide.rise</code>(<em>reading</em>)' +
        '<a data-t="sphinx" href="../_modules/tide.html#rise"><span class="viewcode-link">[source]</span></a></dt>' +
        '<dd><p>How far the water rose since the reading given.</p></dd></dl></main></body>',
    );
    removeClutter(doc);
    expect(doc.querySelector('[data-t=rust]')).toBeNull();
    expect(doc.querySelector('[data-t=sphinx]')).not.toBeNull();
    expect(doc.querySelector('h4')?.textContent).toBe('pub fn rise(&self) -> f32');
  });
});
