// @vitest-environment jsdom
// Sandcastle prints a member's one-line summary right under the page's title, before the "Namespace:" and "Assembly:"
// fields that are the text's first prose ("Adds a new Action instance to the task." under "ActionCollection.AddNew
// Method"): the edge trimming cut it as a kicker, on real pages of two projects (the title's box holds the logo, so the
// line read as a caption; the summary links the type it names; or a "Definition" heading stands after it), and a
// reader lost the one sentence that says what the member does. Fixture page: tests/fixtures/pages/
// docs-sandcastle-title-summary (Sandcastle's VS2013 presentation style, a method "ReadingCollection.AddNew").
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';
import { trimEdges } from '@/utils/extraction/trim-edges';

const PROSE =
  '<p>A paragraph of prose long enough to be the first line of the text, as a sentence of an article is written.</p>';

const SUMMARY = 'Adds a new Reading instance to the collection.';

describe("a reference's summary under its title (docs-sandcastle-title-summary)", () => {
  it('stays under the title, before the namespace and assembly fields, also with class names hashed', () => {
    for (const hashed of [false, true]) {
      const doc = loadPage('docs-sandcastle-title-summary');
      if (hashed) perturbClasses(doc);
      const lines = (offprintPage(doc)?.text ?? '').split('\n').map((l) => l.trim());
      expect(lines.indexOf(SUMMARY)).toBe(lines.indexOf('ReadingCollectionAddNew Method') + 1);
      expect(lines).toContain('Namespace: Harbourline.Gauges');
      expect(lines.join('\n')).toContain('The new reading, already in the collection');
    }
  });

  it("keeps a sentence right under the title (Sandcastle 2022's shape), not a kicker over it", () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<p>Sponsored guide.</p>' +
      '<h2>IndexPair.GetHashCode Method</h2>' +
      '<div>Returns the hash code for this pair.</div>' +
      '<h2>Definition</h2>' +
      '<p><strong>Namespace:</strong> <a href="n.htm">Harbourline.Pairs</a><br><strong>Assembly:</strong> ' +
      'Harbourline.Pairs (in Harbourline.Pairs.dll) Version: 2.1.0+428f3840cfab98dda567bb0ed350b302533e273a</p>' +
      '<pre><code>public override int GetHashCode()</code></pre>' +
      '<p>A hash code for the current pair, made of the hash codes of its index and its value.</p>'.repeat(3);
    trimEdges(root, undefined, undefined, true);
    expect(root.textContent).toContain('Returns the hash code for this pair.');
    expect(root.textContent).not.toContain('Sponsored guide.');
  });

  it('leaves a short line under a title on a declared article, and a link under a title', () => {
    const root = document.createElement('div');
    root.innerHTML =
      '<h1>Harbour works start in May</h1>' +
      '<p>Ferries run as usual.</p>' +
      '<h2>Quay closures</h2>' +
      '<p><a href="/live.html">Follow the works live.</a></p>' +
      PROSE.repeat(4);
    trimEdges(root);
    expect(root.textContent).not.toContain('Ferries run as usual.');
    expect(root.textContent).not.toContain('Follow the works live.');
  });
});
