// @vitest-environment jsdom
// Session 54: a generated module page without landmarks (docs-haddock, in the shape of Haddock's HTML: a package
// header, the module's info table, a contents list, the description, a synopsis of links to each declaration, then
// the declarations under `<h1>`s). removeLeadMenus took the synopsis for the site's menu band (five links and more,
// nearly all link text) and removeStripsBefore then dropped the description above it as a strip of short notices:
// one paragraph of prose, a short line and a `<pre>`. A paragraph of prose beside code is a manual's opening.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { takeCensus } from '@/utils/extraction/page-census';
import { removeStripsBefore } from '@/utils/extraction/announcement-bar';
import { perturbClasses } from '../../../scripts/lib/perturb-classes';

const OPENING = 'Closing the open entries of a Ledger and writing their balance.';

describe("a generated module page's description above its synopsis (docs-haddock)", () => {
  it('is kept, normally and with hashed class names', () => {
    for (const hashed of [false, true]) {
      const doc = loadPage('docs-haddock');
      if (hashed) perturbClasses(doc);
      const text = offprintPage(doc)?.text ?? '';
      expect(text).toContain(OPENING);
      expect(text).toContain('import qualified Data.Ledger.Settle as Settle');
      expect(text).toContain('Stop at the first entry without an amount instead of skipping it.');
      // The synopsis (the declarations' signatures again, as links) and the package header stay out.
      expect(text).not.toMatch(/Synopsis|Produced by Haddock|Household ledgers with monthly settlement/);
    }
  });

  it('keeps a paragraph of prose beside code before the anchor, and drops a strip of notices there', () => {
    const prose =
      'Closing the open entries of a ledger and writing their balance. A settlement never changes an entry that ' +
      'was already closed, so running it twice in a row writes the same balance twice.';
    const doc = parsePage(
      '<body><div id="bar"><p>Free shipping on orders over 50 euros</p><p>Returns within 30 days</p></div>' +
        `<div id="desc"><p>${prose}</p><pre>import qualified Data.Ledger.Settle as Settle</pre></div>` +
        `<div id="plain"><p>${prose}</p></div>` +
        '<div id="anchor"><a href="/a">A</a></div><h1>Settling</h1></body>',
    );
    removeStripsBefore(doc.getElementById('anchor')!, takeCensus(doc.body));
    expect(doc.getElementById('bar')).toBeNull();
    expect(doc.getElementById('desc')).not.toBeNull();
    // One paragraph of prose without code is still read as a notice (a bar's longer notice): the rule asks for code.
    expect(doc.getElementById('plain')).toBeNull();
  });
});
