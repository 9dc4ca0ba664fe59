// @vitest-environment jsdom
// pdoc prints each module's, class's and function's whole source after an unchecked checkbox and its `<label for>`
// "View Source"; its style sheet shows the listing only once the box is checked. A reader sees the label; the page's
// text (Offprint's and vanilla Readability's) opened with the module's whole source, and each member's listing stood
// before its docstring (real pages of pdoc's own test data: an enum module's 60 lines before its first docstring).
// Fixture page: tests/fixtures/pages/docs-pdoc-folded-source (pdoc 14's shape, a module "tidewater.gauge").
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { removeClutter } from '@/utils/extraction/remove-clutter';

describe('a listing of the source a CSS toggle folds away (docs-pdoc-folded-source)', () => {
  it('goes with its "View Source" label; docstrings, signatures and the example stay, names hashed or not', () => {
    for (const hashed of [false, true]) {
      const doc = loadPage('docs-pdoc-folded-source');
      if (hashed) perturbClasses(doc);
      const text = offprintPage(doc)?.text ?? '';
      expect(text).not.toContain('View Source');
      expect(text).not.toContain('_read(self.name');
      expect(text).not.toContain('_GAUGES[quay]');
      expect(text).toContain('Gauge("east-quay").level()');
      expect(text).toContain("def level(self, at=None):\nThe water's height above chart datum");
      expect(text).toContain('def nearest_gauge(quay: str) -> Gauge:');
    }
  });

  it("leaves a listing that is no source toggle's, a checked toggle's, and a form's label", () => {
    const doc = parsePage(
      '<body><main><h1>Gauges</h1>' +
        '<p>A paragraph of prose long enough to be the first line of the text of a manual.</p>' +
        '<input id="a" type="checkbox"><label for="a">Show example</label><pre data-t="example">gauge.level()</pre>' +
        '<input id="b" type="checkbox" checked><label for="b">View source</label>' +
        '<pre data-t="open">def f(): pass</pre>' +
        '<input id="c" type="checkbox"><label for="c">Quelltext anzeigen</label>' +
        '<div data-t="folded"><pre>def g(): pass</pre></div>' +
        '<form><input id="d" type="checkbox"><label for="d">Source</label><pre data-t="form">x = 1</pre></form>' +
        '</main></body>',
    );
    removeClutter(doc);
    expect(doc.querySelector('[data-t=example]')).not.toBeNull();
    expect(doc.querySelector('[data-t=open]')).not.toBeNull();
    expect(doc.querySelector('[data-t=folded]')).toBeNull();
    expect(doc.querySelector('[data-t=form]')).not.toBeNull();
  });
});
