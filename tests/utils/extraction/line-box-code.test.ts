// @vitest-environment jsdom
// Doxygen prints each code fragment as `<div class="fragment">` holding one `<div class="line">` per line (and, from
// 1.10, `div.foldopen` around a block's lines), with every name the project documents linked (`<a class="code">`).
// Readability's conditional cleaning takes a `<div>` whose text is a fifth links: where its block won, every line
// that calls a linked name went ("#include "…/composition.h"", "Composition comp(…);") and the example kept only its
// lines without links (a real Doxygen 1.13 main page with doxygen-awesome: four examples cut so).
// Fixture page: tests/fixtures/pages/docs-doxygen-line-box-code (Doxygen 1.13's shape, a library "tidepool::harbour").
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { perturbLandmarks } from '../../../scripts/lib/perturb-landmarks';
import { lineBoxCode } from '@/utils/extraction/line-box-code';

describe('code printed as a box of line boxes (docs-doxygen-line-box-code)', () => {
  it("keeps a fragment's lines that call linked names, in order, names hashed or landmarks dropped or not", () => {
    for (const mode of ['', 'c', 'l', 'cl']) {
      const doc = loadPage('docs-doxygen-line-box-code');
      if (mode.includes('c')) perturbClasses(doc);
      if (mode.includes('l')) perturbLandmarks(doc);
      const text = offprintPage(doc)?.text ?? '';
      expect(text).toContain('#include "tidepool/harbour/gauge.h"');
      expect(text).toContain(
        'using namespace tidepool::harbour;\nGauge pier("north-pier");\nauto now = pier.latest();',
      );
      expect(text).toContain('Model model = fit(pier.month());\nfor (auto& tide : model.highs(days(7))) {');
      expect(text).toContain('auto a = to_chart_datum(pier.latest());');
      expect(text).toContain('Readings of two gauges are compared only after');
    }
  });

  it('makes a <pre><code> of code lines only: not a menu, an address, prose lines or a box with blocks', () => {
    const doc = parsePage(
      '<body><main>' +
        '<div data-t="code"><div> int n = count(list);</div><div>' +
        '<div>if (n &gt; 0) {</div><div>  print(n);</div></div><div>}</div></div>' +
        '<div data-t="menu"><div><a href="/a">Home</a></div><div><a href="/b">Tide tables</a></div></div>' +
        '<div data-t="address"><div>Harbour Office</div><div>1 Quay Street (north side)</div>' +
        '<div>Port Ellen</div></div>' +
        '<div data-t="prose"><div>Gauges are read every six minutes.</div><div>Heights are in metres.</div></div>' +
        '<div data-t="blocks"><div><p>x = f();</p></div><div>y = g();</div></div>' +
        '</main></body>',
    );
    expect(lineBoxCode(doc.body)).toBe(1);
    const pre = doc.querySelector('pre');
    expect(pre?.textContent).toBe(' int n = count(list);\nif (n > 0) {\n  print(n);\n}');
    expect(pre?.firstElementChild?.tagName).toBe('CODE');
    for (const t of ['menu', 'address', 'prose', 'blocks']) expect(doc.querySelector(`[data-t=${t}]`)).not.toBeNull();
    expect(doc.querySelector('[data-t=code]')).toBeNull();
  });
});
